package org.qikan.render;

import java.util.List;
import org.qikan.published.PublishedArticle;

/** What the render stage made: the articles as published (for the index stage), and counts for the build summary. */
public record RenderResult(List<PublishedArticle> articles, int pagesWritten, int notes) {
    public RenderResult {
        articles = List.copyOf(articles);
    }
}
