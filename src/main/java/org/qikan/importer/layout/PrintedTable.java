package org.qikan.importer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table printed as text: its caption line, the lines of its rows, and the source or note lines under it.
 * Cells are separated by tabs where any row has one, else by {@code |}, else by runs of two or more spaces or
 * by ideographic spaces. The rows are recovered (and the table can be written as a Markdown table) when
 * there are at least two rows, the first (the header, joined with its second line where {@link TwoLineHeader}
 * shows it printed over two) has at least two cells and every row has as many cells as the header, or the rows are
 * grouped under label lines of one cell ({@link GroupLabels}); otherwise the lines are kept whole, as printed.
 *
 * @param caption the caption line, or null
 * @param lines   the lines between the caption and the source lines, as printed
 * @param sources the source and note lines ({@code 资料来源：…}, {@code 注：…})
 * @param rows    the cells of each line of {@code lines}
 */
public record PrintedTable(String caption, List<String> lines, List<String> sources, List<List<String>> rows) {
    private static final Pattern TAB = Pattern.compile("\\t+");
    private static final Pattern PIPE = Pattern.compile("\\s*(?<!\\\\)\\|\\s*");
    private static final Pattern SPACES = Pattern.compile("(?: {2,}|[ ]*\\u3000[ \\u3000]*)");
    /** A Markdown table's delimiter row: {@code |---|:---:|}. */
    private static final Pattern DELIMITER_ROW = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)*\\|?$");

    public PrintedTable {
        lines = List.copyOf(lines);
        sources = List.copyOf(sources);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Reads the printed lines of a table block: the caption first (if it is one), the source lines last. */
    public static PrintedTable read(List<String> printed) {
        List<String> body = new ArrayList<>(printed.stream().map(String::stripTrailing).filter(l -> !l.isBlank()).toList());
        String caption = !body.isEmpty() && Captions.isTable(body.get(0)) ? body.remove(0).strip() : null;
        List<String> sources = new ArrayList<>();
        int firstSource = body.size();
        for (int i = 0; i < body.size(); i++) {
            if (Captions.isSource(body.get(i))) {
                firstSource = i;
                break;
            }
        }
        if (firstSource < body.size() && body.subList(firstSource, body.size()).stream().allMatch(PrintedTable::sourceLike)) {
            sources.addAll(body.subList(firstSource, body.size()).stream().map(String::strip).toList());
            body = new ArrayList<>(body.subList(0, firstSource));
        }
        Pattern separator = separator(body);
        List<List<String>> rows = new ArrayList<>();
        for (String line : body) {
            rows.add(cells(line, separator));
        }
        return new PrintedTable(caption, body, sources, rows);
    }

    /** Whether the line, on its own, is a row of at least two cells. */
    public static boolean isRow(String line) {
        String t = line.strip();
        if (t.isEmpty() || Captions.isSource(t)) {
            return false;
        }
        List<String> cells = lineCells(line);
        return cells.size() >= 2 && cells.stream().allMatch(c -> Texts.width(c) <= 120);
    }

    /** How many cells the line holds, read on its own (tabs, else {@code |}, else runs of spaces set them apart). */
    public static int cellCount(String line) {
        return lineCells(line).size();
    }

    private static List<String> lineCells(String line) {
        String t = line.strip();
        return cells(line, t.contains("\t") ? TAB : t.contains("|") ? PIPE : SPACES);
    }

    /**
     * Whether rows and columns are recovered ({@link #recoveredRows()} is not empty).
     */
    public boolean recovered() {
        return !recoveredRows().isEmpty();
    }

    /**
     * The rows of the table as a grid (the header first), or none when rows and columns are not recovered: a header of
     * two or more cells and every row as wide as it, or rows grouped under label lines of one cell, each label made a
     * row of its own ({@link GroupLabels}); not where the line under the header may be the header's, wrapped in every
     * cell ({@link TwoLineHeader#wrappedOverEveryCell}).
     */
    public List<List<String>> recoveredRows() {
        return reading().rows();
    }

    /**
     * Why rows and columns are not recovered, for the report: a line under the header that may be the header's, a row
     * of another width, a line of one cell that is no group label ({@link GroupLabels}); null when they are recovered or
     * when there is nothing under the header.
     */
    public String keptWholeReason() {
        return reading().reason();
    }

    /** How the rows were read: the grid (header first, a group label a row of its own), or none and why not. */
    record Reading(List<List<String>> rows, String reason) {
        static Reading keptWhole(String reason) {
            return new Reading(List.of(), reason);
        }
    }

    private Reading reading() {
        List<List<String>> data = dataRows();
        if (data.size() < 2 || data.get(0).size() < 2) {
            return Reading.keptWhole(null);
        }
        if (data.size() >= 3 && TwoLineHeader.wrappedOverEveryCell(data.get(0), data.get(1), data.subList(2, data.size()))) {
            return Reading.keptWhole("the line under the header may be the header's, wrapped in every cell, or a first row with no figure");
        }
        int width = data.get(0).size();
        if (data.stream().allMatch(r -> r.size() == width)) {
            return new Reading(data, null);
        }
        List<String> printed = printedDataLines();
        if (printed.size() != data.size()) {
            return Reading.keptWhole(null);
        }
        return GroupLabels.read(data, printed, separator(lines) == SPACES);
    }

    /**
     * The rows without a Markdown delimiter row the converter may already have written, and with a header printed over
     * two lines (cells set apart by spaces) made one row ({@link TwoLineHeader}).
     */
    public List<List<String>> dataRows() {
        List<List<String>> out = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!isDelimiterRow(i)) {
                out.add(rows.get(i));
                printed.add(lines.get(i));
            }
        }
        if (out.size() >= 3 && separator(lines) == SPACES) {
            TwoLineHeader.join(printed.get(0), printed.get(1), out.subList(2, out.size())).ifPresent(header -> {
                out.set(0, header);
                out.remove(1);
            });
        }
        return out;
    }

    /** The printed lines of the rows, without a Markdown delimiter row. */
    private List<String> printedDataLines() {
        List<String> printed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!isDelimiterRow(i)) {
                printed.add(lines.get(i));
            }
        }
        return printed;
    }

    private boolean isDelimiterRow(int i) {
        return DELIMITER_ROW.matcher(lines.get(i).strip()).matches();
    }

    private static boolean sourceLike(String line) {
        return !isRow(line) || Captions.isSource(line);
    }

    private static Pattern separator(List<String> body) {
        if (body.stream().anyMatch(l -> l.contains("\t"))) {
            return TAB;
        }
        if (body.stream().anyMatch(l -> l.contains("|"))) {
            return PIPE;
        }
        return SPACES;
    }

    private static List<String> cells(String line, Pattern separator) {
        String t = line.strip();
        if (separator == PIPE) {
            t = t.replaceFirst("^\\|", "").replaceFirst("(?<!\\\\)\\|$", "");
        }
        List<String> out = new ArrayList<>();
        for (String cell : separator.split(t, -1)) {
            out.add(cell.strip());
        }
        if (out.size() == 1 && out.get(0).isEmpty()) {
            return List.of();
        }
        return out;
    }
}
