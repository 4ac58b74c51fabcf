package org.qikan.render.page;

import org.qikan.published.DisplayText;
import org.qikan.published.SitePaths;
import org.qikan.content.Bilingual;
import org.qikan.content.Issue;
import org.qikan.content.Journal;


/**
 * An issue as other pages list it.
 *
 * @param label     "2024年第4期" / "2024, No. 4"
 * @param longLabel label with volume and cumulative number where known
 * @param path      the bilingual TOC; {@code pathEn} the English one (both site-relative)
 * @param published ISO date or {@code null}
 */
public record IssueLink(Bilingual label, Bilingual longLabel, String path, String pathEn, int year, int number,
                        Integer volume, Integer cumulative, String published, int articleCount) {

    static IssueLink of(Journal journal, Issue issue) {
        String toc = SitePaths.toc(journal, issue);
        return new IssueLink(DisplayText.issueLabel(issue), longLabel(issue), toc, SitePaths.english(toc), issue.year(), issue.number(),
                issue.volume(), issue.cumulative(), issue.published() == null ? null : issue.published().toString(),
                issue.articles().size());
    }

    private static Bilingual longLabel(Issue issue) {
        StringBuilder zh = new StringBuilder(DisplayText.issueLabel(issue).zh());
        StringBuilder en = new StringBuilder();
        if (issue.volume() != null) {
            zh.append("（第").append(issue.volume()).append("卷");
            en.append("Vol. ").append(issue.volume()).append(", ");
        }
        if (issue.cumulative() != null) {
            zh.append(issue.volume() != null ? "，" : "（").append("总第").append(issue.cumulative()).append("期");
        }
        if (issue.volume() != null || issue.cumulative() != null) {
            zh.append("）");
        }
        en.append("No. ").append(issue.number()).append(", ").append(issue.year());
        if (issue.cumulative() != null) {
            en.append(" (Serial No. ").append(issue.cumulative()).append(")");
        }
        return new Bilingual(zh.toString(), en.toString());
    }
}
