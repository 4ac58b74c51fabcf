package org.qikan.importer.layout;

import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table whose rows are grouped under label lines ({@link GroupLabels}, read by {@link PrintedTable#read}): random
 * tables (a column of row labels, columns of figures, at times one of words), grouped under labels of one cell, are
 * printed with their cells set apart by spaces (each column as wide as its widest cell, cells set left, right or
 * centred, the rows indented under their labels or not), tabs or {@code |}. Each comes back equal to what was printed
 * (a label a row of its own, its other cells empty) or is kept whole, never wrong; the variants that cannot be read
 * right are kept whole.
 */
class GroupLabelTableTest {
    private static final String[] CORNERS = {"地区", "类别", "区域", "Region", "项目"};
    private static final String[] HEADS = {"出口额", "进口额", "增长率", "人口", "产值", "投资", "GDP", "Exports", "外商直接投资"};
    private static final String[] WORD_HEADS = {"主要口岸", "省会", "Capital"};
    private static final String[] WORDS = {"甲口岸", "乙口岸", "沿江港口", "Harbin", "Port of Dalian", "陆路"};
    private static final String[] LABELS = {"东部地区", "中部地区", "西部地区", "东北地区", "一、货物贸易", "二、服务贸易", "（三）其他",
        "沿海省份", "内陆省份", "Asia", "Europe", "Other economies"};
    private static final String[] ROW_LABELS = {"北京", "上海", "黑龙江", "内蒙古自治区", "机电产品", "高新技术产品", "Germany",
        "United Kingdom", "甲省", "乙省"};
    private static final String[] UNITS = {"(亿元)", "（亿元）", "（%）", "(万人)", "总额", "同比"};
    private static final String[] LONGER = {"及周边地区", "等沿边口岸", " and others"};
    /** The widest cell the pools give: a wrapped cell is made wider. */
    private static final int LONGEST = java.util.stream.Stream.of(CORNERS, HEADS, WORD_HEADS, WORDS, ROW_LABELS)
            .flatMap(java.util.Arrays::stream).mapToInt(Texts::width).max().orElseThrow();

    /** How the table is printed. */
    enum Variant {
        /** Groups, each a label and one row or more under it. */
        GROUPED,
        /** One row prints only its label, its other cells empty (read as a label: the Markdown is the same). */
        ROW_WITH_ONLY_LABEL,
        /** Rows stand under the header before the first label. */
        ROWS_BEFORE_FIRST_LABEL,
        /** A header cell's second line (a unit) under it, or with its leading spaces lost. */
        HEADER_TAIL,
        /** One row short of cells: two or more left but fewer than the header's, or one figure alone. */
        SHORT_ROW,
        /** A label with no row under it: at the end, or right above the next label. */
        EMPTY_GROUP,
        /** A cell of words too wide for its column goes on on a line of its own (leading spaces lost at times). */
        WRAPPED_CELL
    }

    /** How cells are set apart. */
    enum Separator {
        SPACES, TABS, PIPES
    }

    /** The variants no reading gets right: they must be kept whole. */
    private static final Set<Variant> KEPT_WHOLE = EnumSet.of(Variant.SHORT_ROW, Variant.EMPTY_GROUP, Variant.WRAPPED_CELL);

    /** A line of the printed table: its cells, or a label; {@code wrapOf} the column a wrapped cell's end goes on. */
    private record Line(List<String> cells, boolean label, int wrapOf) {
        static Line row(List<String> cells) {
            return new Line(cells, false, -1);
        }
    }

    @Property(tries = 1500)
    void aGroupedTableComesBackEqualOrIsKeptWholeNeverWrong(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed,
            @ForAll Variant variant, @ForAll Separator separator, @ForAll @IntRange(min = 2, max = 5) int columns,
            @ForAll @IntRange(min = 2, max = 4) int groups) {
        Assume.that(!(variant == Variant.WRAPPED_CELL && separator == Separator.PIPES)); // a converter writes a pipe table's rows whole
        Random random = new Random(seed);
        int wordColumn = columns > 2 && random.nextInt(3) == 0 ? 1 + random.nextInt(columns - 1) : -1;
        List<String> header = new ArrayList<>(List.of(CORNERS[random.nextInt(CORNERS.length)]));
        int first = random.nextInt(HEADS.length);
        for (int c = 1; c < columns; c++) {
            header.add(c == wordColumn ? WORD_HEADS[random.nextInt(WORD_HEADS.length)] : HEADS[(first + c) % HEADS.length]);
        }
        List<Line> lines = new ArrayList<>();
        if (variant == Variant.ROWS_BEFORE_FIRST_LABEL) {
            for (int r = 1 + random.nextInt(2); r > 0; r--) {
                lines.add(Line.row(row(random, columns, wordColumn)));
            }
        }
        int label = random.nextInt(LABELS.length);
        for (int g = 0; g < groups; g++) {
            lines.add(new Line(List.of(LABELS[(label + g) % LABELS.length]), true, -1));
            for (int r = 1 + random.nextInt(3); r > 0; r--) {
                lines.add(Line.row(row(random, columns, wordColumn)));
            }
        }
        List<Integer> rowAt = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).label()) {
                rowAt.add(i);
            }
        }
        int chosen = rowAt.get(random.nextInt(rowAt.size()));
        String tail = null;
        int tailColumn = random.nextInt(columns);
        boolean spacesLost = random.nextInt(3) == 0;
        switch (variant) {
            case ROW_WITH_ONLY_LABEL -> {
                List<String> only = new ArrayList<>(lines.get(chosen).cells());
                for (int c = 1; c < columns; c++) {
                    only.set(c, "");
                }
                lines.set(chosen, Line.row(only));
            }
            case HEADER_TAIL -> tail = UNITS[random.nextInt(UNITS.length)];
            case SHORT_ROW -> lines.set(chosen, Line.row(shortRow(random, lines.get(chosen).cells(), separator)));
            case EMPTY_GROUP -> {
                int at = random.nextBoolean() ? lines.size() : labelIndices(lines).get(1 + random.nextInt(groups - 1));
                lines.add(at, new Line(List.of(LABELS[(label + groups) % LABELS.length]), true, -1));
            }
            case WRAPPED_CELL -> {
                List<String> cells = new ArrayList<>(lines.get(chosen).cells());
                if (CellPerLineTable.isFigures(cells.get(0))) {
                    cells.set(0, ROW_LABELS[random.nextInt(ROW_LABELS.length)]);
                }
                List<Integer> words = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    if (!CellPerLineTable.isFigures(cells.get(c))) {
                        words.add(c);
                    }
                }
                int column = words.get(random.nextInt(words.size()));
                String cell = cells.get(column);
                while (Texts.width(cell) <= LONGEST) {
                    cell += LONGER[random.nextInt(LONGER.length)];
                }
                List<String> longer = new ArrayList<>(cells);
                longer.set(column, cell);
                lines.set(chosen, new Line(longer, false, column));
            }
            default -> {
            }
        }
        List<String> printed = switch (separator) {
            case SPACES -> printBySpaces(random, header, tail, tailColumn, spacesLost, lines);
            case TABS -> printByTabs(header, tail, tailColumn, lines);
            case PIPES -> printByPipes(random, header, tail, lines);
        };

        PrintedTable table = PrintedTable.read(printed);
        String as = variant + " " + separator + ", printed as:\n" + String.join("\n", printed);
        Statistics.label("outcome").collect(variant + (table.recovered() ? " recovered" : " kept whole"));
        Statistics.label("by separator").collect(variant + " " + separator + (table.recovered() ? " recovered" : " kept whole"));
        if (KEPT_WHOLE.contains(variant)) {
            assertThat(table.recovered()).as(as).isFalse();
        } else if (table.recovered()) {
            assertThat(table.recoveredRows()).as(as).isEqualTo(expected(header, tail, tailColumn, lines));
        }
    }

    @Example
    void labelsBecomeRowsOfTheirOwn() {
        PrintedTable table = PrintedTable.read(List.of(
                "表 1：各地区口岸贸易额",
                "地区        出口额    进口额",
                "东部地区",
                "  甲省      120.5     98.3",
                "  乙省      131.2     101.7",
                "一、西部地区",
                "  丙省      40.8      34.9",
                "资料来源：作者整理。"));
        assertThat(table.recoveredRows()).containsExactly(List.of("地区", "出口额", "进口额"), List.of("东部地区", "", ""),
                List.of("甲省", "120.5", "98.3"), List.of("乙省", "131.2", "101.7"), List.of("一、西部地区", "", ""),
                List.of("丙省", "40.8", "34.9"));
        assertThat(table.sources()).containsExactly("资料来源：作者整理。");
    }

    /**
     * Kept whole, each for its reason (which the report gives): one label only (it may be the header's second line); a
     * unit under the header; a label of figures; a one-cell line under another column (a wrapped cell); a one-cell line
     * under a row label that fills its column (its wrapped end); a label with no row under it; rows above the first
     * label; a row short of cells.
     */
    @Example
    void oneCellLinesThatMayBeSomethingElseKeepTheTableWholeWithTheReason() {
        java.util.Map<List<String>, String> tables = new java.util.LinkedHashMap<>();
        tables.put(List.of("地区    出口额    进口额", "东部地区", "甲省    120.5     98.3"),
                "one line of one cell only, “东部地区” (a group label, or the header's second line?)");
        tables.put(List.of("地区    出口额    进口额", "（亿元）", "甲省    120.5     98.3", "东部", "乙省    131.2     101.7"),
                "a line of one cell that is no group label (figures, a dash or a unit): “（亿元）”");
        tables.put(List.of("地区    出口额    进口额", "东部", "甲省    120.5     98.3", "2024", "乙省    131.2     101.7"),
                "a line of one cell that is no group label (figures, a dash or a unit): “2024”");
        tables.put(List.of("地区    口岸      进口额", "东部", "甲省    沿江港口  98.3", "          及周边", "乙省    陆路      101.7"),
                "“及周边” stands right of the first column (a wrapped cell?)");
        tables.put(List.of("地区          出口额    进口额", "东部", "内蒙古自治区  120.5     98.3", "呼和浩特", "乙省          131.2     101.7"),
                "“呼和浩特” may be the wrapped end of a cell of the row above it, the row of “内蒙古自治区”");
        tables.put(List.of("地区    出口额    进口额", "东部", "甲省    120.5     98.3", "西部", "中部", "乙省    131.2     101.7"),
                "no row under “西部”");
        tables.put(List.of("地区    出口额    进口额", "甲省    120.5     98.3", "东部", "乙省    131.2     101.7", "西部", "丙省    1.2     1.7"),
                "rows above the first line of one cell, “东部” (a group label, or a wrapped cell?)");
        tables.put(List.of("地区    出口额    进口额", "东部", "甲省    120.5", "西部", "丙省    1.2     1.7"),
                "a row of 2 cells under a header of 3 (“甲省”)");
        tables.forEach((printed, reason) -> {
            PrintedTable table = PrintedTable.read(printed);
            assertThat(table.recovered()).as(String.join("\n", printed)).isFalse();
            assertThat(table.keptWholeReason()).isEqualTo(reason);
        });
    }

    private static List<String> row(Random random, int columns, int wordColumn) {
        List<String> row = new ArrayList<>(List.of(random.nextInt(5) == 0 ? String.valueOf(2018 + random.nextInt(8))
                : ROW_LABELS[random.nextInt(ROW_LABELS.length)]));
        for (int c = 1; c < columns; c++) {
            row.add(c == wordColumn ? WORDS[random.nextInt(WORDS.length)] : random.nextInt(12) == 0 ? "—" : figure(random));
        }
        return row;
    }

    private static String figure(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> String.valueOf(random.nextInt(1000));
            case 1 -> random.nextInt(500) + "." + random.nextInt(10);
            default -> random.nextInt(100) + "." + random.nextInt(10) + "%";
        };
    }

    /** The row with cells left out: two or more kept but fewer than all, or a figure alone (by spaces: a gap). */
    private static List<String> shortRow(Random random, List<String> cells, Separator separator) {
        List<String> out = new ArrayList<>(cells);
        if (cells.size() == 2 || random.nextInt(3) == 0) {
            for (int c = 0; c < out.size(); c++) {
                out.set(c, "");
            }
            out.set(out.size() - 1, String.valueOf(random.nextInt(1000)));
            return separator == Separator.SPACES ? out : List.of(out.get(out.size() - 1));
        }
        int drop = 1 + random.nextInt(cells.size() - 2);
        for (int k = 0; k < drop; k++) {
            out.remove(1 + random.nextInt(out.size() - 1));
        }
        return out;
    }

    private static List<Integer> labelIndices(List<Line> lines) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).label()) {
                out.add(i);
            }
        }
        return out;
    }

    /** The grid a reader should see: the header (its tail joined), each label a row with the other cells empty. */
    private static List<List<String>> expected(List<String> header, String tail, int tailColumn, List<Line> lines) {
        List<List<String>> out = new ArrayList<>();
        List<String> head = new ArrayList<>(header);
        if (tail != null) {
            head.set(tailColumn, Texts.joinCut(head.get(tailColumn), tail));
        }
        out.add(head);
        for (Line line : lines) {
            List<String> cells = new ArrayList<>(line.cells());
            while (cells.size() < header.size()) {
                cells.add("");
            }
            out.add(cells);
        }
        return out;
    }

    /**
     * Printed by spaces: each column as wide as its widest cell (a wrapped cell's column as wide as its other cells, the
     * cell cut where its next character or word would not fit and going on on the next line, under its column), two to
     * four spaces apart; labels at the left edge, rows indented under them or not.
     */
    private static List<String> printBySpaces(Random random, List<String> header, String tail, int tailColumn, boolean spacesLost,
            List<Line> lines) {
        int columns = header.size();
        int indent = random.nextBoolean() ? 2 : 0;
        int[] width = widths(header, lines);
        int[] start = new int[columns];
        int at = indent;
        for (int c = 0; c < columns; c++) {
            start[c] = at;
            at += width[c] + 2 + random.nextInt(3);
        }
        int align = random.nextInt(3);
        List<String> out = new ArrayList<>();
        out.add(line(header, start, width, random.nextInt(3)));
        if (tail != null) {
            List<String> tails = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                tails.add(c == tailColumn ? tail : "");
            }
            String second = line(tails, start, width, 0);
            out.add(spacesLost ? second.strip() : second);
        }
        for (Line line : lines) {
            if (line.label()) {
                out.add(line.cells().get(0));
                continue;
            }
            int wrap = line.wrapOf();
            List<String> cells = new ArrayList<>(line.cells());
            String rest = null;
            if (wrap >= 0) {
                String[] cut = cut(cells.get(wrap), width[wrap]);
                cells.set(wrap, cut[0]);
                rest = cut[1];
            }
            out.add(line(cells, start, width, align));
            while (rest != null && !rest.isEmpty()) {
                String[] more = cut(rest, width[wrap]);
                out.add(spacesLost ? more[0] : " ".repeat(start[wrap]) + more[0]);
                rest = more[1];
            }
        }
        return out;
    }

    /**
     * Each column's width: its widest cell, the header's and the rows' (a short row's cells in the columns they are
     * printed in), but a wrapped cell's, which is cut to it (at least its first word).
     */
    private static int[] widths(List<String> header, List<Line> lines) {
        int[] width = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            width[c] = Texts.width(header.get(c));
            for (Line line : lines) {
                if (!line.label() && c < line.cells().size()) {
                    String cell = line.cells().get(c);
                    width[c] = Math.max(width[c], Texts.width(line.wrapOf() == c ? firstWord(cell) : cell));
                }
            }
        }
        return width;
    }

    private static List<String> printByTabs(List<String> header, String tail, int tailColumn, List<Line> lines) {
        List<String> out = new ArrayList<>();
        out.add(String.join("\t", header));
        if (tail != null) {
            out.add("\t".repeat(tailColumn) + tail);
        }
        for (Line line : lines) {
            if (line.wrapOf() >= 0) {
                int wrap = line.wrapOf();
                int width = widths(header, lines)[wrap];
                String[] cut = cut(line.cells().get(wrap), width);
                List<String> cells = new ArrayList<>(line.cells());
                cells.set(wrap, cut[0]);
                out.add(String.join("\t", cells));
                while (!cut[1].isEmpty()) {
                    cut = cut(cut[1], width);
                    out.add("\t".repeat(wrap) + cut[0]);
                }
            } else {
                out.add(String.join("\t", line.cells()));
            }
        }
        return out;
    }

    private static List<String> printByPipes(Random random, List<String> header, String tail, List<Line> lines) {
        List<String> out = new ArrayList<>();
        out.add("| " + String.join(" | ", header) + " |");
        if (random.nextBoolean()) {
            out.add("|---".repeat(header.size()) + "|");
        }
        if (tail != null) {
            out.add("| " + tail + " |");
        }
        for (Line line : lines) {
            boolean bare = line.label() && random.nextBoolean();
            out.add(bare ? line.cells().get(0) : "| " + String.join(" | ", line.cells()) + " |");
        }
        return out;
    }

    /**
     * The cell cut where its next character (Han) or word (Latin) would pass {@code width} (a first word wider than
     * that stands alone): the first line and the rest.
     */
    private static String[] cut(String cell, int width) {
        int end = 0;
        int i = 0;
        while (i < cell.length()) {
            int next = i + Character.charCount(cell.codePointAt(i));
            if (cell.codePointAt(i) < 0x2E80 && cell.codePointAt(i) != ' ') {
                while (next < cell.length() && cell.charAt(next) != ' ' && cell.codePointAt(next) < 0x2E80) {
                    next++;
                }
            }
            if (end > 0 && Texts.width(cell.substring(0, next).stripTrailing()) > width) {
                break;
            }
            end = next;
            i = next;
        }
        String head = cell.substring(0, end).stripTrailing();
        return new String[] {head, cell.substring(end).strip()};
    }

    /** A cell's first Latin word, or its first character when that is Han. */
    private static String firstWord(String cell) {
        if (cell.codePointAt(0) >= 0x2E80) {
            return cell.substring(0, Character.charCount(cell.codePointAt(0)));
        }
        int end = 0;
        while (end < cell.length() && cell.charAt(end) != ' ' && cell.charAt(end) < 0x2E80) {
            end++;
        }
        return cell.substring(0, end);
    }

    /**
     * One printed line: each cell at its column's start, moved by its alignment (0 left, 1 right, 2 centred), two
     * spaces after the cell before it at least.
     */
    private static String line(List<String> cells, int[] start, int[] width, int align) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            if (cell.isEmpty()) {
                continue;
            }
            int free = Math.max(0, width[c] - Texts.width(cell));
            int from = start[c] + (align == 0 ? 0 : align == 1 ? free : free / 2);
            out.append(" ".repeat(Math.max(at > 0 ? 2 : 0, from - at))).append(cell);
            at = Math.max(at, from) + Texts.width(cell);
        }
        return out.toString().stripTrailing();
    }
}
