package org.qikan.importer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of a table line whose cells are set apart by spaces, each with the display columns it stands in as
 * printed (leading spaces kept, a Han character two columns wide): where a cell stands tells which column it is in.
 */
final class PrintedCells {
    /** The gap between cells: two or more spaces, or an ideographic space (as {@link PrintedTable} splits cells). */
    private static final Pattern GAP = Pattern.compile(" {2,}|[ ]*\u3000[ \u3000]*");

    /** A cell and the display columns it spans on its printed line, {@code end} exclusive. */
    record Cell(String text, int start, int end) {
    }

    private PrintedCells() {
    }

    /** The cells of a printed line with their display columns. */
    static List<Cell> of(String line) {
        String t = line.stripTrailing();
        List<Cell> out = new ArrayList<>();
        Matcher gap = GAP.matcher(t);
        int from = 0;
        while (from <= t.length()) {
            int to = gap.find(from) ? gap.start() : t.length();
            String piece = t.substring(from, to);
            String text = piece.strip();
            if (!text.isEmpty()) {
                int start = Texts.width(t.substring(0, from + piece.indexOf(text)));
                out.add(new Cell(text, start, start + Texts.width(text)));
            }
            if (to == t.length()) {
                break;
            }
            from = gap.end();
        }
        return out;
    }
}
