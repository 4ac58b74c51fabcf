package org.qikan.content;

/**
 * A text printed in Chinese and in English, such as a title or an affiliation. Either side may be
 * missing ({@code null}); the journal edition shows whichever side the reader's view asks for and
 * falls back to the other.
 */
public record Bilingual(String zh, String en) {
    public static final Bilingual EMPTY = new Bilingual(null, null);

    public boolean hasZh() {
        return zh != null && !zh.isBlank();
    }

    public boolean hasEn() {
        return en != null && !en.isBlank();
    }

    public boolean isEmpty() {
        return !hasZh() && !hasEn();
    }

    /** The Chinese text, or the English one where no Chinese is given. */
    public String zhOrEn() {
        return hasZh() ? zh : en;
    }

    /** The {@code lang} of {@link #zhOrEn()}: {@code zh-Hans}, or {@code en} where it falls back. */
    public String zhLang() {
        return hasZh() || !hasEn() ? "zh-Hans" : "en";
    }

    /** The {@code lang} of {@link #enOrZh()}: {@code en}, or {@code zh-Hans} where it falls back. */
    public String enLang() {
        return hasEn() || !hasZh() ? "en" : "zh-Hans";
    }

    /** The English text, or the Chinese one where no English is given. */
    public String enOrZh() {
        return hasEn() ? en : zh;
    }
}
