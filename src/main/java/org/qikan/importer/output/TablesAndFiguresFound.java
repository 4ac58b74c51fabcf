package org.qikan.importer.output;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables printed as text and the figure captions an import found, each with its input line and the
 * output file and line it was written at: the report's "Tables and figures" section, and a thing to check
 * for every table kept whole.
 */
final class TablesAndFiguresFound {
    record Found(CaptionedMarkdown.Item item, String file, int fileLine) {
        String where() {
            return "line " + item.inputLine() + " → `" + file + ":" + fileLine + "`";
        }
    }

    private final List<Found> found = new ArrayList<>();

    /** Records the items of one article's text, finding each item's line in {@code text}. */
    void add(String file, String text, List<CaptionedMarkdown.Item> items) {
        int from = 0;
        for (CaptionedMarkdown.Item item : items) {
            int at = text.indexOf(item.firstLine(), from);
            if (at < 0) {
                at = Math.max(0, text.indexOf(item.firstLine()));
            }
            from = at + 1;
            int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
            found.add(new Found(item, file, line));
        }
    }

    List<Found> all() {
        return found;
    }

    long tables() {
        return found.stream().filter(f -> f.item().isTable()).count();
    }

    long recovered() {
        return found.stream().filter(f -> f.item().isTable() && f.item().recovered()).count();
    }

    long figures() {
        return found.stream().filter(f -> !f.item().isTable()).count();
    }

    /** A thing to check for every table kept whole. */
    List<ReviewChecks.Finding> findings() {
        List<ReviewChecks.Finding> out = new ArrayList<>();
        for (Found f : found) {
            if (f.item().isTable() && !f.item().recovered()) {
                out.add(new ReviewChecks.Finding(f.item().inputLine(), f.file() + ":" + f.fileLine(),
                        "table printed as text kept whole (rows and columns could not be recovered"
                                + (f.item().reason() == null ? "" : ": " + f.item().reason()) + "): “" + shorten(f.item().caption())
                                + "”; make it a Markdown table by hand"));
            }
        }
        return out;
    }

    /** The report's summary line. */
    String summary() {
        return "Tables printed as text: " + tables() + " (" + recovered() + " recovered as tables, " + (tables() - recovered())
                + " kept whole); figures with no image: " + figures();
    }

    /** The report's section, or nothing when none was found. */
    void section(StringBuilder out) {
        if (found.isEmpty()) {
            return;
        }
        out.append("## Tables and figures\n\n");
        for (Found f : found) {
            String what = !f.item().isTable() ? "figure with no image, shown as a placeholder"
                    : f.item().recovered() ? "table, rows and columns recovered" : "table kept whole as printed";
            out.append("- ").append(f.where()).append(": ").append(what).append(": “").append(cell(f.item().caption())).append("”\n");
        }
        out.append('\n');
    }

    private static String shorten(String text) {
        String t = cell(text);
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
