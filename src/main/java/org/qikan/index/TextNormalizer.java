package org.qikan.index;

import java.util.Locale;

/**
 * Folds text for matching, one code point into exactly one code point, so that a position in the
 * folded text is a position in the original: full-width ASCII to ASCII ({@code Ｃｈｉｎａ１２３} to
 * {@code china123}), the ideographic space to a space, traditional to simplified Chinese, and
 * lowercase. {@code search-core.js} does the same in the browser.
 */
public final class TextNormalizer {
    private static final int FULLWIDTH_FIRST = 0xFF01;
    private static final int FULLWIDTH_LAST = 0xFF5E;
    private static final int FULLWIDTH_OFFSET = 0xFEE0;
    private static final int IDEOGRAPHIC_SPACE = 0x3000;
    private static final int CAPITAL_I_WITH_DOT = 0x130;
    private static final int LATIN_END = 0x250;

    /** {@link #lower} of every code point below {@link #LATIN_END}, computed once. */
    private static final int[] LOWER = new int[LATIN_END];

    static {
        for (int cp = 0; cp < LATIN_END; cp++) {
            LOWER[cp] = lowerSlow(cp);
        }
    }

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            out.appendCodePoint(fold(cp));
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * The code points of {@link #normalize normalize(text)}, written into {@code out} (at least {@code text.length()}
     * long) without making the string; returns how many there are.
     */
    static int normalizeInto(String text, int[] out) {
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            out[n++] = fold(cp);
            i += Character.charCount(cp);
        }
        return n;
    }

    public static int fold(int codePoint) {
        int cp = codePoint;
        if (cp >= FULLWIDTH_FIRST && cp <= FULLWIDTH_LAST) {
            cp -= FULLWIDTH_OFFSET;
        } else if (cp == IDEOGRAPHIC_SPACE) {
            cp = ' ';
        }
        cp = ChineseConversion.get().simplify(cp);
        return lower(cp);
    }

    /**
     * Lowercase, for the Latin letters the tokenizer keeps in words (below U+0250) only, so that
     * the result does not depend on the Unicode version of the JVM or the browser; İ becomes
     * {@code i} (its full lowercase would be two code points).
     */
    private static int lower(int cp) {
        return cp >= LATIN_END ? cp : LOWER[cp];
    }

    private static int lowerSlow(int cp) {
        if (cp == CAPITAL_I_WITH_DOT) {
            return 'i';
        }
        String lowered = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
        return lowered.codePointCount(0, lowered.length()) == 1 ? lowered.codePointAt(0) : cp;
    }
}
