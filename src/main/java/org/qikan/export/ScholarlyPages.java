package org.qikan.export;

import org.qikan.content.Article;
import org.qikan.content.Issue;
import org.qikan.content.Journal;
import org.qikan.content.Site;
import org.qikan.meta.HeadTags;
import org.qikan.meta.JsonLd;
import org.qikan.meta.ScholarlyRecord;
import org.qikan.meta.ScholarlyRecords;
import org.qikan.meta.View;
import org.qikan.render.Note;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Makes the {@link ScholarlyPage} of each article page; one per build (with the process's CSL processors). */
public final class ScholarlyPages {
    private final ScholarlyRecords records;
    private final CitationFormatter citations = CitationFormatter.shared();

    public ScholarlyPages(Site site) {
        this.records = new ScholarlyRecords(site);
    }

    public ScholarlyPage page(Journal journal, Issue issue, Article article, List<Note> notes, boolean english) {
        ScholarlyRecord record = records.of(journal, issue, article, notes);
        View view = View.of(english);
        Map<CitationStyle, String> formatted = citations.format(record);
        List<ScholarlyPage.Citation> list = formatted.entrySet().stream()
                .map(e -> new ScholarlyPage.Citation("cite-" + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        e.getKey().label(), e.getValue(),
                        langOf(e.getValue())))
                .toList();
        return new ScholarlyPage(HeadTags.of(record, view), JsonLd.of(record, view), list,
                HeadTags.source(record, view), langOf(HeadTags.source(record, view)), record.doiUrl(),
                record.addresses().absolute(english ? record.addresses().enPath() : record.addresses().zhPath()),
                record.addresses().bibPath(), record.addresses().risPath(), record.addresses().cslJsonPath(), record.addresses().jatsPath(),
                CitationDownloads.issueBib(journal, issue), CitationDownloads.issueRis(journal, issue));
    }

    /** {@code zh-Hans} for text with a Han character (a Chinese name or title kept in an English citation), else {@code en}. */
    static String langOf(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? "zh-Hans" : "en";
    }
}
