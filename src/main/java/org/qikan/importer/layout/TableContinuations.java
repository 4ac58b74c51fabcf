package org.qikan.importer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins a table continued on the next printed page ({@code 续表 1}, {@code Table 1 (continued)}) onto the table
 * it continues, so that the reader gets one table, as the printed issue meant it: the continuation's rows go
 * after the first part's rows, a header row the printer repeated is dropped, and the source and note lines of
 * both parts follow the rows. The joined table stands where the first part stood.
 *
 * <p>A continuation is joined only onto the nearest table before it in the same article whose caption has the same
 * number, with no heading and no other table or figure between them; any other continuation stays a table of its
 * own.
 */
public final class TableContinuations {
    private static final String NUMBER = "([0-9０-９]{1,3}(?:\\s*[-－–.．]\\s*[0-9０-９]{1,2})?|[一二三四五六七八九十]{1,3})";
    private static final Pattern CONTINUED = Pattern.compile(
            "^\\s*(?:续表\\s*" + NUMBER + "|(?i:table)\\s+" + NUMBER + "\\s*[（(](?i:continued|cont\\.?)[)）])(?:[\\s：:.．].*)?$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:表\\s*|(?i:table)\\s+)" + NUMBER);

    private TableContinuations() {
    }

    /** The blocks of one article's body with each continued table joined onto its first part. */
    public static List<Block> joined(List<Block> body) {
        List<Block> out = new ArrayList<>(body);
        for (int i = 0; i < out.size(); i++) {
            Block b = out.get(i);
            String number = continuedNumber(b);
            if (number == null) {
                continue;
            }
            int first = firstPart(out, i, number);
            if (first >= 0) {
                out.set(first, join(out.get(first), b));
                out.remove(i);
                i--;
            }
        }
        return out;
    }

    /** The table number a continuation block names, or {@code null} for any other block. */
    static String continuedNumber(Block b) {
        if (!b.is(Block.Kind.TABLE)) {
            return null;
        }
        Matcher m = CONTINUED.matcher(Captions.plain(firstLine(b)));
        if (!m.matches()) {
            return null;
        }
        return normalize(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private static int firstPart(List<Block> blocks, int continuation, String number) {
        for (int j = continuation - 1; j >= 0; j--) {
            Block b = blocks.get(j);
            if (b.is(Block.Kind.HEADING) || b.is(Block.Kind.FIGURE)) {
                return -1;
            }
            if (b.is(Block.Kind.TABLE)) {
                Matcher m = NUMBERED.matcher(Captions.plain(firstLine(b)));
                return continuedNumber(b) == null && m.find() && normalize(m.group(1)).equals(number) ? j : -1;
            }
        }
        return -1;
    }

    private static Block join(Block first, Block continuation) {
        Parts a = Parts.of(first);
        Parts b = Parts.of(continuation);
        List<String> rows = new ArrayList<>(b.rows);
        if (!a.rows.isEmpty() && !rows.isEmpty() && sameRow(a.rows.get(0), rows.get(0))) {
            rows.remove(0);
        }
        List<String> lines = new ArrayList<>();
        lines.add(a.caption);
        lines.addAll(a.rows);
        lines.addAll(rows);
        lines.addAll(a.sources);
        lines.addAll(b.sources);
        return new Block(first.kind(), String.join("\n", lines), first.line(), first.page(), first.hashes(), first.noteLabel(),
                first.pageStart(), first.shortEnd());
    }

    private static boolean sameRow(String a, String b) {
        List<String> x = PrintedTable.read(List.of(a)).rows().stream().findFirst().orElse(List.of());
        List<String> y = PrintedTable.read(List.of(b)).rows().stream().findFirst().orElse(List.of());
        return !x.isEmpty() && x.equals(y);
    }

    private static String firstLine(Block b) {
        String text = b.text();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** Full-width digits as ASCII, spaces out: "１" and "1", "2 - 1" and "2-1" are the same number. */
    private static String normalize(String number) {
        StringBuilder out = new StringBuilder();
        number.codePoints().forEach(c -> {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (!Character.isWhitespace(c)) {
                out.append(c == '－' || c == '–' || c == '．' ? (c == '．' ? '.' : '-') : (char) c);
            }
        });
        return out.toString();
    }

    /** A table block's caption, row lines and source lines, as printed (note marks kept). */
    private record Parts(String caption, List<String> rows, List<String> sources) {
        static Parts of(Block b) {
            List<String> lines = List.of(b.text().split("\n", -1));
            List<String> rows = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                if (!sources.isEmpty() || Captions.isSource(line)) {
                    sources.add(line);
                } else {
                    rows.add(line);
                }
            }
            return new Parts(lines.get(0), rows, sources);
        }
    }
}
