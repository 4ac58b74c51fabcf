package org.qikan.meta;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code <meta>} tags of an article page, made from its {@link ScholarlyRecord}: the Highwire Press
 * set that Google Scholar reads, Dublin Core, and OpenGraph. The Chinese page describes the article in
 * Chinese, the English landing page in English (each falling back to the other language).
 */
public final class HeadTags {
    private static final DateTimeFormatter SCHOLAR_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT);
    /** The full text is in Chinese on both pages. */
    private static final String WORK_LANGUAGE = "zh";

    private HeadTags() {
    }

    public static List<MetaTag> of(ScholarlyRecord record, View view) {
        List<MetaTag> tags = new ArrayList<>();
        highwire(record, view, tags);
        dublinCore(record, view, tags);
        openGraph(record, view, tags);
        return List.copyOf(tags);
    }

    /** {@code 2025/01/20} where the day is known, else the year. */
    public static String scholarDate(ScholarlyRecord record) {
        return record.published() == null ? String.valueOf(record.year()) : SCHOLAR_DATE.format(record.published());
    }

    /** ISO 8601: {@code 2025-01-20}, or the year. */
    public static String isoDate(ScholarlyRecord record) {
        return record.published() == null ? String.valueOf(record.year()) : record.published().toString();
    }

    /** Between an author's units where several are given ({@code 甲大学；乙研究院}, {@code School A; Institute B}). */
    private static final Pattern UNITS = Pattern.compile("\\s*[；;]\\s*");

    private static void highwire(ScholarlyRecord r, View view, List<MetaTag> tags) {
        add(tags, "citation_title", view.pick(r.title()));
        for (Contributor author : r.authors()) {
            add(tags, "citation_author", view.pick(author.name()));
            if (!author.affiliation().isEmpty()) {
                for (String unit : UNITS.split(view.pick(author.affiliation()))) {
                    add(tags, "citation_author_institution", unit); // one tag per unit, as Scholar reads several
                }
            }
        }
        add(tags, "citation_journal_title", view.pick(r.journalTitle()));
        if (!r.publisher().isEmpty()) {
            add(tags, "citation_publisher", view.pick(r.publisher()));
        }
        add(tags, "citation_issn", r.issn());
        add(tags, "citation_publication_date", scholarDate(r));
        add(tags, "citation_volume", r.volume() == null ? null : String.valueOf(r.volume()));
        add(tags, "citation_issue", String.valueOf(r.issue()));
        add(tags, "citation_firstpage", r.firstPage() == null ? null : String.valueOf(r.firstPage()));
        add(tags, "citation_lastpage", r.lastPage() == null ? null : String.valueOf(r.lastPage()));
        add(tags, "citation_doi", r.doi());
        add(tags, "citation_language", WORK_LANGUAGE);
        view.pick(r.keywords()).forEach(k -> add(tags, "citation_keywords", k));
        add(tags, "citation_abstract_html_url", r.addresses().absolute(view.pagePath(r.addresses())));
        add(tags, "citation_fulltext_html_url", r.addresses().zhUrl());
        r.references().forEach(ref -> add(tags, "citation_reference", ref.highwire()));
    }

    private static void dublinCore(ScholarlyRecord r, View view, List<MetaTag> tags) {
        add(tags, "DC.title", view.pick(r.title()));
        add(tags, "DC.title.alternative", view.other(r.title()));
        r.authors().forEach(a -> add(tags, "DC.creator", view.pick(a.name())));
        add(tags, "DC.date", isoDate(r));
        if (!r.publisher().isEmpty()) {
            add(tags, "DC.publisher", view.pick(r.publisher()));
        }
        add(tags, "DC.source", source(r, view));
        add(tags, "DC.type", "Text");
        add(tags, "DC.format", "text/html");
        if (r.license() != null) {
            add(tags, "DC.rights", r.license().name() + " " + r.license().url());
        }
        view.pick(r.keywords()).forEach(k -> add(tags, "DC.subject", k));
        if (!r.abstractText().isEmpty()) {
            add(tags, "DC.description", view.pick(r.abstractText()));
        }
        add(tags, "DC.language", WORK_LANGUAGE);
        if (r.doi() != null) {
            add(tags, "DC.identifier", "doi:" + r.doi());
        }
        add(tags, "DC.identifier", r.addresses().zhUrl());
    }

    private static void openGraph(ScholarlyRecord r, View view, List<MetaTag> tags) {
        tags.add(MetaTag.property("og:type", "article"));
        tags.add(MetaTag.property("og:title", view.pick(r.title())));
        if (!r.abstractText().isEmpty()) {
            tags.add(MetaTag.property("og:description", view.pick(r.abstractText())));
        }
        tags.add(MetaTag.property("og:site_name", view.pick(r.journalTitle())));
        tags.add(MetaTag.property("og:locale", view == View.ENGLISH ? "en_US" : "zh_CN"));
        tags.add(MetaTag.property("og:locale:alternate", view == View.ENGLISH ? "zh_CN" : "en_US"));
        String url = r.addresses().absolute(view.pagePath(r.addresses()));
        if (url != null) {
            tags.add(MetaTag.property("og:url", url));
        }
        tags.add(MetaTag.property("article:published_time", isoDate(r)));
        r.authors().forEach(a -> tags.add(MetaTag.property("article:author", view.pick(a.name()))));
        if (!r.section().isEmpty()) {
            tags.add(MetaTag.property("article:section", view.pick(r.section())));
        }
        view.pick(r.keywords()).forEach(k -> tags.add(MetaTag.property("article:tag", k)));
    }

    /** "观澜国际评论, 2025, 1: 1-18" / "Guanlan International Review, 2025, no. 1, pp. 1-18", with the ISSN. */
    public static String source(ScholarlyRecord r, View view) {
        StringBuilder s = new StringBuilder(view.pick(r.journalTitle())).append(", ").append(r.year());
        if (r.volume() != null) {
            s.append(", ").append(view == View.ENGLISH ? "vol. " : "第").append(r.volume()).append(view == View.ENGLISH ? "" : "卷");
        }
        s.append(view == View.ENGLISH ? ", no. " + r.issue() : ", 第" + r.issue() + "期");
        if (r.pageRange() != null) {
            s.append(view == View.ENGLISH ? ", pp. " : ", 第").append(r.pageRange()).append(view == View.ENGLISH ? "" : "页");
        }
        if (r.issn() != null) {
            s.append(" (ISSN ").append(r.issn()).append(')');
        }
        return s.toString();
    }

    private static void add(List<MetaTag> tags, String key, String content) {
        if (content != null && !content.isBlank()) {
            tags.add(MetaTag.name(key, content));
        }
    }
}
