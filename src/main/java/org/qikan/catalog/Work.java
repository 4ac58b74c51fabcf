package org.qikan.catalog;

import org.qikan.content.Article;
import org.qikan.content.Issue;
import org.qikan.content.Journal;
import org.qikan.content.Piece;

import java.util.Comparator;

/**
 * An article, or one piece of a symposium, where it was published.
 *
 * @param piece the symposium piece, or {@code null} for the article as a whole
 */
public record Work(Journal journal, Issue issue, Article article, Piece piece) {

    /**
     * Newest first: by year, then publication date (an issue without one counts as of 1 January), then
     * issue number; in one issue, journal then the article's place in the table of contents.
     */
    public static final Comparator<Work> NEWEST_FIRST = Comparator.<Work>comparingInt(w -> w.issue().year()).reversed()
            .thenComparing(Comparator.comparing(Work::published).reversed())
            .thenComparing(Comparator.<Work>comparingInt(w -> w.issue().number()).reversed())
            .thenComparing(w -> w.journal().slug())
            .thenComparingInt(w -> w.issue().articles().indexOf(w.article()))
            .thenComparingInt(w -> w.piece() == null ? -1 : w.article().pieces().indexOf(w.piece()));

    /**
     * From the slugs only (equal works have equal slugs): the records' own hash would walk the whole journal,
     * every issue and article of it, for each work hashed, which made the catalog quadratic in the archive.
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(journal.slug(), issue.slug(), article.slug(), piece == null ? null : piece.id());
    }

    private java.time.LocalDate published() {
        return issue.published() != null ? issue.published() : java.time.LocalDate.of(issue.year(), 1, 1);
    }
}
