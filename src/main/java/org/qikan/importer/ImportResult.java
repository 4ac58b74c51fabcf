package org.qikan.importer;

import java.nio.file.Path;
import java.util.List;

/** What an import wrote and found: the issue folder, the report, and the figures the report gives. */
public record ImportResult(Path issueDir, String report, List<ArticleFigures> articles, int tocEntries,
                           List<String> tocEntriesWithoutArticle, int englishEntries, int englishMatched,
                           int unpairedMarkers, int unpairedNotes, double hanCoverage, List<String> unplaced,
                           List<String> toCheck) {

    /** Whether the report lists anything to check before building ({@code import --strict} fails then). */
    public boolean needsReview() {
        return !toCheck.isEmpty();
    }

    /** Per article: slug, title, notes paired and unpaired, whether its English abstract was matched. */
    public record ArticleFigures(String slug, String titleZh, int notesPaired, int notesUnpaired, boolean englishMatched) {
    }

    public int notesPaired() {
        return articles.stream().mapToInt(ArticleFigures::notesPaired).sum();
    }
}
