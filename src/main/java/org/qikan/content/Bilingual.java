package org.qikan.content;

/**
 * A text printed in Chinese and in English, such as a title or an affiliation. Either side may be
 * missing ({@code null}); the journal edition shows whichever side the reader's view asks for and
 * falls back to the other.
 *
 * <p>The presence tests are named {@code hasChinese}/{@code hasEnglish} rather than {@code hasZh}:
 * Pebble resolves {@code title.zh} to {@code hasZh()} before {@code zh()}.
 */
public record Bilingual(String zh, String en) {
    public static final Bilingual EMPTY = new Bilingual(null, null);

    public boolean hasChinese() {
        return zh != null && !zh.isBlank();
    }

    public boolean hasEnglish() {
        return en != null && !en.isBlank();
    }

    public boolean isEmpty() {
        return !hasChinese() && !hasEnglish();
    }

    /** The Chinese text, or the English one where no Chinese is given. */
    public String zhOrEn() {
        return hasChinese() ? zh : en;
    }

    /** The {@code lang} of {@link #zhOrEn()}: {@code zh-Hans}, or {@code en} where it falls back. */
    public String zhLang() {
        return hasChinese() || !hasEnglish() ? "zh-Hans" : "en";
    }

    /** The {@code lang} of {@link #enOrZh()}: {@code en}, or {@code zh-Hans} where it falls back. */
    public String enLang() {
        return hasEnglish() || !hasChinese() ? "en" : "zh-Hans";
    }

    /** The English text, or the Chinese one where no English is given. */
    public String enOrZh() {
        return hasEnglish() ? en : zh;
    }
}
