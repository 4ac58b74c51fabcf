package org.qikan.meta;

import org.qikan.content.Bilingual;

import java.util.List;

/** The language a page is in: picks each bilingual value's side, falling back to the other one. */
public enum View {
    CHINESE, ENGLISH;

    public static View of(boolean english) {
        return english ? ENGLISH : CHINESE;
    }

    String pick(Bilingual text) {
        return this == ENGLISH ? text.enOrZh() : text.zhOrEn();
    }

    /** The other language's text where it is given and differs, else {@code null}. */
    String other(Bilingual text) {
        String other = this == ENGLISH ? text.zh() : text.en();
        return other == null || other.isBlank() || other.equals(pick(text)) ? null : other;
    }

    List<String> pick(org.qikan.content.BilingualList list) {
        List<String> mine = this == ENGLISH ? list.en() : list.zh();
        return mine.isEmpty() ? (this == ENGLISH ? list.zh() : list.en()) : mine;
    }

    /** BCP 47 tag of this view's pages. */
    String lang() {
        return this == ENGLISH ? "en" : "zh-Hans";
    }

    String pagePath(ArticleAddresses addresses) {
        return this == ENGLISH ? addresses.enPath() : addresses.zhPath();
    }
}
