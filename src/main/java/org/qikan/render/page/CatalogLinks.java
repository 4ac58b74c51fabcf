package org.qikan.render.page;

import org.qikan.published.SitePaths;
import org.qikan.catalog.Catalog;
import org.qikan.catalog.KeywordEntry;
import org.qikan.catalog.PersonEntry;
import org.qikan.catalog.SectionEntry;
import org.qikan.content.Journal;
import org.qikan.content.Person;

/**
 * The links of one view (Chinese or English) from an article's authors, keywords and section to their
 * pages, for templates: {@code links.person(person)}, {@code links.keyword(k)}, {@code links.keywordEn(k)},
 * {@code links.section(sectionId)}. Each returns a site-relative path, or {@code null} where there is no page.
 */
public final class CatalogLinks {
    private final Catalog catalog;
    private final boolean english;
    private final Journal journal;

    CatalogLinks(Catalog catalog, boolean english, Journal journal) {
        this.catalog = catalog;
        this.english = english;
        this.journal = journal;
    }

    public String person(Person author) {
        PersonEntry entry = catalog.people().of(author);
        return entry == null ? null : view(SitePaths.person(entry.slug()));
    }

    /** A Chinese keyword as the article prints it. */
    public String keyword(String printed) {
        return keywordPath(catalog.keywords().ofChinese(printed));
    }

    /** An English keyword as the article prints it. */
    public String keywordEn(String printed) {
        return keywordPath(catalog.keywords().ofEnglish(printed));
    }

    /** A section of the page's journal. */
    public String section(String sectionId) {
        SectionEntry entry = journal == null ? null : catalog.sections().of(journal, sectionId);
        return entry == null ? null : view(SitePaths.section(journal, entry.id()));
    }

    public String people() {
        return view(SitePaths.people());
    }

    public String keywords() {
        return view(SitePaths.keywords());
    }

    private String keywordPath(KeywordEntry entry) {
        return entry == null ? null : view(SitePaths.keyword(entry.slug()));
    }

    private String view(String path) {
        return english ? SitePaths.english(path) : path;
    }
}
