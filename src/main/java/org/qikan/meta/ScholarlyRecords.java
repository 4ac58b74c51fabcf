package org.qikan.meta;

import org.qikan.content.Article;
import org.qikan.content.Bilingual;
import org.qikan.content.Issue;
import org.qikan.content.Journal;
import org.qikan.content.License;
import org.qikan.content.Section;
import org.qikan.content.Site;
import org.qikan.render.Note;
import org.qikan.published.SitePaths;

import java.util.List;

/** Makes the {@link ScholarlyRecord} of an article from the edition's sources and the article's rendered notes. */
public final class ScholarlyRecords {
    private final Site site;
    private final ReferenceSource references;

    public ScholarlyRecords(Site site) {
        this(site, new ParsedReferences());
    }

    public ScholarlyRecords(Site site, ReferenceSource references) {
        this.site = site;
        this.references = references;
    }

    public ScholarlyRecord of(Journal journal, Issue issue, Article article, List<Note> notes) {
        String zhPath = SitePaths.article(journal, issue, article);
        return new ScholarlyRecord(
                journal.slug() + "/" + issue.slug() + "/" + article.slug(),
                fullTitle(article.title(), article.subtitle()),
                article.allAuthors().stream().map(p -> new Contributor(p.name(), Affiliations.of(p))).toList(),
                article.abstractText(),
                article.keywords(),
                sectionOf(issue, article),
                journal.name(),
                journal.nameAlternate(),
                journal.issn(),
                journal.publisher(),
                issue.year(),
                issue.volume(),
                issue.number(),
                issue.published(),
                article.firstPage(),
                article.lastPage(),
                article.doi(),
                licenseOf(journal),
                new ArticleAddresses(zhPath, SitePaths.english(zhPath), site.baseUrl()),
                references.references(notes));
    }

    /** The journal's licence, else the site's; {@code null} where neither gives one. */
    public License licenseOf(Journal journal) {
        return journal.license() != null ? journal.license() : site.license();
    }

    /** "题名：副题名" and "Title: Subtitle" (GB/T 7714 and Scholar both want the subtitle with the title). */
    static Bilingual fullTitle(Bilingual title, Bilingual subtitle) {
        String zh = title.zh();
        if (title.hasChinese() && subtitle.hasChinese()) {
            zh = title.zh() + "：" + subtitle.zh();
        }
        String en = title.en();
        if (title.hasEnglish() && subtitle.hasEnglish()) {
            en = title.en() + ": " + subtitle.en();
        }
        return new Bilingual(zh, en);
    }

    private static Bilingual sectionOf(Issue issue, Article article) {
        return issue.sections().stream().filter(s -> s.id().equals(article.sectionId()))
                .map(Section::title).findFirst().orElse(Bilingual.EMPTY);
    }
}
