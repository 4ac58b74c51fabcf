package org.qikan.export;

import org.qikan.meta.ScholarlyRecord;
import org.qikan.render.RenderedArticle;
import org.qikan.render.RenderedBody;

import java.util.List;

/**
 * One article's export files (BibTeX, RIS, CSL-JSON, JATS), made but not yet written, with its record and
 * its front matter (the body let go): what {@link ScholarlyExports.Writing#prepare} makes on any thread and
 * {@link ScholarlyExports.Writing#add(ArticleFiles)} writes in archive order.
 */
public record ArticleFiles(RenderedArticle article, ScholarlyRecord record, List<File> files) {
    public ArticleFiles {
        files = List.copyOf(files);
    }

    /** A file of the output: its site path and UTF-8 bytes (never changed once made). */
    public record File(String path, byte[] bytes) {
    }

    /** The files of {@code exports} at the article's addresses, with its record and its front matter only. */
    static ArticleFiles of(RenderedArticle a, ScholarlyRecord record, ArticleExports exports) {
        List<File> files = List.of(
                new File(record.addresses().bibPath(), exports.bib()),
                new File(record.addresses().risPath(), exports.ris()),
                new File(record.addresses().cslJsonPath(), exports.cslJson()),
                new File(record.addresses().jatsPath(), exports.jats()));
        return new ArticleFiles(new RenderedArticle(a.journal(), a.issue(), a.article(), RenderedBody.EMPTY), record, files);
    }
}
