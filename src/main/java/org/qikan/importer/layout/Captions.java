package org.qikan.importer.layout;

import java.util.regex.Pattern;

/**
 * The caption lines of printed tables and figures, as Chinese journals print them: {@code 表 1：…},
 * {@code 表1 …}, {@code 表 2-1 …}, {@code 续表 1}, {@code Table 3. …}, {@code 图 1：…}, {@code Figure 2 …}; and the source or
 * note line printed under a table or figure ({@code 资料来源：…}, {@code 注：…}, {@code Source: …}).
 * A caption is a short line that does not end a sentence, so that prose starting "表 1 显示，……。" is not one.
 */
public final class Captions {
    private static final String NUMBER = "(?:[0-9０-９]{1,3}(?:\\s*[-－–.．]\\s*[0-9]{1,2})?|[一二三四五六七八九十]{1,3})";
    private static final Pattern TABLE = Pattern.compile("^(?:续表\\s*" + NUMBER + "(?:\\s.*)?|(?:表\\s*" + NUMBER + "(?:\\s*[：:．.、]\\s*|\\s+|(?=\\p{IsHan}|[“《（(]))"
            + "|(?i:table)\\s+" + NUMBER + "\\s*[：:.]?\\s+)\\S.*)");
    /** An English caption goes on with a capital or a digit ("Table 2. Trade"); "Table 2 shows …" is prose. */
    private static final Pattern ENGLISH_PROSE = Pattern.compile("^(?i:table|figure|fig\\.)\\s*" + NUMBER + "\\s*[：:.]?\\s+\\p{Ll}");
    private static final Pattern FIGURE = Pattern.compile("^(?:图\\s*" + NUMBER + "(?:\\s*[：:．.、]\\s*|\\s+|(?=\\p{IsHan}|[“《（(]))"
            + "|(?i:figure|fig\\.)\\s*" + NUMBER + "\\s*[：:.]?\\s+)\\S.*");
    private static final Pattern SOURCE = Pattern.compile("^(?:资料来源|数据来源|图片来源|图表来源|来\\s*源|注|说\\s*明|(?i:sources?|notes?))\\s*[：:]\\s*\\S.*");
    /** Longest caption, in display width. */
    private static final int MAX_WIDTH = 100;

    private Captions() {
    }

    public static boolean isTable(String line) {
        return isCaption(line, TABLE);
    }

    public static boolean isFigure(String line) {
        return isCaption(line, FIGURE);
    }

    public static boolean isCaption(String line) {
        return isTable(line) || isFigure(line);
    }

    /** A source or note line under a table or figure. */
    public static boolean isSource(String line) {
        return SOURCE.matcher(plain(line)).matches();
    }

    /** The caption as printed, without emphasis marks or heading marks. */
    public static String plain(String line) {
        return Texts.cleanTitle(PageJoiner.withoutMarks(line).replaceFirst("^#{1,6}\\s+", "")).strip();
    }

    private static boolean isCaption(String line, Pattern pattern) {
        String t = plain(line);
        if (t.isEmpty() || t.contains("\n") || Texts.width(t) > MAX_WIDTH || t.contains("\t")) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if ("。！？；，".indexOf(last) >= 0 || t.contains("。")) {
            return false;
        }
        return pattern.matcher(t).matches() && !ENGLISH_PROSE.matcher(t).find();
    }
}
