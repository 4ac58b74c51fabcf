package org.qikan.importer.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table a converter printed one cell per line (what PDF text extraction gives for a ruled table): the cells
 * stand each on a line of their own, with nothing that shows where a row ends. The rows and columns are
 * recovered only when the cells prove them, and read in one of two orders:
 * <ol>
 * <li><b>Row by row</b> (the reading order of print): a header of {@code n} cells (or {@code n − 1} over an empty
 *     corner above the row labels), then rows of {@code n} cells. A column count is proved when the cells after the
 *     header divide into rows of {@code n}, every header cell is words, every column below it is all figures or all
 *     words, at least one is all figures, and no other count does the same. Without a column of figures nothing
 *     tells a header cell from a row label, so such a table is not recovered.</li>
 * <li><b>Row by row under group labels</b> (tried when no plain row reading fits): a label line ({@code 东部地区})
 *     standing above the rows of its group. Where the rows' second column is figures, a label is told from a row's
 *     first cell by the line after it: words after a label (the next row's label), figures after a row's first cell.
 *     So the reading is made line by line, with no choice, for each column count; it is taken when the line under
 *     the header is a label, there are two labels or more and each has a row under it, the labels are words (not
 *     a unit in brackets, not a dash), the rows' first column is words and their second figures, every other column
 *     all figures or all words, and exactly one column count fits, and no reading a column at a time nor a plain row
 *     reading (where every group has one row, its label reads as well as the first column of a table a column wider
 *     over an empty corner). A label is a row
 *     of its own, the label in the first cell and the others empty. Not read so: a table of words only (there a label
 *     and a row's first cell look alike), and a header over an empty corner (its {@code n − 1} cells and a first
 *     label read just as well as a full header with a row above the first label, which is kept whole).</li>
 * <li><b>A column at a time</b>, each column's header first (tried only when no row reading fits, as when the first
 *     column holds figures, which a row reading would make headers): a run of {@code k} figures (dates, years,
 *     amounts) fixes the rows; every column is a header and {@code k} cells. A column may print a cell over two or
 *     three lines; lines are joined into one cell only as far as needed to make exactly {@code k}: first where a
 *     line ends open (with {@code ，、；：} or an open bracket or quote) or the next starts as a continuation
 *     ({@code ——}, {@code （2018…}), then also where a line is as wide as the column's widest. The reading must be
 *     the only one that fits.</li>
 * </ol>
 * Anything else is kept whole, with the reason in {@link Recovery#reason()}.
 */
public final class CellPerLineTable {
    /** A cell of figures: digits with decimal points, separators, ranges, percent signs; no words. */
    private static final Pattern FIGURES = Pattern.compile("^[（(]?[-−–+]?[0-9０-９][0-9０-９.．,，%％‰:：/\\-－–—~～ ]*[)）]?$");
    private static final Pattern OPEN_END = Pattern.compile(".*[，、；：,;:（(《“‘—\\-]$");
    private static final Pattern CONTINUATION_START = Pattern.compile("^(?:——|[）)》”’、，。；：]|[（(][0-9０-９]).*");
    private static final int MAX_COLUMNS = 8;
    /** Widest header cell, in display width. */
    private static final int HEADER_WIDTH = 40;

    /**
     * The outcome: the rows (the first the header; an empty corner is an empty string) when recovered, else no
     * rows and the reason; the source and note lines printed with the table (before or after its cells).
     */
    public record Recovery(List<List<String>> rows, List<String> sources, String reason) {
        public Recovery {
            rows = rows.stream().map(List::copyOf).toList();
            sources = List.copyOf(sources);
        }

        public boolean recovered() {
            return !rows.isEmpty();
        }

        static Recovery keptWhole(String reason) {
            return new Recovery(List.of(), List.of(), reason);
        }

        Recovery withSources(List<String> sources) {
            return new Recovery(rows, sources, reason);
        }
    }

    private CellPerLineTable() {
    }

    /** Whether a cell holds figures only (a year, a date, an amount, a range). */
    public static boolean isFigures(String cell) {
        return FIGURES.matcher(cell.strip()).matches();
    }

    /**
     * The lines printed under a caption read as a table of one cell per line: the source and note lines
     * ({@code 资料来源：…}, {@code 注：…}, where they stand) set apart, the rest recovered as cells; or null when
     * a line holds more than one cell (a table of rows, {@link PrintedTable}).
     */
    public static Recovery ofPrinted(List<String> afterCaption) {
        List<String> cells = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (String line : afterCaption) {
            if (line.isBlank()) {
                continue;
            }
            if (Captions.isSource(line)) {
                sources.add(line.strip());
            } else if (PrintedTable.isRow(line)) {
                return null;
            } else {
                cells.add(line.strip());
            }
        }
        return recover(cells).withSources(sources);
    }

    /** Recovers the rows of the cells printed one per line ({@code cells}: the lines between caption and source lines). */
    public static Recovery recover(List<String> cells) {
        List<String> lines = cells.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() < 4) {
            return Recovery.keptWhole("too few lines for a table of two columns and two rows");
        }
        boolean anyFigures = lines.stream().anyMatch(CellPerLineTable::isFigures);
        if (anyFigures) {
            List<List<List<String>>> byRows = byRows(lines);
            List<List<List<String>>> byGroups = byGroups(lines);
            if (byRows.size() == 1 && byGroups.isEmpty()) {
                return new Recovery(byRows.get(0), List.of(), null);
            }
            if (byRows.size() == 1) {
                return Recovery.keptWhole("printed one cell per line; rows under group labels of one row each fit the cells as well as"
                        + " rows with a column more");
            }
            if (byRows.size() > 1) {
                return Recovery.keptWhole("printed one cell per line; " + byRows.size() + " different column counts fit the cells");
            }
            List<List<List<String>>> byColumns = byColumns(lines);
            if (byGroups.size() == 1 && byColumns.isEmpty()) {
                return new Recovery(byGroups.get(0), List.of(), null);
            }
            if (!byGroups.isEmpty()) {
                return Recovery.keptWhole("printed one cell per line with group labels; more than one reading fits the cells");
            }
            if (byColumns.size() == 1) {
                return new Recovery(byColumns.get(0), List.of(), null);
            }
            if (byColumns.size() > 1) {
                return Recovery.keptWhole("printed a column at a time; more than one split into columns fits the cells");
            }
        }
        // long cells wrapped are read only where a line is longer than a label can be: among short lines alone, a line
        // that reaches a narrow column's width is as likely a cell or a group label of its own
        boolean longCells = lines.stream().anyMatch(l -> Texts.width(l) > WrappedCellTable.LABEL_WIDTH);
        WrappedCellTable.Readings wrapped = longCells ? WrappedCellTable.read(lines) : new WrappedCellTable.Readings(List.of(), false);
        if (wrapped.only() != null) {
            return new Recovery(wrapped.only(), List.of(), null);
        }
        if (longCells && (wrapped.exhausted() || wrapped.all().stream().anyMatch(WrappedCellTable.Reading::wrapped))) {
            return Recovery.keptWhole("printed one cell per line with long cells wrapped; " + (wrapped.exhausted() ? "too many" : wrapped.all().size())
                    + " grids of rows fit the lines, none clearly better (a group label over several rows, a two-line header?)");
        }
        if (!anyFigures) {
            return Recovery.keptWhole("printed one cell per line with no column of figures, so nothing shows where a row ends");
        }
        int run = longestFiguresRun(lines);
        return Recovery.keptWhole("printed one cell per line; neither rows of equal width nor columns of " + run
                + " cells (the longest run of figures) fit the " + lines.size() + " lines (a group heading, an empty cell or a cell over several lines?)");
    }

    /** Every row-by-row reading that fits (see the class comment). */
    private static List<List<List<String>>> byRows(List<String> lines) {
        List<List<List<String>>> out = new ArrayList<>();
        for (int n = 2; n <= MAX_COLUMNS; n++) {
            for (boolean corner : new boolean[] {false, true}) {
                int h = corner ? n - 1 : n;
                int rest = lines.size() - h;
                if (rest < 2 * n || rest % n != 0) {
                    continue;
                }
                List<String> header = lines.subList(0, h);
                if (!header.stream().allMatch(CellPerLineTable::isHeader)) {
                    continue;
                }
                List<List<String>> rows = new ArrayList<>();
                List<String> head = new ArrayList<>(header);
                if (corner) {
                    head.add(0, "");
                }
                rows.add(head);
                for (int r = 0; r < rest / n; r++) {
                    rows.add(lines.subList(h + r * n, h + (r + 1) * n));
                }
                if (columnsOfOneKind(rows.subList(1, rows.size()), corner)) {
                    out.add(rows);
                }
            }
        }
        return out;
    }

    /**
     * Every row-by-row reading with group labels that fits (see the class comment): under the header, each line is
     * a label when the line after it is words (in a row the cell after the label is figures), else it starts a row of
     * {@code n}. It fits when the first line under the header is a label, there are two labels or more, each with a
     * row under it, every label is words (not a unit in brackets), the rows' first column is words and their second
     * figures, and every other column all figures or all words. A label becomes a row of its own, the label in the
     * first cell and the others empty.
     */
    private static List<List<List<String>>> byGroups(List<String> lines) {
        List<List<List<String>>> out = new ArrayList<>();
        for (int n = 2; n <= MAX_COLUMNS; n++) {
            if (lines.size() < n + 2 * (1 + n) || !lines.subList(0, n).stream().allMatch(CellPerLineTable::isHeader)) {
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(lines.subList(0, n));
            List<List<String>> data = new ArrayList<>();
            int labels = 0;
            boolean afterLabel = false;
            boolean fits = true;
            for (int i = n; i < lines.size() && fits; ) {
                String next = i + 1 < lines.size() ? lines.get(i + 1) : null;
                if (next != null && !isFigures(next) && !TwoLineHeader.isNone(next)) {
                    fits = !afterLabel && isGroupLabel(lines.get(i));
                    List<String> label = new ArrayList<>(Collections.nCopies(n, ""));
                    label.set(0, lines.get(i));
                    rows.add(label);
                    labels++;
                    afterLabel = true;
                    i++;
                } else {
                    fits = labels > 0 && i + n <= lines.size();
                    if (fits) {
                        rows.add(lines.subList(i, i + n));
                        data.add(lines.subList(i, i + n));
                    }
                    afterLabel = false;
                    i += n;
                }
            }
            if (fits && labels >= 2 && !afterLabel && firstColumnsWordsThenFigures(data) && columnsOfOneKind(data, true)) {
                out.add(rows);
            }
        }
        return out;
    }

    private static boolean isGroupLabel(String line) {
        return isHeader(line) && GroupLabels.isLabelWords(line);
    }

    private static boolean firstColumnsWordsThenFigures(List<List<String>> data) {
        return data.stream().allMatch(r -> !isFigures(r.get(0)) && isFigures(r.get(1)));
    }

    /** Each column below the header is all figures or all words, at least one all figures; row labels are words. */
    private static boolean columnsOfOneKind(List<List<String>> data, boolean labels) {
        boolean figures = false;
        for (int c = 0; c < data.get(0).size(); c++) {
            int column = c;
            long count = data.stream().filter(r -> isFigures(r.get(column))).count();
            if (count == data.size()) {
                figures = true;
                if (c == 0 && labels) {
                    return false;
                }
            } else if (count != 0) {
                return false;
            }
        }
        return figures;
    }

    /** Every reading a column at a time that fits, at most two (two are enough to say it is not proved). */
    private static List<List<List<String>>> byColumns(List<String> lines) {
        int k = longestFiguresRun(lines);
        List<List<List<String>>> parses = new ArrayList<>();
        if (k < 2) {
            return parses;
        }
        split(lines, 0, k, new ArrayList<>(), parses);
        List<List<List<String>>> out = new ArrayList<>();
        for (List<List<String>> columns : parses) {
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= k; r++) {
                List<String> row = new ArrayList<>();
                for (List<String> column : columns) {
                    row.add(column.get(r));
                }
                rows.add(row);
            }
            out.add(rows);
        }
        return out;
    }

    /** Splits {@code lines} from {@code from} into columns of a header and {@code k} cells, collecting whole splits. */
    private static void split(List<String> lines, int from, int k, List<List<String>> columns, List<List<List<String>>> out) {
        if (out.size() > 1) {
            return;
        }
        if (from == lines.size()) {
            if (columns.size() >= 2 && columns.stream().anyMatch(c -> c.subList(1, c.size()).stream().allMatch(CellPerLineTable::isFigures))) {
                out.add(new ArrayList<>(columns));
            }
            return;
        }
        if (!isHeader(lines.get(from))) {
            return;
        }
        for (int end = from + 1 + k; end <= Math.min(lines.size(), from + 1 + 3 * k); end++) {
            List<String> cells = joined(lines.subList(from + 1, end), k);
            if (cells != null) {
                List<String> column = new ArrayList<>();
                column.add(lines.get(from));
                column.addAll(cells);
                columns.add(column);
                split(lines, end, k, columns, out);
                columns.remove(columns.size() - 1);
            }
        }
    }

    /** The lines joined into exactly {@code k} cells by the least joining that does it, or null. */
    private static List<String> joined(List<String> lines, int k) {
        if (lines.size() == k) {
            return lines;
        }
        int widest = lines.stream().filter(l -> !isFigures(l)).mapToInt(Texts::width).max().orElse(0);
        for (int level = 1; level <= 2; level++) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                cell.append(l);
                String next = i + 1 < lines.size() ? lines.get(i + 1) : null;
                boolean join = next != null && !isFigures(l) && (CONTINUATION_START.matcher(next).matches()
                        || !isFigures(next) && (OPEN_END.matcher(l).matches() || level == 2 && Texts.width(l) >= widest - 2));
                if (!join) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                }
            }
            if (cells.size() == k) {
                return cells;
            }
        }
        return null;
    }

    private static boolean isHeader(String line) {
        return !isFigures(line) && Texts.width(line) <= HEADER_WIDTH && !Texts.endsWithStop(line) && !OPEN_END.matcher(line).matches();
    }

    private static int longestFiguresRun(List<String> lines) {
        int best = 0;
        int run = 0;
        for (String l : lines) {
            run = isFigures(l) ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }
}
