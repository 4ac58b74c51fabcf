package org.qikan.importer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table whose rows are grouped under label lines ({@code 东部地区}, {@code 一、货物贸易}): each label a line of one cell
 * standing alone above the rows of its group, the header above all. The table is read with each label a row of its own,
 * the label in the first cell and the other cells empty (Markdown tables have no cell spanning columns), when all of
 * these hold:
 * <ul>
 * <li>every line under the header is a label or a row as wide as the header (two cells or more);</li>
 * <li>the line right under the header is a label, every label has at least one row under it, and there are two labels
 *     or more: a single one-cell line may be the header's second line (a unit, a wrapped header cell), and a grouping
 *     has two groups at least;</li>
 * <li>a label is words: neither figures, nor a dash standing for none, nor a unit in brackets ({@code （亿元）});</li>
 * <li>a label stands in the first column: where cells are set apart by spaces, it starts left of every line's second
 *     cell; where by tabs, no tab before it. A one-cell line further right is a cell of another column wrapped;</li>
 * <li>a label is not what may be the wrapped end of a cell of words of the row above it: a cell goes on on the next
 *     line when its next word does not fit its column, and the end standing alone above a row fits the column; so
 *     the label is taken for a wrapped end when the cell with the label's first word (a Han character, or a Latin
 *     word and its space) after it is wider than both the label and the widest cell of the header and the rows
 *     (which the column is at least as wide as).</li>
 * </ul>
 * Anything else leaves the table to be kept whole. Not told apart: a header's second line that lost its leading
 * spaces (or stands under the header's first cell) above a table whose later one-cell line is a row with only its label
 * printed (its other cells empty) is read as a first group; a row with only its label printed is read as a label (the
 * Markdown is the same).
 */
final class GroupLabels {
    /** A unit in brackets: a header's second line, not a label. */
    private static final Pattern UNIT = Pattern.compile("^[（(][^（()）]*[)）]$");
    private static final Pattern LATIN_WORD = Pattern.compile("^[^\\s\\u2E80-\\uFFFF]+");

    private GroupLabels() {
    }

    /**
     * The rows with each group label made a row as wide as the header, or none and the reason when the table is not one
     * grouped under labels (see the class comment).
     *
     * @param rows    the cells of each line, the header first (rows of another width than the header's among them)
     * @param printed each line as printed (leading spaces or tabs kept where known)
     * @param spaces  whether the cells are set apart by spaces (so that where a cell stands is its column)
     */
    static PrintedTable.Reading read(List<List<String>> rows, List<String> printed, boolean spaces) {
        int width = rows.get(0).size();
        for (List<String> row : rows) {
            if (row.isEmpty()) {
                return PrintedTable.Reading.keptWhole("a line with no cell in it");
            }
            if (row.size() >= 2 && row.size() != width) {
                return PrintedTable.Reading.keptWhole("a row of " + row.size() + " cells under a header of " + width + " (“" + row.get(0) + "”)");
            }
        }
        List<Integer> full = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() == width) {
                full.add(i);
            }
        }
        int[] widest = new int[width];
        for (int i : full) {
            for (int c = 0; c < width; c++) {
                widest[c] = Math.max(widest[c], Texts.width(rows.get(i).get(c)));
            }
        }
        int secondCell = spaces ? full.stream().mapToInt(i -> secondCellStart(printed.get(i))).min().orElse(0) : 0;
        List<List<String>> out = new ArrayList<>();
        out.add(rows.get(0));
        List<String> labels = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() == width) {
                out.add(row);
                continue;
            }
            String why = notALabel(rows, i, printed.get(i), spaces, secondCell, widest);
            if (why != null) {
                return PrintedTable.Reading.keptWhole(why);
            }
            List<String> label = new ArrayList<>(List.of(row.get(0)));
            while (label.size() < width) {
                label.add("");
            }
            out.add(label);
            labels.add(row.get(0));
        }
        return labels.size() >= 2 ? new PrintedTable.Reading(out, null)
                : PrintedTable.Reading.keptWhole("one line of one cell only, “" + labels.get(0) + "” (a group label, or the header's second line?)");
    }

    /** Why line {@code i} (one cell, the header two or more) is no group label, or null when it is one. */
    private static String notALabel(List<List<String>> rows, int i, String printed, boolean spaces, int secondCell, int[] widest) {
        List<String> row = rows.get(i);
        String cell = row.get(0);
        if (!isLabel(row)) {
            return "a line of one cell that is no group label (figures, a dash or a unit): “" + cell + "”";
        }
        if (i > 1 && rows.get(1).size() == rows.get(0).size()) {
            return "rows above the first line of one cell, “" + cell + "” (a group label, or a wrapped cell?)";
        }
        if (i + 1 >= rows.size() || rows.get(i + 1).size() != rows.get(0).size()) {
            return "no row under “" + cell + "”";
        }
        if (!inFirstColumn(printed, spaces, secondCell)) {
            return "“" + cell + "” stands right of the first column (a wrapped cell?)";
        }
        if (i > 1 && mayBeWrappedEnd(rows.get(i - 1), cell, widest)) {
            return "“" + cell + "” may be the wrapped end of a cell of the row above it, the row of “" + rows.get(i - 1).get(0) + "”";
        }
        return null;
    }

    /** One cell of words: not figures, not a dash standing for none, not a unit in brackets. */
    private static boolean isLabel(List<String> row) {
        return row.size() == 1 && isLabelWords(row.get(0));
    }

    /** Whether a cell can be a group label: words, not figures, not a dash standing for none, not a unit in brackets. */
    static boolean isLabelWords(String cell) {
        return !cell.isEmpty() && !CellPerLineTable.isFigures(cell) && !TwoLineHeader.isNone(cell) && !UNIT.matcher(cell).matches();
    }

    /** Whether the line's one cell stands in the first column: left of every second cell, or with no tab before it. */
    private static boolean inFirstColumn(String line, boolean spaces, int secondCell) {
        String lead = line.substring(0, line.length() - line.stripLeading().length());
        return spaces ? Texts.width(lead) < secondCell : !lead.contains("\t");
    }

    private static int secondCellStart(String line) {
        List<PrintedCells.Cell> cells = PrintedCells.of(line);
        return cells.size() >= 2 ? cells.get(1).start() : Integer.MAX_VALUE;
    }

    /**
     * Whether {@code label} may go on a cell of words of the row above. A cell goes on on the next line when its next
     * word does not fit its column, and what stands alone above a row is the last of it, which fits the column: so the
     * column is at least as wide as the label and as the widest cell of the header and the rows, and narrower than the
     * cell with the label's first word (a Han character, or a Latin word and its space) after it.
     */
    private static boolean mayBeWrappedEnd(List<String> above, String label, int[] widest) {
        String first = firstWord(label);
        for (int c = 0; c < above.size(); c++) {
            String cell = above.get(c);
            if (cell.isEmpty() || CellPerLineTable.isFigures(cell) || TwoLineHeader.isNone(cell)) {
                continue;
            }
            boolean latinGap = cell.codePointBefore(cell.length()) < 0x2E80 && first.codePointAt(0) < 0x2E80;
            int tooWide = Texts.width(cell) + (latinGap ? 1 : 0) + Texts.width(first);
            if (Math.max(widest[c], Texts.width(label)) < tooWide) {
                return true;
            }
        }
        return false;
    }

    /** The first Latin word of a text, or its first character when that is Han (or another wide character). */
    private static String firstWord(String text) {
        java.util.regex.Matcher m = LATIN_WORD.matcher(text);
        return m.find() ? m.group() : text.substring(0, Character.charCount(text.codePointAt(0)));
    }
}
