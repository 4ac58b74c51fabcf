package org.qikan.published;

import java.util.Locale;
import org.qikan.content.Article;
import org.qikan.content.Bilingual;
import org.qikan.content.Issue;

/** How the site names an article and an issue wherever it prints them in one line. */
public final class DisplayText {
    private DisplayText() {
    }

    /** The title with its subtitle, as the article page prints it: {@code 标题——副标题} / {@code Title: Subtitle}. */
    public static Bilingual titleWithSubtitle(Article article) {
        Bilingual title = article.title();
        Bilingual subtitle = article.subtitle() == null ? Bilingual.EMPTY : article.subtitle();
        return new Bilingual(
                subtitle.hasChinese() && title.zh() != null ? title.zh() + "——" + subtitle.zh() : title.zh(),
                subtitle.hasEnglish() && title.en() != null ? title.en() + ": " + subtitle.en() : title.en());
    }

    /** "2024年第4期" / "2024, No. 4". */
    public static Bilingual issueLabel(Issue issue) {
        return new Bilingual(issue.year() + "年第" + issue.number() + "期",
                String.format(Locale.ROOT, "%d, No. %d", issue.year(), issue.number()));
    }
}
