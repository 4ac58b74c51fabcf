package org.qikan.importer.layout;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables grouped under label lines and printed one cell per line ({@link CellPerLineTable}, row by row under group
 * labels): random tables (a column of row labels, columns of figures, at times one of words) grouped under labels,
 * their cells printed each on a line. Each comes back equal to the printed grid (a label a row of its own, its other
 * cells empty) or is kept whole, never wrong; the plainly grouped ones with a second column of figures come back.
 * Not generated: groups of one row each (the labels then read as the first column of a table a column wider over an
 * empty corner), and a label with no row under it. Its cells then read as well as a plain table (a label right above
 * another is a row's first two cells of words; a label alone at the end the last cell of a table one column wider,
 * whose header ends with the first label), and print gives nothing to tell them apart.
 */
class CellPerLineGroupsTest {
    private static final String[] HEADS = {"出口额", "进口额", "增长率", "人口", "产值", "投资", "2029年", "GDP"};
    private static final String[] CORNERS = {"地区", "类别", "区域", "项目"};
    private static final String[] WORDS = {"甲口岸", "乙口岸", "沿江港口", "陆路", "Harbin"};
    private static final String[] LABELS = {"东部地区", "中部地区", "西部地区", "一、货物贸易", "二、服务贸易", "（三）其他", "沿海省份", "Asia"};
    private static final String[] ROW_LABELS = {"北京", "上海", "黑龙江", "机电产品", "高新技术产品", "Germany", "甲省", "乙省"};

    /** How the table is printed. */
    enum Variant {
        /** Groups, each a label and one row or more under it. */
        GROUPED,
        /** Rows stand under the header before the first label. */
        ROWS_BEFORE_FIRST_LABEL,
        /** The header over an empty corner (no cell printed for it). */
        CORNER,
        /** The second column words, not figures. */
        WORDS_SECOND
    }

    @Property(tries = 1000)
    void aGroupedTableComesBackEqualOrIsKeptWholeNeverWrong(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed,
            @ForAll Variant variant, @ForAll @IntRange(min = 2, max = 5) int columns, @ForAll @IntRange(min = 2, max = 4) int groups) {
        Random random = new Random(seed);
        int wordColumn = variant == Variant.WORDS_SECOND ? 1 : columns > 2 && random.nextInt(3) == 0 ? 2 + random.nextInt(columns - 2) : -1;
        List<List<String>> grid = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(variant == Variant.CORNER ? "" : pick(CORNERS, random));
        for (int c = 1; c < columns; c++) {
            header.add(HEADS[(c - 1 + random.nextInt(2)) % HEADS.length] + (c == 1 ? "" : c));
        }
        grid.add(header);
        if (variant == Variant.ROWS_BEFORE_FIRST_LABEL) {
            grid.add(row(random, columns, wordColumn));
        }
        boolean longGroup = false;
        for (int g = 0; g < groups; g++) {
            List<String> label = new ArrayList<>(Collections.nCopies(columns, ""));
            label.set(0, LABELS[(g + random.nextInt(2)) % LABELS.length] + (g + 1));
            grid.add(label);
            int rows = 1 + random.nextInt(3);
            longGroup |= rows > 1;
            for (int r = rows; r > 0; r--) {
                grid.add(row(random, columns, wordColumn));
            }
        }
        Assume.that(longGroup); // groups of one row each print as a table a column wider over an empty corner: no reading tells
        List<String> printed = new ArrayList<>();
        for (List<String> line : grid) {
            line.stream().filter(c -> !c.isEmpty()).forEach(printed::add);
        }
        CellPerLineTable.Recovery r = CellPerLineTable.recover(printed);
        Statistics.label("outcome").collect(variant + (r.recovered() ? " recovered" : " kept whole"));
        if (r.recovered()) {
            assertThat(r.rows()).as("printed %s", printed).isEqualTo(grid);
        }
        if (variant == Variant.GROUPED) {
            assertThat(r.recovered()).as("printed %s: %s", printed, r.reason()).isTrue();
        }
    }

    private static List<String> row(Random random, int columns, int wordColumn) {
        List<String> row = new ArrayList<>(List.of(pick(ROW_LABELS, random)));
        for (int c = 1; c < columns; c++) {
            row.add(c == wordColumn ? pick(WORDS, random) : random.nextInt(500) + "." + random.nextInt(10));
        }
        return row;
    }

    private static String pick(String[] pool, Random random) {
        return pool[random.nextInt(pool.length)];
    }
}
