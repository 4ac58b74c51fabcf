package org.qikan.render.page;

import org.qikan.content.Article;
import org.qikan.content.IssuePage;

/**
 * Whether a text has anything in English to show, so that pages link to an English view only where
 * it holds English: an article with an English title, abstract or keywords; an issue page with an
 * English title.
 */
public final class EnglishContent {
    private EnglishContent() {
    }

    public static boolean of(Article article) {
        return article.title().hasEnglish()
                || article.abstractText() != null && article.abstractText().hasEnglish()
                || article.keywords() != null && !article.keywords().en().isEmpty();
    }

    static boolean of(IssuePage page) {
        return page.title().hasEnglish();
    }
}
