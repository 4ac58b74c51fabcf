package org.qikan.export;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.qikan.content.Article;
import org.qikan.content.Edition;
import org.qikan.content.Issue;
import org.qikan.content.Journal;
import org.qikan.meta.Contributor;
import org.qikan.meta.ScholarlyRecord;
import org.qikan.published.SitePaths;
import org.qikan.write.StagingWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Atom 1.0 feeds, written with rome: one per journal ({@code <journal>/feed.atom}) and one for the site
 * ({@code feed.atom}), each with the articles of the latest issue. Every entry links both views
 * ({@code hreflang} zh-Hans and en) and carries both abstracts. Links are relative to the feed (Atom
 * resolves them against the feed's address), so the feeds work from any host and sub-path; ids are the
 * pages' URLs with a {@code base_url}, else name-based UUID URNs, stable across builds. Dates are the
 * issues' publication dates, never the clock.
 */
public final class AtomFeeds {
    public static final String SITE_FEED = "feed.atom";

    private final Edition edition;
    private final Map<String, ScholarlyRecord> records;

    AtomFeeds(Edition edition, Map<String, ScholarlyRecord> records) {
        this.edition = edition;
        this.records = records;
    }

    /** The site-relative path of a journal's feed. */
    public static String journalFeed(Journal journal) {
        return journal.slug() + "/" + SITE_FEED;
    }

    void write(StagingWriter writer) throws IOException {
        List<Entry> all = new ArrayList<>();
        for (Journal journal : edition.journals()) {
            List<Entry> entries = journal.latestIssue().map(i -> entries(journal, i, journal.slug() + "/")).orElse(List.of());
            writer.write(journalFeed(journal), xml(feed(journal.name().zhOrEn(), journalFeed(journal), entries, journal.slug() + "/")));
            journal.latestIssue().ifPresent(i -> all.addAll(entries(journal, i, "")));
        }
        writer.write(SITE_FEED, xml(feed(edition.site().title().zhOrEn(), SITE_FEED, all, "")));
    }

    private Feed feed(String title, String path, List<Entry> entries, String feedFolder) {
        Feed feed = new Feed("atom_1.0");
        feed.setTitle(title);
        feed.setId(id(path));
        feed.setLanguage("zh-Hans");
        feed.setUpdated(entries.stream().map(Entry::getUpdated).max(Date::compareTo).orElse(date(LocalDate.of(1970, 1, 1))));
        feed.setAlternateLinks(List.of(link("alternate", relative(feedFolder, SitePaths.home()), "text/html", null)));
        feed.setOtherLinks(List.of(link("self", relative(feedFolder, path), "application/atom+xml", null)));
        feed.setEntries(entries);
        return feed;
    }

    private List<Entry> entries(Journal journal, Issue issue, String feedFolder) {
        List<Entry> out = new ArrayList<>();
        for (Article article : issue.articles()) {
            ScholarlyRecord r = records.get(journal.slug() + "/" + issue.slug() + "/" + article.slug());
            if (r != null) {
                out.add(entry(r, feedFolder));
            }
        }
        return out;
    }

    private Entry entry(ScholarlyRecord r, String feedFolder) {
        Entry entry = new Entry();
        String title = r.title().zhOrEn();
        if (r.title().hasChinese() && r.title().hasEnglish()) {
            title = title + " / " + r.title().en();
        }
        entry.setTitle(title);
        entry.setId(id(r.addresses().zhPath()));
        Date date = date(r.published() == null ? LocalDate.of(r.year(), 1, 1) : r.published());
        entry.setUpdated(date);
        entry.setPublished(date);
        entry.setAlternateLinks(List.of(
                link("alternate", relative(feedFolder, r.addresses().zhPath()), "text/html", "zh-Hans"),
                link("alternate", relative(feedFolder, r.addresses().enPath()), "text/html", "en")));
        List<com.rometools.rome.feed.synd.SyndPerson> authors = new ArrayList<>();
        for (Contributor c : r.authors()) {
            Person p = new Person();
            p.setName(c.name().hasEnglish() && c.name().hasChinese() ? c.name().zh() + " (" + c.name().en() + ")" : c.name().zhOrEn());
            authors.add(p);
        }
        entry.setAuthors(authors);
        StringBuilder summary = new StringBuilder();
        if (r.abstractText().hasChinese()) {
            summary.append(r.abstractText().zh());
        }
        if (r.abstractText().hasEnglish()) {
            summary.append(summary.length() > 0 ? "\n\n" : "").append(r.abstractText().en());
        }
        if (summary.length() > 0) {
            Content content = new Content();
            content.setType("text");
            content.setValue(summary.toString());
            entry.setSummary(content);
        }
        return entry;
    }

    private String id(String path) {
        String base = edition.site().baseUrl();
        return base != null ? base + path : "urn:uuid:" + UUID.nameUUIDFromBytes(("qikan:" + path).getBytes(StandardCharsets.UTF_8));
    }

    private static String relative(String feedFolder, String path) {
        return SitePaths.rootFrom(feedFolder) + path;
    }

    private static Link link(String rel, String href, String type, String hreflang) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        if (hreflang != null) {
            link.setHreflang(hreflang);
        }
        return link;
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static String xml(Feed feed) {
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the Atom feed: " + e.getMessage(), e);
        }
    }
}
