package org.qikan.render;

import java.util.List;
import org.qikan.published.PublishedArticle;

/**
 * What the render stage made: the articles' rendered bodies, the articles as published (for the index
 * stage, where it asked for a list; empty where they went to an {@code ArticleSink}), and counts for the
 * build summary.
 */
public record RenderResult(List<RenderedArticle> articles, List<PublishedArticle> published, int pagesWritten, int notes,
                           org.qikan.refs.ArchiveReferences.Stats references, org.qikan.catalog.Catalog catalog) {
    public RenderResult {
        articles = List.copyOf(articles);
        published = List.copyOf(published);
    }

    /** The same result listing these published articles. */
    public RenderResult withPublished(List<PublishedArticle> list) {
        return new RenderResult(articles, list, pagesWritten, notes, references, catalog);
    }

    /** The figures of the catalog and the references, for the build summary. */
    public String webSummary() {
        return String.format(java.util.Locale.ROOT, "%d people, %d keywords, %d sections, %s",
                catalog.people().entries().size(), catalog.keywords().entries().size(), catalog.sections().entries().size(),
                references.summary());
    }
}
