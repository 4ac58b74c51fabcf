package org.qikan.importer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table printed one cell per line, row after row, whose long cells are hard-wrapped at their column's width (what
 * PDF text extraction gives for a ruled table of words): a header of column names, with or without the corner cell
 * above the row labels, then rows of a row label (a short line) and a cell per column, where a cell goes on over the
 * next lines as long as its line reaches the column's width. Nothing marks where a row ends, so the rows are
 * recovered from the layout rules alone:
 * <ul>
 * <li>a row label and a header cell are one short line (at most {@value #LABEL_WIDTH} columns, not figures in the
 *     header, no clause or sentence punctuation, no list set apart by {@code 、});</li>
 * <li>a line that stops short of its column's width (the column's widest line, less a quarter of it: Chinese
 *     typesetting squeezes punctuation and keeps a mark off a line's start, and a Latin word moves to the next
 *     line whole) ends its cell; a line that reaches the width may end its cell or go on;</li>
 * <li>the reading is tried only where a line is wider than a label can be ({@value #LABEL_WIDTH} columns,
 *     {@link CellPerLineTable}): among short lines alone, a line that reaches a narrow column's width is as likely a
 *     cell, or a group label, of its own;</li>
 * <li>figures are never wrapped, and each column, the row labels' included, is all figures or all words (a dash for
 *     none goes with either): a reading that mixes them in a column has cut the rows in the wrong places (as in a table
 *     of figures grouped under labels that no other reading fits);</li>
 * <li>a word broken with {@code ⁃} or after its own hyphen goes on in the next line, and a line that starts with a
 *     mark that never starts a line of print ({@code ，、。；：）》”}) goes on the line before it: neither ends or
 *     starts a cell or a label.</li>
 * </ul>
 * Every column count (two to {@value #MAX_COLUMNS}) and both headers (corner printed or not) are tried, and every way
 * of ending cells at lines that reach the width. The grid is recovered only when exactly one reading fits and it
 * has at least one wrapped cell (the evidence that the lines are cells of this shape): a table that fits two
 * readings, or none, is kept whole. The wrapped lines of a cell are joined as a wrapped paragraph is
 * ({@link Texts#joinCut}: Han with no space, Latin with a space, a word broken with {@code ⁃} closed up).
 */
public final class WrappedCellTable {
    static final int MAX_COLUMNS = 6;
    /** Widest row label or header cell, in display width. */
    static final int LABEL_WIDTH = 16;
    /** Search steps before the search gives up (the table is then kept whole). */
    private static final int BUDGET = 200_000;
    private static final Pattern CLAUSE = Pattern.compile(".*[，、。；：！？,;].*");
    /** A mark that never starts a printed line of its own text: the line goes on the cell above it. */
    private static final Pattern GOES_ON = Pattern.compile("^[，、。；：！？）》」』”’,.;:!?)\\]].*");

    /** Readings looked for before the table is called ambiguous. */
    private static final int MAX_READINGS = 64;

    /**
     * A grid that fits: its count of cells that end on a line reaching the column's width ({@code fullEnds}, each a
     * coincidence: a cell's text that happened to end at the column's edge), of wrapped lines more than a character
     * short of the width where the next word would have fitted ({@code looseWraps}), and whether any cell is wrapped.
     */
    public record Reading(List<List<String>> grid, int fullEnds, int looseWraps, int wraps) {
        boolean wrapped() {
            return wraps > 0;
        }
    }

    /** The outcome: the readings found and whether the search gave up (too many steps or readings). */
    public record Readings(List<Reading> all, boolean exhausted) {
        public Readings {
            all = List.copyOf(all);
        }

        /**
         * The grid taken, or null. The readings are weighed as a precise wrap would print them (every wrapped line
         * within a character of its column's width: the fewest coincidences and loose wraps, by four clear of every
         * other reading) and as a loose one (PDF text set justified, marks squeezed: a reading with no cell ending on a
         * full line, every other with three or more; taken only for a reading at least half of whose wraps are loose and
         * that no other reading outweighs as a precise wrap). The grid is taken when one weighing finds a clear winner, it has a
         * wrapped cell (a reading of single lines has nothing that shows it is the one printed), and the other weighing
         * does not find a different one.
         */
        public List<List<String>> only() {
            if (exhausted || all.isEmpty()) {
                return null;
            }
            Reading precise = winner(Readings::precise, 4, false);
            Reading looseWinner = winner(Reading::fullEnds, 3, true);
            Reading loose = looseWinner;
            if (loose != null && (loose.looseWraps() * 2 < loose.wraps() || all.stream().anyMatch(r -> precise(r) < precise(looseWinner)))) {
                loose = null; // most wraps precise (the precise weighing's to decide), or a reading weighs less as a precise wrap
            }
            if (precise != null && loose != null && precise != loose) {
                return null;
            }
            Reading taken = precise != null ? precise : loose;
            return taken == null || !taken.wrapped() ? null : taken.grid();
        }

        private static int precise(Reading r) {
            return r.fullEnds() + r.looseWraps();
        }

        private Reading winner(java.util.function.ToIntFunction<Reading> score, int margin, boolean none) {
            Reading best = all.stream().min(java.util.Comparator.comparingInt(score)).orElseThrow();
            int least = score.applyAsInt(best);
            boolean clear = (!none || least == 0) && all.stream().allMatch(r -> r == best || score.applyAsInt(r) >= least + margin);
            return clear ? best : null;
        }
    }

    private final List<String> lines;
    private final int[] widths;
    private final boolean[] figures;
    private final int columns;
    private final int header;
    /** The last line of each cell, by row then column ({@code -1} for the label, which is one line). */
    private final List<int[]> cellEnds = new ArrayList<>();
    private final int[] widest;
    private final List<Reading> found;
    private int steps;

    private WrappedCellTable(List<String> lines, int columns, int header, List<Reading> found, int steps) {
        this.lines = lines;
        this.widths = lines.stream().mapToInt(Texts::width).toArray();
        this.figures = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            figures[i] = CellPerLineTable.isFigures(lines.get(i));
        }
        this.columns = columns;
        this.header = header;
        this.widest = new int[columns];
        this.found = found;
        this.steps = steps;
    }

    /**
     * The readings of the cells ({@code lines}: the lines between caption and source lines): first as a precise wrap
     * (every wrapped line within a character of its column's width, or the next word would not have fitted); when no
     * reading with a wrapped cell fits that, as a loose one (a quarter of the width, as PDF text set justified with squeezed marks gives).
     */
    public static Readings read(List<String> cells) {
        List<String> lines = cells.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<Reading> found = new ArrayList<>();
        int steps = 0;
        for (int n = 2; n <= MAX_COLUMNS && found.size() < MAX_READINGS && steps < BUDGET; n++) {
            for (boolean corner : new boolean[] {false, true}) {
                int h = corner ? n : n - 1;
                if (h >= lines.size() || !lines.subList(0, h).stream().allMatch(WrappedCellTable::headerCell)) {
                    continue;
                }
                WrappedCellTable search = new WrappedCellTable(lines, n, h, found, steps);
                search.row(h);
                steps = search.steps;
                if (found.size() >= MAX_READINGS || steps >= BUDGET) {
                    break;
                }
            }
        }
        return new Readings(found, steps >= BUDGET || found.size() >= MAX_READINGS);
    }

    /** A header cell: a short line of words naming one column. */
    static boolean headerCell(String line) {
        return label(line) && !CellPerLineTable.isFigures(line);
    }

    /** A row label: a short line naming one row, with no clause or sentence punctuation and no list set apart by {@code 、}. */
    static boolean label(String line) {
        String t = line.strip();
        return !t.isEmpty() && Texts.width(t) <= LABEL_WIDTH && !CLAUSE.matcher(t).matches() && !Texts.endsWithStop(t)
                && !GOES_ON.matcher(t).matches() && !broken(t);
    }

    /**
     * Whether line {@code i} reaches {@code width}, the widest line of its column: it is at most a character short of
     * it (a quarter of the width when read loosely: Chinese typesetting squeezes punctuation and keeps a mark off a
     * line's start), or the next line's first word would not have fitted on it (a Latin word moves to the next line whole).
     */
    private boolean reaches(int i, int width) {
        return reaches(i, width, Math.max(4, width / 4));
    }

    private boolean reaches(int i, int width, int slack) {
        if (widths[i] >= width - slack) {
            return true;
        }
        return i + 1 < lines.size() && widths[i] + firstWord(lines.get(i), lines.get(i + 1)) > width;
    }

    /** The width the next line's first word takes at the end of {@code line}: a Han character, or a Latin word and its space. */
    private static int firstWord(String line, String next) {
        int first = next.codePointAt(0);
        if (first >= 0x2E80) {
            return 2;
        }
        int end = 0;
        while (end < next.length() && next.charAt(end) < 0x2E80 && next.charAt(end) != ' ') {
            end++;
        }
        return end + (line.charAt(line.length() - 1) < 0x2E80 ? 1 : 0);
    }

    /** A line that cannot end a cell: a word broken with {@code ⁃} or after its own hyphen goes on. */
    private static boolean broken(String line) {
        return line.endsWith("⁃") || line.matches(".*\\p{IsLatin}-$");
    }

    private boolean over() {
        return ++steps >= BUDGET || found.size() >= MAX_READINGS;
    }

    /** Reads a row from line {@code p}: its label, then its cells. */
    private void row(int p) {
        if (over()) {
            return;
        }
        if (p == lines.size()) {
            complete();
            return;
        }
        if (!label(lines.get(p))) {
            return;
        }
        int[] ends = new int[columns];
        ends[0] = p;
        cellEnds.add(ends);
        int saved = widest[0];
        widest[0] = Math.max(widest[0], widths[p]);
        cell(p + 1, 1);
        widest[0] = saved;
        cellEnds.remove(cellEnds.size() - 1);
    }

    /** Reads the cell of column {@code c} from line {@code p}, ending it at each line where it may end. */
    private void cell(int p, int c) {
        if (p >= lines.size() || GOES_ON.matcher(lines.get(p)).matches()) {
            return;
        }
        int saved = widest[c];
        for (int end = p; end < lines.size() && !over(); end++) {
            widest[c] = Math.max(widest[c], widths[end]);
            cellEnds.get(cellEnds.size() - 1)[c] = end;
            if (broken(lines.get(end)) || end + 1 < lines.size() && GOES_ON.matcher(lines.get(end + 1)).matches()) {
                continue; // a broken word, or a mark that cannot start the next cell: the cell goes on
            }
            if (c + 1 < columns) {
                cell(end + 1, c + 1);
            } else {
                row(end + 1);
            }
            // the cell goes on past line `end` only where that line reaches the column's width so far
            if (figures[end] || end + 1 < lines.size() && figures[end + 1] || !reaches(end, widest[c])) {
                break;
            }
        }
        widest[c] = saved;
    }

    /**
     * Whether each column, the row labels' included, is all figures or all words below the header (a dash standing for
     * none goes with either): a reading that puts figures and words in one column has cut the rows in the wrong places.
     */
    private boolean columnsOfOneKind() {
        int start = header;
        int[] figureCells = new int[columns];
        int[] wordCells = new int[columns];
        for (int[] ends : cellEnds) {
            for (int c = 0; c < columns; c++) {
                if (start == ends[c] && figures[start]) {
                    figureCells[c]++;
                } else if (start != ends[c] || !TwoLineHeader.isNone(lines.get(start))) {
                    wordCells[c]++;
                }
                start = ends[c] + 1;
            }
        }
        for (int c = 0; c < columns; c++) {
            if (figureCells[c] > 0 && wordCells[c] > 0) {
                return false;
            }
        }
        return true;
    }

    /** A reading that reached the last line: checked against the columns' final widths, and kept if it is new. */
    private void complete() {
        if (cellEnds.size() < 2) {
            return;
        }
        if (!columnsOfOneKind()) {
            return;
        }
        int[] width = new int[columns];
        int start = header;
        for (int[] ends : cellEnds) {
            for (int c = 0; c < columns; c++) {
                for (int i = start; i <= ends[c]; i++) {
                    width[c] = Math.max(width[c], widths[i]);
                }
                start = ends[c] + 1;
            }
        }
        int fullEnds = 0;
        int looseWraps = 0;
        int wrapCount = 0;
        boolean wrapped = false;
        boolean[] wraps = new boolean[columns];
        start = header;
        for (int[] ends : cellEnds) {
            for (int c = 0; c < columns; c++) {
                for (int i = start; i < ends[c]; i++) {
                    wrapped = true;
                    wrapCount++;
                    wraps[c] = true;
                    if (!reaches(i, width[c])) {
                        return;
                    }
                    if (!reaches(i, width[c], 2) && !broken(lines.get(i)) && !GOES_ON.matcher(lines.get(i + 1)).matches()) {
                        looseWraps++; // a loose wrap: more than a character short of the width, and the next word would have fitted
                    }
                }
                start = ends[c] + 1;
            }
        }
        // cells of the data columns that end on a full line; in a column with no wrapped cell its widest cell sets the width
        for (int c = 1; c < columns; c++) {
            fullEnds -= wraps[c] ? 0 : 1;
        }
        start = header;
        for (int[] ends : cellEnds) {
            for (int c = 0; c < columns; c++) {
                if (c > 0 && reaches(ends[c], width[c])) {
                    fullEnds++;
                }
                start = ends[c] + 1;
            }
        }
        List<List<String>> grid = new ArrayList<>();
        List<String> head = new ArrayList<>(lines.subList(0, header));
        if (header < columns) {
            head.add(0, "");
        }
        grid.add(head);
        start = header;
        for (int[] ends : cellEnds) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                String text = lines.get(start);
                for (int i = start + 1; i <= ends[c]; i++) {
                    text = Texts.joinCut(text, lines.get(i));
                }
                row.add(text);
                start = ends[c] + 1;
            }
            grid.add(row);
        }
        if (found.stream().noneMatch(r -> r.grid().equals(grid))) {
            found.add(new Reading(grid, fullEnds, looseWraps, wrapCount));
        }
    }
}
