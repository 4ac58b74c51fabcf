package org.qikan.render.page;

import org.qikan.published.SitePaths;
import org.qikan.content.Bilingual;
import org.qikan.content.Journal;
import org.qikan.content.MastheadRole;

import java.util.List;

/**
 * A journal as its pages show it.
 *
 * @param logoPath site-relative path of the logo, or {@code null}
 * @param latest   its newest issue, or {@code null} while it has none
 */
public record JournalView(String slug, Bilingual name, String issn, String cn, Bilingual frequency,
                          Bilingual publisher, Bilingual description, List<MastheadRole> masthead, String color,
                          String logoPath, String path, String pathEn, IssueLink latest) {

    static JournalView of(Journal journal) {
        String archive = SitePaths.archive(journal);
        return new JournalView(journal.slug(), journal.name(), journal.issn(), journal.cn(), journal.frequency(),
                journal.publisher(), journal.description(), journal.masthead(), journal.color(),
                journal.logo() == null ? null : journal.slug() + "/" + journal.logo(),
                archive, SitePaths.english(archive),
                journal.latestIssue().map(i -> IssueLink.of(journal, i)).orElse(null));
    }

    /** Whether any of ISSN, CN, frequency and publisher is known (the facts list shows only then). */
    public boolean hasFacts() {
        return issn != null || cn != null || frequency != null && !frequency.isEmpty() || publisher != null && !publisher.isEmpty();
    }

    /** Whether the journal-information section has anything to show. */
    public boolean hasInfo() {
        return hasFacts() || masthead != null && !masthead.isEmpty();
    }
}
