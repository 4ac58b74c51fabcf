package org.qikan.importer.roundtrip;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables and figure captions in the round trip: made up ({@link #tableOrFigure}), printed as converters
 * leave them ({@link #print}: a caption in one of the printed forms, rows with cells set apart by tabs, pipes,
 * runs of spaces or ideographic spaces, or one cell per line row after row or (a timeline, first column dates) a
 * column after another; with or without blank lines between them, a source line or none),
 * and compared in a canonical form ({@link #expected}, {@link #canonical}): a table whose rows all have the
 * header's width must come back as a Markdown table with its caption, any other kept whole line by line; a
 * figure caption as a {@code ::: figure-missing} line; the source line as the paragraph after it.
 */
final class PrintedTablesAndFigures {
    private static final String[] WORDS = {"合作", "治理", "秩序", "安全", "发展", "区域", "机制", "规则", "海洋", "能源", "贸易", "金融"};
    private static final String[] HEADS = {"类别", "区域", "领域", "项目"};
    private static final String SOURCE = "资料来源：作者自制。";
    private static final Pattern KEPT_CELLS = Pattern.compile("\\t+|\\u3000+| {2,}|\\s*\\\\\\|\\s*");

    private PrintedTablesAndFigures() {
    }

    /** A table (two to four columns, two to four rows under the header, one row short of a cell at times) or a figure caption. */
    static Script.Part tableOrFigure(Random random, int number) {
        String topic = WORDS[random.nextInt(WORDS.length)] + "与" + WORDS[random.nextInt(WORDS.length)];
        if (random.nextBoolean()) {
            return new Script.Figure("图 " + number + "：" + topic + "的结构示意图", random.nextBoolean() ? SOURCE : null);
        }
        int columns = 2 + random.nextInt(3);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(HEADS[random.nextInt(HEADS.length)]));
        for (int c = 1; c < columns; c++) {
            header.add((2025 + c) + "年");
        }
        rows.add(header);
        int count = 2 + random.nextInt(3);
        boolean ragged = random.nextInt(4) == 0;
        for (int r = 0; r < count; r++) {
            List<String> row = new ArrayList<>(List.of(WORDS[(r * 5 + number) % WORDS.length] + (r + 1)));
            for (int c = 1; c < columns; c++) {
                row.add(random.nextInt(50) + "." + random.nextInt(10));
            }
            if (ragged && r == count - 1) {
                row.remove(row.size() - 1);
            }
            rows.add(row);
        }
        String source = random.nextBoolean() ? SOURCE : null;
        if (Math.floorMod(topic.hashCode() + number, 3) == 0) {
            return timeline(topic, number, rows, source); // no new draw, so that the layouts of earlier seeds stay as they were
        }
        return new Script.Table("表 " + number + "：" + topic + "的比较", rows, source);
    }

    /**
     * The same rows as a timeline, as journals print lists of documents or events: a first column of dates
     * ({@code 2019.3}), then the row labels as a column of words, then the figures.
     */
    private static Script.Table timeline(String topic, int number, List<List<String>> rows, String source) {
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = new ArrayList<>(rows.get(r));
            String first = r == 0 ? "时间" : (2015 + r) + "." + (1 + (r * 7 + number) % 12);
            if (row.size() > 1) {
                row.set(1, r == 0 ? "事项" : row.get(0));
            } else {
                row.add(r == 0 ? "事项" : row.get(0));
            }
            row.set(0, first);
            out.add(row);
        }
        return new Script.Table("表 " + number + "：" + topic + "的时间线", out, source);
    }

    /** The part as printed: caption, rows, source, as lines of the printed text (blank lines between them or not). */
    static List<String> print(Script.Part part, Random random) {
        List<String> out = new ArrayList<>();
        if (part instanceof Script.Figure f) {
            out.add(captionForm(f.caption(), random));
            if (f.source() != null) {
                out.add(f.source());
            }
            return out;
        }
        Script.Table t = (Script.Table) part;
        out.add(captionForm(t.caption(), random));
        String separator = switch (random.nextInt(4)) {
            case 0 -> "\t";
            case 1 -> " | ";
            case 2 -> "    ";
            default -> "\u3000";
        };
        boolean blankLines = random.nextBoolean();
        int cellPerLine = Math.floorMod(java.util.Objects.hash(t.caption(), t.rows()), 3);
        if (cellPerLine > 0) {
            out.addAll(cellPerLine(t, cellPerLine == 2 && even(t) && t.rows().stream().skip(1).allMatch(r -> r.get(0).matches("[0-9.]+")), blankLines));
            if (t.source() != null) {
                out.add(t.source());
            }
            return out;
        }
        StringBuilder rows = new StringBuilder();
        for (List<String> row : t.rows()) {
            String line = String.join(separator, row);
            if (separator.equals(" | ")) {
                line = "| " + line + " |";
            }
            if (blankLines) {
                out.add(line);
            } else {
                rows.append(rows.length() == 0 ? "" : "\n").append(line);
            }
        }
        if (!blankLines) {
            out.add(rows.toString());
        }
        if (t.source() != null) {
            out.add(t.source());
        }
        return out;
    }

    /**
     * The cells one per line, as PDF text extraction leaves a ruled table: row after row, or (a table whose first
     * column is dates) a column after another, each under its header; blank lines between them or not.
     */
    private static List<String> cellPerLine(Script.Table t, boolean byColumns, boolean blankLines) {
        List<String> cells = new ArrayList<>();
        if (byColumns) {
            for (int c = 0; c < t.rows().get(0).size(); c++) {
                for (List<String> row : t.rows()) {
                    cells.add(row.get(c));
                }
            }
        } else {
            t.rows().forEach(cells::addAll);
        }
        return blankLines ? cells : List.of(String.join("\n", cells));
    }

    private static boolean even(Script.Table t) {
        int width = t.rows().get(0).size();
        return t.rows().stream().allMatch(r -> r.size() == width);
    }

    /** {@code 表 1：…} printed as {@code 表 1：…}, {@code 表1：…} or {@code 表1 …}. */
    private static String captionForm(String caption, Random random) {
        Matcher m = Pattern.compile("^(表|图) (\\d+)：(.*)$").matcher(caption);
        if (!m.matches()) {
            return caption;
        }
        return switch (random.nextInt(3)) {
            case 0 -> caption;
            case 1 -> m.group(1) + m.group(2) + "：" + m.group(3);
            default -> m.group(1) + m.group(2) + " " + m.group(3);
        };
    }

    /** The body blocks the importer must write for the part, in canonical form. */
    static List<String> expected(Script.Part part) {
        List<String> out = new ArrayList<>();
        if (part instanceof Script.Figure f) {
            out.add("figure: " + f.caption());
            if (f.source() != null) {
                out.add(f.source());
            }
            return out;
        }
        Script.Table t = (Script.Table) part;
        boolean even = even(t);
        StringBuilder text = new StringBuilder(even ? "table: " : "table kept whole: ").append(t.caption());
        if (even) {
            t.rows().forEach(r -> text.append(" / ").append(String.join(" | ", r)));
        } else {
            // kept whole as printed, in rows or a cell per line: the cells in print order
            text.append(" / ").append(String.join(" | ", t.rows().stream().flatMap(List::stream).toList()));
            if (t.source() != null) {
                text.append(" | ").append(t.source());
            }
        }
        out.add(text.toString());
        if (even && t.source() != null) {
            out.add(t.source());
        }
        return out;
    }

    /**
     * A body block of the imported source in canonical form: a Markdown table with its {@code [caption]}, a
     * block kept whole (lines ending in a hard break) or a {@code ::: figure-missing} line; any other as it is.
     * Captions are compared in the form {@code 表 1：…}.
     */
    static String canonical(String block) {
        List<String> lines = block.lines().toList();
        if (block.startsWith("::: figure-missing ")) {
            return "figure: " + normalCaption(block.substring("::: figure-missing ".length()).strip());
        }
        if (block.startsWith("|") && lines.get(lines.size() - 1).startsWith("[")) {
            String caption = lines.get(lines.size() - 1);
            StringBuilder out = new StringBuilder("table: ").append(normalCaption(caption.substring(1, caption.length() - 1)));
            for (String line : lines.subList(0, lines.size() - 1)) {
                if (!line.startsWith("|---")) {
                    out.append(" / ").append(String.join(" | ", cells(line.substring(1, line.length() - 1).split("\\s*(?<!\\\\)\\|\\s*"))));
                }
            }
            return out.toString();
        }
        if (lines.size() > 1 && lines.get(0).endsWith("\\")) {
            StringBuilder out = new StringBuilder("table kept whole: ").append(normalCaption(strip(lines.get(0))));
            List<String> cells = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String t = strip(line);
                if (t.startsWith("\\|")) {
                    t = t.substring(2);
                }
                if (t.endsWith("\\|")) {
                    t = t.substring(0, t.length() - 2);
                }
                cells.addAll(cells(KEPT_CELLS.split(t.strip())));
            }
            return out.append(" / ").append(String.join(" | ", cells)).toString();
        }
        return block;
    }

    private static List<String> cells(String[] raw) {
        return java.util.Arrays.stream(raw).map(String::strip).toList();
    }

    private static String strip(String line) {
        return line.endsWith("\\") ? line.substring(0, line.length() - 1) : line;
    }

    private static String normalCaption(String caption) {
        return caption.replaceFirst("^(表|图)\\s*(\\d+)\\s*[：\\s]\\s*", "$1 $2：");
    }
}
