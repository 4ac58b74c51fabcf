package org.qikan.render;

import java.util.List;

/** What the render stage made: the articles' rendered bodies, and counts for the build summary. */
public record RenderResult(List<RenderedArticle> articles, int pagesWritten, int notes,
                           org.qikan.refs.ArchiveReferences.Stats references, org.qikan.catalog.Catalog catalog) {
    public RenderResult {
        articles = List.copyOf(articles);
    }

    /** The figures of the catalog and the references, for the build summary. */
    public String webSummary() {
        return String.format(java.util.Locale.ROOT, "%d people, %d keywords, %d sections, %s",
                catalog.people().entries().size(), catalog.keywords().entries().size(), catalog.sections().entries().size(),
                references.summary());
    }
}
