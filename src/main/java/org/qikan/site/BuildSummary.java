package org.qikan.site;

import org.qikan.index.IndexStats;

import java.util.Locale;

/** The figures of one build, for the line a build prints at its end. */
public record BuildSummary(int journals, int issues, int articles, int pages, int files, int notes,
                           IndexStats.Size searchIndex, long errors, long warnings, double seconds, String web) {

    public String line() {
        return String.format(Locale.ROOT, "%d %s, %d %s, %d %s: %d pages written (%d files), %d %s (%s), search index %s, %d %s, %d %s in %.2f s",
                journals, plural(journals, "journal"), issues, plural(issues, "issue"), articles, plural(articles, "article"),
                pages, files, notes, plural(notes, "note"), web, searchIndex, errors, plural((int) errors, "error"), warnings, plural((int) warnings, "warning"), seconds);
    }

    private static String plural(int n, String word) {
        return n == 1 ? word : word + "s";
    }
}
