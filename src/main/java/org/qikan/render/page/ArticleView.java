package org.qikan.render.page;

import org.qikan.content.Article;
import org.qikan.content.Bilingual;
import org.qikan.render.OutlineEntry;

import java.util.List;

/**
 * Everything an article page shows: the article's metadata ({@code meta}), its body in parts, its
 * notes and outline, and its neighbours in the issue ({@code previous}/{@code next}, or {@code null}).
 *
 * @param doiUrl {@code https://doi.org/<doi>}, or {@code null}
 */
public record ArticleView(Article meta, ArticleLink link, Bilingual section, String doiUrl, List<PartView> parts,
                          List<NoteView> notes, List<OutlineEntry> outline, ArticleLink previous, ArticleLink next) {

    /** Whether any author has a biography, in either language (the "About the authors" section shows only then). */
    public boolean hasBios() {
        return meta.allAuthors().stream().anyMatch(p -> p.bio() != null && !p.bio().isEmpty());
    }

    /** The {@code lang} of the article number on an English page: it may hold 期 (such as "(2023) 5 期"). */
    public String articleNumberLang() {
        return meta.articleNumber() != null && meta.articleNumber().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? "zh-Hans" : "en";
    }

    /** Whether any author has an English biography. */
    public boolean hasEnglishBios() {
        return meta.allAuthors().stream().anyMatch(p -> p.bio() != null && p.bio().hasEnglish());
    }
}
