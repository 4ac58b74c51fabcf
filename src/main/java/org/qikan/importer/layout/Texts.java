package org.qikan.importer.layout;

import java.util.regex.Pattern;

/** Small text helpers shared by the import stages: Han characters, widths, punctuation, stray spaces. */
public final class Texts {
    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=[\\p{IsHan}，、：；“”《》（）])[ \\u3000]+(?=[\\p{IsHan}，、：；“”《》（）])");
    private static final Pattern AND_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan}) and (?=\\p{IsHan})");
    private static final String TERMINAL = "。！？；…”」』）)!?.\"'>";

    private Texts() {
    }

    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    public static int hanCount(String text) {
        return (int) text.codePoints().filter(Texts::isHan).count();
    }

    /** Display width: two for Han and full-width forms, one for everything else. */
    public static int width(String text) {
        return text.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
    }

    /** Whether the text ends a sentence, so that a paragraph cut after it is not continued. */
    /** An index moved back off the middle of a surrogate pair, so that a cut there never splits a character. */
    public static int safeIndex(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))
                && Character.isHighSurrogate(text.charAt(index - 1)) ? index - 1 : index;
    }

    /**
     * Whether the text ends with a sentence's stop (。！？… . ! ?), closing quotes and brackets after it left out: a
     * title ending with a quoted word (…的“咽喉点悖论”) ends no sentence.
     */
    public static boolean endsWithStop(String text) {
        String t = text.strip().replaceAll("[”’」』）)\\]】〕\"']+$", "");
        return !t.isEmpty() && "。！？…!?.".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    public static boolean endsSentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && TERMINAL.indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** Removes spaces between Han characters (line-break and justification noise in titles and names). */
    public static String closeHanSpaces(String text) {
        return SPACE_BETWEEN_HAN.matcher(text).replaceAll("");
    }

    /** The conversion sometimes prints {@code and} for 与 between Han words. */
    public static String fixAnd(String text) {
        return AND_BETWEEN_HAN.matcher(text).replaceAll("与");
    }

    /** A title or heading as printed: emphasis, escapes, stray spaces and star markers removed. */
    public static String cleanTitle(String text) {
        String t = text.replace("**", "").replace("\\*", "").replace("<sup>*</sup>", "").replace("<sup></sup>", "")
                .replace("^{*}", "").strip();
        while (t.endsWith("*")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return fixAnd(closeHanSpaces(t)).strip();
    }

    /** Key for comparing titles: only letters and digits, lowercased. */
    public static String key(String text) {
        StringBuilder out = new StringBuilder();
        cleanTitle(text).codePoints().filter(Character::isLetterOrDigit)
                .forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
        return out.toString();
    }

    public static boolean isLatinLetter(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }

    /** Joins two pieces of one paragraph cut by a line or page break. */
    public static String joinCut(String before, String after) {
        String a = before.stripTrailing();
        String b = after.stripLeading();
        if (a.endsWith("⁃")) {
            return a.substring(0, a.length() - 1) + b;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return a + b;
        }
        int last = a.codePointBefore(a.length());
        int first = b.codePointAt(0);
        boolean latinGap = (last < 0x2E80 && last != '-' && last != '/') && (first < 0x2E80);
        return latinGap ? a + " " + b : a + b;
    }
}
