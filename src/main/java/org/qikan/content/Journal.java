package org.qikan.content;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A journal with all of its issues, newest first.
 *
 * @param slug  folder name under {@code content/}; the journal's folder in the output too
 * @param cn    国内统一连续出版物号 (CN number)
 * @param color the journal's accent colour (CSS colour), or {@code null} for the theme's default
 * @param logo  path of the logo relative to the journal folder, or {@code null}
 * @param license the journal's licence, or {@code null} where the site's applies
 * @param nameAlternate the Chinese name as printed in another script (traditional characters), or {@code null};
 *                      kept with the journal's data, not shown on its pages
 */
public record Journal(
        String slug,
        Bilingual name,
        String issn,
        String cn,
        Bilingual frequency,
        Bilingual publisher,
        Bilingual description,
        List<MastheadRole> masthead,
        String color,
        String logo,
        List<Issue> issues,
        License license,
        String nameAlternate) {

    public static final Comparator<Issue> NEWEST_FIRST =
            Comparator.comparingInt(Issue::year).thenComparingInt(Issue::number).reversed();

    /** A journal with no alternate name. */
    public Journal(String slug, Bilingual name, String issn, String cn, Bilingual frequency, Bilingual publisher, Bilingual description,
                   List<MastheadRole> masthead, String color, String logo, List<Issue> issues, License license) {
        this(slug, name, issn, cn, frequency, publisher, description, masthead, color, logo, issues, license, null);
    }

    public Journal {
        masthead = List.copyOf(masthead);
        issues = issues.stream().sorted(NEWEST_FIRST).toList();
    }

    public Optional<Issue> latestIssue() {
        return issues.stream().findFirst();
    }
}
