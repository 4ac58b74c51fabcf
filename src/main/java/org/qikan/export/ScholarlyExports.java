package org.qikan.export;

import org.qikan.content.Edition;
import org.qikan.content.Issue;
import org.qikan.content.Journal;
import org.qikan.meta.ScholarlyRecord;
import org.qikan.meta.ScholarlyRecords;
import org.qikan.render.RenderedArticle;
import org.qikan.render.RenderedBody;
import org.qikan.write.StagingWriter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The export stage: writes, through the write stage, each article's {@code .bib}, {@code .ris} and
 * {@code .csl.json} and JATS {@code .xml} beside its page, each issue's {@code .bib} and {@code .ris} with all its articles,
 * the Atom feeds, and the OAI-PMH static repository {@code oai.xml} (with a {@code base_url} and a
 * {@code contact_email}).
 */
public final class ScholarlyExports {
    private final Edition edition;
    private final ScholarlyRecords records;

    public ScholarlyExports(Edition edition) {
        this.edition = edition;
        this.records = new ScholarlyRecords(edition.site());
    }

    /** @return the number of files written */
    public int write(List<RenderedArticle> articles, StagingWriter writer) throws IOException {
        Writing writing = begin(writer);
        for (RenderedArticle a : articles) {
            writing.add(a);
        }
        return writing.finish();
    }

    /**
     * Exports article by article, as the render stage hands them over in archive order ({@link Writing#add}),
     * keeping only their records (not their bodies) for the issue files, feeds and OAI-PMH ({@link Writing#finish}).
     */
    public Writing begin(StagingWriter writer) {
        return begin(writer, KeptExports.NONE);
    }

    /** The same, taking each article's files back from {@code kept} where it has them (a rebuild). */
    public Writing begin(StagingWriter writer, KeptExports kept) {
        return new Writing(writer, kept);
    }

    /** One export of the archive, article by article. Used by one thread. */
    public final class Writing {
        private final StagingWriter writer;
        private final KeptExports kept;
        private final Map<String, List<ScholarlyRecord>> byIssue = new LinkedHashMap<>();
        private final Map<String, ScholarlyRecord> byId = new LinkedHashMap<>();
        private final List<ExportedArticle> exported = new ArrayList<>();
        private int files;

        private Writing(StagingWriter writer, KeptExports kept) {
            this.writer = writer;
            this.kept = kept;
        }

        /** Writes the article's own files; its body is not kept. */
        public void add(RenderedArticle a) throws IOException {
            add(prepare(a));
        }

        /**
         * Takes an article's files back from the kept ones, or makes its record and files, without writing them:
         * safe on any thread, so that articles can be prepared on other cores and then
         * {@linkplain #add(ArticleFiles) added} in archive order.
         */
        public ArticleFiles prepare(RenderedArticle a) throws IOException {
            java.util.Optional<ArticleExports> taken = kept.take(a);
            ScholarlyRecord record = (taken.isPresent() ? new ScholarlyRecords(edition.site(), notes -> taken.get().references()) : records)
                    .of(a.journal(), a.issue(), a.article(), a.body().notes());
            ArticleExports files = taken.isPresent() ? taken.get() : ArticleExports.of(a, record);
            if (taken.isEmpty()) {
                kept.made(a, files);
            }
            return ArticleFiles.of(a, record, files);
        }

        /** Writes an article's prepared files and keeps its record; call in archive order. */
        public void add(ArticleFiles prepared) throws IOException {
            ScholarlyRecord record = prepared.record();
            RenderedArticle a = prepared.article();
            byId.put(record.id(), record);
            // the OAI-PMH records need the article's front matter only
            exported.add(new ExportedArticle(a, record));
            byIssue.computeIfAbsent(a.journal().slug() + "/" + a.issue().slug(), k -> new ArrayList<>()).add(record);
            for (ArticleFiles.File file : prepared.files()) {
                writer.writeBytes(file.path(), file.bytes());
                files++;
            }
        }

        /** Writes the issues' citation files, the feeds and the OAI-PMH repository; returns the number of files written. */
        public int finish() throws IOException {
            for (Journal journal : edition.journals()) {
                for (Issue issue : journal.issues()) {
                    List<ScholarlyRecord> all = byIssue.getOrDefault(journal.slug() + "/" + issue.slug(), List.of());
                    write(CitationDownloads.issueBib(journal, issue), BibTeX.of(all));
                    write(CitationDownloads.issueRis(journal, issue), Ris.of(all));
                }
            }
            int before = writer.filesWritten();
            new AtomFeeds(edition, byId).write(writer);
            if (edition.site().baseUrl() != null && edition.site().contactEmail() != null) {
                writer.write(OaiStaticRepository.FILE, OaiStaticRepository.of(edition.site(), exported));
            }
            return files + writer.filesWritten() - before;
        }

        private void write(String path, String text) throws IOException {
            writer.write(path, text);
            files++;
        }
    }
}
