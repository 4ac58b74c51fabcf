package org.qikan.importer.structure;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.PageJoiner;
import org.qikan.importer.layout.Texts;
import org.qikan.importer.layout.WrappedLayout;
import org.qikan.index.ChineseConversion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The journal's names as printed. The Chinese name is kept in simplified characters (OpenCC's
 * traditional-to-simplified table, {@link ChineseConversion}); a name printed in traditional characters is
 * kept as the alternate. The English name, where the masthead gives none, comes from an English running head
 * ({@code CHINA INTERNATIONAL STUDIES}, {@code Journal of X Studies 2031, No. 2}), from the line above the
 * English contents ({@code Table of Contents}, {@code CONTENTS}), or from an upper-case English line printed
 * on several pages.
 */
public final class JournalNames {
    private static final Pattern CONTENTS = Pattern.compile("(?i)^(?:table of )?contents$");
    /** Latin words only: letters, spaces, hyphens, ampersands, commas, apostrophes; two to twelve words. */
    private static final Pattern LATIN_NAME = Pattern.compile("^[A-Za-z][A-Za-z'’&,\\-]*(?:\\s+[A-Za-z&][A-Za-z'’&,\\-]*){1,11}$");
    /** What a running head prints beside the name: the year and number, a page number. */
    private static final Pattern HEAD_ISSUE = Pattern.compile(
            "\\s*(?:[,，]?\\s*\\d{4}\\s*(?:年\\s*第\\s*\\d{1,2}\\s*期|[,，]?\\s*(?:No\\.|Issue)\\s*\\d{1,2})|[-—·|]\\s*\\d{1,4}\\s*[-—]?|\\d{1,4})\\s*");
    /** Words a line of an English contents or abstract section starts with, which are not a journal's name. */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)^(?:abstracts?|english abstracts|key ?words|table of contents|contents)\\b");

    private JournalNames() {
    }

    /** Simplifies the Chinese name, keeping the printed form as the alternate, and finds the English name where none is known. */
    static void complete(IssueInfo.Builder info, List<Block> front, List<WrappedLayout.Furniture> furniture, List<Block> all) {
        if (info.journalZh != null) {
            String simplified = simplified(info.journalZh);
            if (!simplified.equals(info.journalZh)) {
                info.journalZhPrinted = info.journalZh;
                info.journalZh = simplified;
            }
        }
        if (info.journalEn == null) {
            info.journalEn = fromRunningHeads(furniture);
        }
        if (info.journalEn == null) {
            info.journalEn = aboveContents(front);
        }
        if (info.journalEn == null) {
            info.journalEn = repeatedUpperCase(all);
        }
    }

    public static String simplified(String text) {
        ChineseConversion t2s = ChineseConversion.get();
        StringBuilder out = new StringBuilder();
        text.codePoints().map(t2s::simplify).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The English name of a running head without the year, number or page printed beside it. */
    private static String fromRunningHeads(List<WrappedLayout.Furniture> furniture) {
        for (WrappedLayout.Furniture f : furniture) {
            if (f.kind().equals("running head")) {
                String name = name(HEAD_ISSUE.matcher(f.text()).replaceAll(" ").strip());
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** The English line right above the English contents heading. */
    private static String aboveContents(List<Block> front) {
        for (int i = 1; i < front.size(); i++) {
            if (CONTENTS.matcher(plain(front.get(i).text())).matches()) {
                String name = name(plain(front.get(i - 1).text()));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** An upper-case English line printed on two or more pages (a running head left in the text). */
    private static String repeatedUpperCase(List<Block> all) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Block b : all) {
            if (b.is(Block.Kind.PARA) || b.is(Block.Kind.HEADING)) {
                String t = plain(b.text());
                if (t.equals(t.toUpperCase(java.util.Locale.ROOT)) && name(t) != null) {
                    seen.merge(t, 1, Integer::sum);
                }
            }
        }
        return seen.entrySet().stream().filter(e -> e.getValue() >= 2).map(e -> name(e.getKey())).findFirst().orElse(null);
    }

    /** The text as a journal's English name (title case), or null when it is not one. */
    static String name(String text) {
        String t = text.strip();
        if (!LATIN_NAME.matcher(t).matches() || NOT_A_NAME.matcher(t).find() || t.length() > 80) {
            return null;
        }
        boolean upper = t.equals(t.toUpperCase(java.util.Locale.ROOT));
        boolean title = java.util.Arrays.stream(t.split("\\s+")).filter(w -> w.length() > 3).allMatch(w -> Character.isUpperCase(w.charAt(0)));
        return upper || title ? IssueInfoReader.titleCase(t) : null;
    }

    private static String plain(String text) {
        Matcher m = Pattern.compile("^#{1,6}\\s+").matcher(PageJoiner.withoutMarks(text).strip());
        return Texts.cleanTitle(m.replaceFirst(""));
    }
}
