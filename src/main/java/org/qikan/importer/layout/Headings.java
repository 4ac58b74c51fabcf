package org.qikan.importer.layout;

import java.util.regex.Pattern;

/**
 * Body headings by their numbering, whatever level the conversion gave them: 一、 is level 2,
 * （一） level 3, 1. level 4 (the article title is level 1).
 */
public final class Headings {
    private static final Pattern LEVEL2 = Pattern.compile("^[一二三四五六七八九十]{1,3}\\s*[、.．]\\s*\\S.*");
    private static final Pattern LEVEL3 = Pattern.compile("^[（(]\\s*[一二三四五六七八九十]{1,3}\\s*[）)]\\s*\\S.*");
    private static final Pattern LEVEL4 = Pattern.compile("^\\d{1,2}\\s*[.．、]\\s*\\D.*");
    /** Longest heading, in display width; longer numbered lines are paragraphs that start with a list number. */
    private static final int MAX_WIDTH = 90;

    private Headings() {
    }

    /** 2, 3 or 4 for a numbered heading line; 0 when the text is not one. */
    public static int numberedLevel(String text) {
        String t = Texts.cleanTitle(text);
        if (t.isEmpty() || Texts.width(t) > MAX_WIDTH || t.endsWith("。") || t.contains("\n")) {
            return 0;
        }
        if (LEVEL2.matcher(t).matches()) {
            return 2;
        }
        if (LEVEL3.matcher(t).matches()) {
            return 3;
        }
        if (LEVEL4.matcher(t).matches() && t.codePoints().anyMatch(Texts::isHan)) {
            return 4;
        }
        return 0;
    }
}
