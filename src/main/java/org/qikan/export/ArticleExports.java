package org.qikan.export;

import org.qikan.meta.CitedWork;
import org.qikan.meta.ScholarlyRecord;
import org.qikan.render.RenderedArticle;

import java.util.List;

/**
 * What the export stage writes for one article beside its page ({@code .bib}, {@code .ris}, {@code .csl.json},
 * JATS {@code .xml}), with the works its notes cite as its record lists them: everything a later build needs to
 * write the same files and make the same record without formatting citations or parsing notes again.
 */
public record ArticleExports(List<CitedWork> references, String bib, String ris, String cslJson, String jats) {
    public ArticleExports {
        references = List.copyOf(references);
    }

    /** Formats the article's files from its record (citeproc, JATS). */
    static ArticleExports of(RenderedArticle article, ScholarlyRecord record) {
        return new ArticleExports(record.references(), BibTeX.of(List.of(record)), Ris.of(List.of(record)),
                CslJson.of(List.of(record)), Jats.of(article, record));
    }
}
