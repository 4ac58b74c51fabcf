package org.qikan.importer.layout;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table's header printed over two lines ({@link TwoLineHeader}, read by {@link PrintedTable#read}): random tables
 * of figures under words, their columns set apart by spaces and each cell set left, right or centred in its column, are
 * printed with a header over two lines (its first cell wrapped too or not), or with their first row short of cells
 * (figures or {@code —} left) under a header of one, or with the second line's leading spaces lost. A table is read back equal to what was printed, its header's cells joined, or kept whole;
 * never wrong.
 */
class TwoLineHeaderTableTest {
    private static final String[] HEADS = {"出口额", "进口额", "增长率", "人口", "产值", "投资", "GDP", "Exports", "外商直接投资"};
    private static final String[] TAILS = {"(亿元)", "（亿元）", "（%）", "(万人)", "（亿美元）", "(bn USD)", "总额", "同比", "per capita"};
    private static final String[] LABELS = {"东部", "中部", "西部", "东北", "沿海地区", "内陆地区", "甲省", "乙省", "全国"};
    private static final String[] CORNERS = {"地区", "年份", "区域", "省份", "Region"};

    /** How the table is printed. */
    enum Variant {
        /** Some header cells (never the first) go on on a second line, set under them. */
        TWO_LINE_HEADER,
        /** The first header cell goes on on the second line too (over the rows' labels). */
        FIRST_CELL_WRAPPED,
        /** A header of one line, then a first row with some cells left empty (its label, or others). */
        SHORT_FIRST_ROW,
        /** A header over two lines whose second line lost its leading spaces (the converter stripped them). */
        SPACES_LOST
    }

    @Property(tries = 1000)
    void aPrintedTableComesBackEqualOrIsKeptWholeNeverWrong(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed,
            @ForAll Variant variant, @ForAll @IntRange(min = 2, max = 5) int columns, @ForAll @IntRange(min = 1, max = 5) int rows) {
        Random random = new Random(seed);
        List<String> header = new ArrayList<>(List.of(CORNERS[random.nextInt(CORNERS.length)]));
        List<String> tails = new ArrayList<>(List.of(variant == Variant.FIRST_CELL_WRAPPED ? TAILS[random.nextInt(TAILS.length)] : ""));
        int first = random.nextInt(HEADS.length);
        for (int c = 1; c < columns; c++) {
            header.add(HEADS[(first + c) % HEADS.length]);
            boolean tail = variant != Variant.SHORT_FIRST_ROW && (random.nextInt(3) > 0 || c == columns - 1 && tails.stream().allMatch(String::isEmpty));
            tails.add(tail ? TAILS[random.nextInt(TAILS.length)] : "");
        }
        List<List<String>> body = new ArrayList<>();
        int label = random.nextInt(LABELS.length);
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>(List.of(random.nextBoolean() ? LABELS[(label + r) % LABELS.length] : String.valueOf(2020 + r)));
            for (int c = 1; c < columns; c++) {
                row.add(random.nextInt(12) == 0 ? "—" : figure(random));
            }
            body.add(row);
        }
        List<List<String>> printedRows = new ArrayList<>(body);
        if (variant == Variant.SHORT_FIRST_ROW) {
            List<String> shortRow = new ArrayList<>(body.get(0));
            int empty = 1 + random.nextInt(columns - 1);
            for (int k = 0; k < empty; k++) {
                shortRow.set(random.nextInt(columns), "");
            }
            printedRows.set(0, shortRow);
        }
        List<String> printed = print(random, header, tails, printedRows, variant == Variant.SPACES_LOST);

        PrintedTable table = PrintedTable.read(printed);
        Statistics.label("outcome").collect(variant + (table.recovered() ? " recovered" : " kept whole"));
        if (table.recovered()) {
            List<List<String>> expected = new ArrayList<>();
            List<String> joined = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                joined.add(joined(header.get(c), tails.get(c)));
            }
            expected.add(joined);
            expected.addAll(printedRows);
            assertThat(table.dataRows()).as(variant + ", printed as:\n" + String.join("\n", printed)).isEqualTo(expected);
        }
    }

    @Example
    void theHeadersSecondLineIsJoinedOntoTheCellsItStandsUnder() {
        PrintedTable table = PrintedTable.read(List.of(
                "表 1：口岸进出口贸易额",
                "年份    出口额    进口额",
                "        (亿元)    (亿元)",
                "2028    120.5     98.3",
                "2029    131.2     101.7",
                "资料来源：作者整理。"));
        assertThat(table.recovered()).isTrue();
        assertThat(table.dataRows()).containsExactly(List.of("年份", "出口额(亿元)", "进口额(亿元)"),
                List.of("2028", "120.5", "98.3"), List.of("2029", "131.2", "101.7"));
    }

    /**
     * Kept whole, each for its reason: a line of words over a column of words (it may be a row with no label); a first
     * row short of its last cell (figures where a header's second line has words); a line of words under every cell
     * over columns of figures (the header's, or a row with no figure); figures in brackets (t values), no header's tail.
     */
    @Example
    void linesUnderTheHeaderThatMayBeRowsKeepTheTableWhole() {
        List<List<String>> tables = List.of(
                List.of("类型      功能      代表口岸", "          通关为主", "公路口岸  货运      甲口岸", "铁路口岸  客货兼营  乙口岸"),
                List.of("地区    出口额    进口额", "东部    120.5", "中部    131.2     101.7"),
                List.of("省份    人口      产值", "总额    (万人)    (亿元)", "甲省    120.5     98.3"),
                List.of("变量    模型一    模型二", "        (1)       (2)", "开放度  0.52      0.48"));
        for (List<String> printed : tables) {
            assertThat(PrintedTable.read(printed).recovered()).as(String.join("\n", printed)).isFalse();
        }
    }

    private static String figure(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> String.valueOf(random.nextInt(1000));
            case 1 -> random.nextInt(500) + "." + random.nextInt(10);
            default -> random.nextInt(100) + "." + random.nextInt(10) + "%";
        };
    }

    /** The header cell with its second line's part: Han and Latin closed up, Latin and Latin a space apart. */
    private static String joined(String head, String tail) {
        if (tail.isEmpty()) {
            return head;
        }
        boolean latinGap = head.codePointBefore(head.length()) < 0x2E80 && tail.codePointAt(0) < 0x2E80;
        return head + (latinGap ? " " : "") + tail;
    }

    /**
     * The printed lines: the header, its second line (where any tail), then the rows; each column as wide as its widest
     * cell, two to four spaces apart, each cell set left, right or centred in it (a table's own choice for its rows and
     * one for its header's two lines, or in one table in four each header cell its own).
     */
    private static List<String> print(Random random, List<String> header, List<String> tails, List<List<String>> rows, boolean spacesLost) {
        int columns = header.size();
        int[] start = new int[columns];
        int[] width = new int[columns];
        int at = 0;
        for (int c = 0; c < columns; c++) {
            int col = c;
            width[c] = Math.max(Math.max(Texts.width(header.get(c)), Texts.width(tails.get(c))),
                    rows.stream().mapToInt(r -> Texts.width(r.get(col))).max().orElse(0));
            start[c] = at;
            at += width[c] + 2 + random.nextInt(3);
        }
        int rowAlign = random.nextInt(3);
        int headAlign = random.nextInt(3);
        java.util.function.IntSupplier headAligns = random.nextInt(4) == 0 ? () -> random.nextInt(3) : () -> headAlign;
        List<String> out = new ArrayList<>();
        out.add(line(header, start, width, headAligns));
        if (tails.stream().anyMatch(t -> !t.isEmpty())) {
            String second = line(tails, start, width, headAligns);
            out.add(spacesLost ? second.strip() : second);
        }
        for (List<String> row : rows) {
            out.add(line(row, start, width, () -> rowAlign));
        }
        return out;
    }

    /** One printed line: each cell at its column's start, moved by its alignment (0 left, 1 right, 2 centred). */
    private static String line(List<String> cells, int[] start, int[] width, java.util.function.IntSupplier align) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            int a = align.getAsInt();
            if (cell.isEmpty()) {
                continue;
            }
            int free = width[c] - Texts.width(cell);
            int from = start[c] + (a == 0 ? 0 : a == 1 ? free : free / 2);
            out.append(" ".repeat(Math.max(0, from - at))).append(cell);
            at = Math.max(at, from) + Texts.width(cell);
        }
        return out.toString().stripTrailing();
    }
}
