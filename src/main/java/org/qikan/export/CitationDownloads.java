package org.qikan.export;

import org.qikan.content.Issue;
import org.qikan.content.Journal;
import org.qikan.published.SitePaths;

/** Where the citation files of an issue are: one BibTeX and one RIS file with all of its articles. */
public final class CitationDownloads {
    private CitationDownloads() {
    }

    /**
     * {@code <journal>/<issue>/<journal>-<issue>.issue.bib}: the dot keeps it apart from every article's
     * {@code <slug>.bib}, since slugs have no dots.
     */
    public static String issueBib(Journal journal, Issue issue) {
        return issueFile(journal, issue, ".bib");
    }

    public static String issueRis(Journal journal, Issue issue) {
        return issueFile(journal, issue, ".ris");
    }

    private static String issueFile(Journal journal, Issue issue, String extension) {
        return SitePaths.issueFolder(journal, issue) + journal.slug() + "-" + issue.slug() + ".issue" + extension;
    }
}
