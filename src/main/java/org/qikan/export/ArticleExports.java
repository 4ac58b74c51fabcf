package org.qikan.export;

import org.qikan.meta.CitedWork;
import org.qikan.meta.ScholarlyRecord;
import org.qikan.render.RenderedArticle;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the export stage writes for one article beside its page ({@code .bib}, {@code .ris}, {@code .csl.json},
 * JATS {@code .xml}), each as its UTF-8 bytes, with the works its notes cite as its record lists them: everything
 * a later build needs to write the same files and make the same record without formatting citations or parsing
 * notes again. Bytes rather than text: a rebuild takes them back from the cache and writes them as they are, with
 * no decoding and encoding of the JATS body on the way. The arrays are never changed once made.
 */
public record ArticleExports(List<CitedWork> references, byte[] bib, byte[] ris, byte[] cslJson, byte[] jats) {
    public ArticleExports {
        references = List.copyOf(references);
    }

    /** Formats the article's files from its record (citeproc, JATS). */
    static ArticleExports of(RenderedArticle article, ScholarlyRecord record) {
        return new ArticleExports(record.references(), utf8(BibTeX.of(List.of(record))), utf8(Ris.of(List.of(record))),
                utf8(CslJson.of(List.of(record))), utf8(Jats.of(article, record)));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
