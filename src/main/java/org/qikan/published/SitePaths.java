package org.qikan.published;

import org.qikan.content.Article;
import org.qikan.content.Issue;
import org.qikan.content.IssuePage;
import org.qikan.content.Journal;

/**
 * The URL scheme of the output, as paths relative to the site root. Chinese (and bilingual) pages
 * mirror the content folder; their English views live under {@code en/}. Pages link to each other
 * through {@link #rootFrom(String)}, so every link is relative and the site works from
 * {@code file://} and under any sub-path.
 */
public final class SitePaths {
    public static final String ENGLISH = "en/";
    public static final String INDEX = "index.html";

    private SitePaths() {
    }

    public static String home() {
        return INDEX;
    }

    public static String archive(Journal journal) {
        return journal.slug() + "/" + INDEX;
    }

    public static String toc(Journal journal, Issue issue) {
        return issueFolder(journal, issue) + INDEX;
    }

    public static String article(Journal journal, Issue issue, Article article) {
        return issueFolder(journal, issue) + article.slug() + ".html";
    }

    /** The CSL-JSON of an article's references, beside its page. */
    public static String references(Journal journal, Issue issue, Article article) {
        return issueFolder(journal, issue) + article.slug() + ".csl.json";
    }

    public static String page(Journal journal, Issue issue, IssuePage page) {
        return issueFolder(journal, issue) + page.slug() + ".html";
    }

    /** The author index; {@link #person(String)} one author's page. */
    public static String people() {
        return "people/" + INDEX;
    }

    public static String person(String slug) {
        return "people/" + slug + ".html";
    }

    /** The keyword index; {@link #keyword(String)} one keyword's page. */
    public static String keywords() {
        return "keywords/" + INDEX;
    }

    public static String keyword(String slug) {
        return "keywords/" + slug + ".html";
    }

    /** A section of a journal across its issues. */
    public static String section(Journal journal, String sectionId) {
        return journal.slug() + "/sections/" + sectionId + ".html";
    }

    public static String search() {
        return "search.html";
    }

    public static String english(String path) {
        return ENGLISH + path;
    }

    public static String issueFolder(Journal journal, Issue issue) {
        return journal.slug() + "/" + issue.slug() + "/";
    }

    /** {@code ../} once per folder level of {@code path}: the way from that page back to the site root. */
    public static String rootFrom(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
