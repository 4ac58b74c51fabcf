package org.qikan.catalog;

import org.qikan.index.TextNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pinyin of Chinese text with pinyin4j's table, for sorting the author and keyword indexes, their
 * initial-letter navigation, and page names. A character with several readings takes pinyin4j's
 * first (most common) one ({@link FirstReadings}); Latin text is kept, lowercased.
 */
public final class Pinyin {
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern NOT_SLUG = java.util.regex.Pattern.compile("[^a-z0-9-]");
    private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("-{2,}");
    private static final java.util.regex.Pattern END_DASH = java.util.regex.Pattern.compile("^-|-$");

    /**
     * Characters read otherwise as a surname than pinyin4j's first reading gives (覃 Qin, not tan; 曾 Zeng,
     * not ceng); used for the first character of a person's name.
     */
    private static final java.util.Map<Character, String> SURNAMES = java.util.Map.ofEntries(
            java.util.Map.entry('覃', "qin"), java.util.Map.entry('单', "shan"), java.util.Map.entry('曾', "zeng"),
            java.util.Map.entry('解', "xie"), java.util.Map.entry('仇', "qiu"), java.util.Map.entry('朴', "piao"),
            java.util.Map.entry('区', "ou"), java.util.Map.entry('查', "zha"), java.util.Map.entry('盖', "ge"),
            java.util.Map.entry('乐', "yue"), java.util.Map.entry('缪', "miao"), java.util.Map.entry('秘', "bi"),
            java.util.Map.entry('种', "chong"), java.util.Map.entry('繁', "po"), java.util.Map.entry('柏', "bai"),
            java.util.Map.entry('都', "du"), java.util.Map.entry('员', "yun"), java.util.Map.entry('重', "chong"),
            java.util.Map.entry('长', "chang"), java.util.Map.entry('折', "she"), java.util.Map.entry('召', "shao"));

    private Pinyin() {
    }

    /** {@link #syllables} of a person's name, its first character read as a surname. */
    public static List<String> nameSyllables(String name) {
        List<String> out = syllables(name);
        String folded = TextNormalizer.normalize(name).strip();
        if (!out.isEmpty() && !folded.isEmpty() && SURNAMES.containsKey(folded.charAt(0))) {
            out.set(0, SURNAMES.get(folded.charAt(0)));
        }
        return out;
    }

    /** {@link #sortKey} of a person's name. */
    public static String nameSortKey(String name) {
        return String.join(" ", nameSyllables(name)) + "\u0000" + name;
    }

    /** {@link #initial} of a person's name. */
    public static String nameInitial(String name) {
        return initialOf(nameSyllables(name));
    }

    /** {@link #slug} of a person's name. */
    public static String nameSlug(String name) {
        return slugOf(nameSyllables(name));
    }

    /** The syllables and Latin words of {@code text}, such as [zheng, yuan, zhou] for 郑远舟. */
    public static List<String> syllables(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder latin = new StringBuilder();
        String folded = TextNormalizer.normalize(text);
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            String reading = reading(cp);
            if (reading != null) {
                flush(latin, out);
                out.add(reading);
            } else if (cp < 0x80 && Character.isLetterOrDigit(cp)) {
                latin.appendCodePoint(cp);
            } else if (Character.isLetter(cp)) {
                latin.append(MARKS.matcher(java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFD))
                        .replaceAll("").toLowerCase(Locale.ROOT));
            } else {
                flush(latin, out);
            }
        }
        flush(latin, out);
        return out;
    }

    /** A key that sorts Chinese by pinyin and Latin alphabetically, with the text itself to break ties. */
    public static String sortKey(String text) {
        return sortKey(syllables(text), text);
    }

    /** {@link #sortKey(String)} of a text whose {@link #syllables} are known. */
    static String sortKey(List<String> syllables, String text) {
        return String.join(" ", syllables) + "\u0000" + text;
    }

    /** The uppercase initial letter A–Z of the text's pinyin, or {@code #} where it has none. */
    public static String initial(String text) {
        return initialOf(syllables(text));
    }

    /** {@link #initial(String)} of a text whose {@link #syllables} are known. */
    static String initial(List<String> syllables) {
        return initialOf(syllables);
    }

    private static String initialOf(List<String> syllables) {
        if (syllables.isEmpty()) {
            return "#";
        }
        char first = syllables.get(0).charAt(0);
        return first >= 'a' && first <= 'z' ? String.valueOf((char) (first - 32)) : "#";
    }

    /** A page name such as {@code zheng-yuanzhou}: the surname's syllable, then the given name's. */
    public static String slug(String text) {
        return slugOf(syllables(text));
    }

    /** {@link #slug(String)} of a text whose {@link #syllables} are known. */
    static String slug(List<String> syllables) {
        return slugOf(syllables);
    }

    private static String slugOf(List<String> syllables) {
        String slug = NOT_SLUG.matcher(String.join("-", syllables)).replaceAll("");
        return END_DASH.matcher(DASHES.matcher(slug).replaceAll("-")).replaceAll("");
    }

    private static String reading(int cp) {
        if (!Character.isIdeographic(cp) || Character.charCount(cp) > 1) {
            return null;
        }
        return FirstReadings.of((char) cp);
    }

    private static void flush(StringBuilder latin, List<String> out) {
        if (latin.length() > 0) {
            out.add(latin.toString());
            latin.setLength(0);
        }
    }
}
