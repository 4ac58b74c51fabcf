package org.qikan.render.page;

import org.qikan.published.SitePaths;
import org.qikan.content.Article;
import org.qikan.content.Bilingual;
import org.qikan.content.Issue;
import org.qikan.content.Journal;
import org.qikan.content.Person;

import java.util.List;

/**
 * An article as a TOC or a neighbouring article lists it.
 *
 * @param path   the full-text page; {@code pathEn} the English landing page (site-relative)
 * @param pages  printed page range such as "1-18", or {@code null}
 * @param english whether the article has English to show (title, abstract or keywords); English pages
 *                link to its English page only then ({@link #linkEn()})
 */
public record ArticleLink(Bilingual title, Bilingual subtitle, List<Bilingual> authors, String path, String pathEn,
                          String pages, Integer firstPage, boolean english) {

    static ArticleLink of(Journal journal, Issue issue, Article article) {
        String path = SitePaths.article(journal, issue, article);
        return new ArticleLink(article.title(), article.subtitle(),
                article.allAuthors().stream().map(Person::name).toList(),
                path, SitePaths.english(path), pageRange(article), article.firstPage(), EnglishContent.of(article));
    }

    /** Where an English page links to this article: its English page, or the Chinese one where it has no English. */
    public String linkEn() {
        return english ? pathEn : path;
    }

    static String pageRange(Article article) {
        if (article.firstPage() == null) {
            return null;
        }
        if (article.lastPage() == null || article.lastPage().equals(article.firstPage())) {
            return String.valueOf(article.firstPage());
        }
        return article.firstPage() + "–" + article.lastPage();
    }
}
