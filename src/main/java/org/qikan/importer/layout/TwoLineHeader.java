package org.qikan.importer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.qikan.importer.layout.PrintedCells.Cell;

/**
 * A table's header printed over two lines, its cells set apart by spaces: the header cells too long for their column
 * go on on the next line, set below them ({@code 年份  出口额  进口额} over {@code       (亿元)  (亿元)}). The two lines are
 * one header row, each cell of the second line joined onto the header cell it stands under ({@link #join}), when all
 * of these hold:
 * <ul>
 * <li>the second line has fewer cells than the header, and none under the header's first cell (the rows' labels: a
 *     row short of cells still has its label, and a line whose converter took its leading spaces away starts there);</li>
 * <li>each of its cells stands under one header cell, in display columns: it overlaps that cell and reaches neither
 *     the cell before nor the one after; no two under the same;</li>
 * <li>each of its cells is words or a unit ({@code (亿元)}, {@code （%）}; neither figures such as {@code (2.31)} nor a dash
 *     standing for none) over a column of figures (every row below has figures there, or a dash): a row of the table
 *     has figures there, so a line of words there is the header's;</li>
 * <li>every row below has as many cells as the header.</li>
 * </ul>
 * A second line as wide as the header whose every cell after the first is such words ({@code 省份  人口} over
 * {@code 总额  总额}) is the header's too, its first cell wrapped as well, or a first row with no figure in it: no
 * reading is sure, so the table is kept whole ({@link #wrappedOverEveryCell}). Anything else leaves the lines as they
 * are. Not told apart: a first row with no label and only words where every row below has figures
 * ({@code         n.a.    n.a.}) is taken for the header's second line. Positions are counted as printed, a Han
 * character two columns wide.
 */
final class TwoLineHeader {
    /** A cell that stands for no figure: a dash, an ellipsis, a slash. */
    private static final Pattern NONE = Pattern.compile("^[-—–－―…/／]{1,3}$");

    private TwoLineHeader() {
    }

    /**
     * The header row with the second line joined onto it, or empty when the second line is not the header's tail.
     *
     * @param header the header line as printed (leading spaces kept)
     * @param second the line under it as printed
     * @param below  the cells of the rows under the second line
     */
    static Optional<List<String>> join(String header, String second, List<List<String>> below) {
        List<Cell> head = PrintedCells.of(header);
        List<Cell> tail = PrintedCells.of(second);
        if (head.size() < 2 || tail.isEmpty() || tail.size() >= head.size() || below.isEmpty()
                || below.stream().anyMatch(r -> r.size() != head.size())) {
            return Optional.empty();
        }
        List<String> joined = new ArrayList<>(head.stream().map(Cell::text).toList());
        int last = 0;
        for (Cell cell : tail) {
            int column = under(cell, head);
            if (column <= last || !headersTail(cell.text(), column, below)) {
                return Optional.empty();
            }
            joined.set(column, Texts.joinCut(joined.get(column), cell.text()));
            last = column;
        }
        return Optional.of(joined);
    }

    /**
     * Whether the row under the header ({@code second}, as many cells as the header) has words in every column after
     * the first, each over a column whose every row below is figures or a dash: a header wrapped in every cell, or a
     * first row with no figure; the table is not read as rows.
     */
    static boolean wrappedOverEveryCell(List<String> header, List<String> second, List<List<String>> below) {
        if (header.size() < 2 || second.size() != header.size() || below.isEmpty() || below.stream().anyMatch(r -> r.size() != header.size())) {
            return false;
        }
        for (int column = 1; column < second.size(); column++) {
            if (!wordsOverFiguresOrDashes(second.get(column), column, below)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code text} is words (neither figures nor a dash standing for none) over a column of figures: every row
     * below has figures there or a dash, and one at least figures.
     */
    private static boolean headersTail(String text, int column, List<List<String>> below) {
        return wordsOverFiguresOrDashes(text, column, below) && below.stream().anyMatch(r -> CellPerLineTable.isFigures(r.get(column)));
    }

    /** Whether {@code text} is words over a column whose every row below has figures or a dash there. */
    private static boolean wordsOverFiguresOrDashes(String text, int column, List<List<String>> below) {
        return !CellPerLineTable.isFigures(text) && !isNone(text)
                && below.stream().allMatch(r -> CellPerLineTable.isFigures(r.get(column)) || isNone(r.get(column)));
    }

    /** Whether a cell stands for no figure: a dash, an ellipsis, a slash. */
    static boolean isNone(String cell) {
        return NONE.matcher(cell.strip()).matches();
    }

    /** The header cell {@code cell} stands under, or -1: it overlaps that one and reaches neither neighbour. */
    private static int under(Cell cell, List<Cell> head) {
        for (int j = 0; j < head.size(); j++) {
            Cell h = head.get(j);
            boolean overlaps = cell.start() < h.end() && h.start() < cell.end();
            boolean clearBefore = j == 0 || cell.start() > head.get(j - 1).end();
            boolean clearAfter = j == head.size() - 1 || cell.end() < head.get(j + 1).start();
            if (overlaps) {
                return clearBefore && clearAfter ? j : -1;
            }
        }
        return -1;
    }
}
