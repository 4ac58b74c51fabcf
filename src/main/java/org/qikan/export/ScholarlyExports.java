package org.qikan.export;

import org.qikan.content.Edition;
import org.qikan.content.Issue;
import org.qikan.content.Journal;
import org.qikan.meta.ScholarlyRecord;
import org.qikan.meta.ScholarlyRecords;
import org.qikan.render.RenderedArticle;
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
        int before = writer.filesWritten();
        Map<String, List<ScholarlyRecord>> byIssue = new LinkedHashMap<>();
        Map<String, ScholarlyRecord> byId = new LinkedHashMap<>();
        List<ExportedArticle> exported = new ArrayList<>();
        for (RenderedArticle a : articles) {
            ScholarlyRecord record = records.of(a.journal(), a.issue(), a.article(), a.body().notes());
            byId.put(record.id(), record);
            exported.add(new ExportedArticle(a, record));
            byIssue.computeIfAbsent(a.journal().slug() + "/" + a.issue().slug(), k -> new ArrayList<>()).add(record);
            writer.write(record.addresses().bibPath(), BibTeX.of(List.of(record)));
            writer.write(record.addresses().risPath(), Ris.of(List.of(record)));
            writer.write(record.addresses().cslJsonPath(), CslJson.of(List.of(record)));
            writer.write(record.addresses().jatsPath(), Jats.of(a, record));
        }
        for (Journal journal : edition.journals()) {
            for (Issue issue : journal.issues()) {
                List<ScholarlyRecord> all = byIssue.getOrDefault(journal.slug() + "/" + issue.slug(), List.of());
                writer.write(CitationDownloads.issueBib(journal, issue), BibTeX.of(all));
                writer.write(CitationDownloads.issueRis(journal, issue), Ris.of(all));
            }
        }
        new AtomFeeds(edition, byId).write(writer);
        if (edition.site().baseUrl() != null && edition.site().contactEmail() != null) {
            writer.write(OaiStaticRepository.FILE, OaiStaticRepository.of(edition.site(), exported));
        }
        return writer.filesWritten() - before;
    }
}
