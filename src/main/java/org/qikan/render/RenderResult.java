package org.qikan.render;

import java.util.List;

/** What the render stage made: the articles' rendered bodies, and counts for the build summary. */
public record RenderResult(List<RenderedArticle> articles, int pagesWritten, int notes) {
    public RenderResult {
        articles = List.copyOf(articles);
    }
}
