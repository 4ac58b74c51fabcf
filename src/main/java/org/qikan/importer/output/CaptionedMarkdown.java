package org.qikan.importer.output;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.Captions;
import org.qikan.importer.layout.CellPerLineTable;
import org.qikan.importer.layout.PageJoiner;
import org.qikan.importer.layout.PrintedTable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes tables printed as text and figure captions as Markdown, and keeps a record of each for the report.
 * <ul>
 * <li>A table whose rows and columns are recovered ({@link PrintedTable#recoveredRows()}) becomes a Markdown table
 *     (first row the header, a group label a row of its own) with its caption on the line after it, {@code [表 1：…]} (rendered as the table's
 *     {@code <caption>}); the source and note lines follow as a paragraph.</li>
 * <li>Any other table is kept whole, as printed: one paragraph, a line per printed line (hard line breaks),
 *     cells set apart by an ideographic space; the report lists it.</li>
 * <li>A figure caption becomes {@code ::: figure-missing 图 1：…}, shown as a figure placeholder; its source
 *     lines follow as a paragraph.</li>
 * </ul>
 */
final class CaptionedMarkdown {
    /** What was found and how it was written: the input line, the caption, and the Markdown's first line. */
    record Item(Block.Kind kind, int inputLine, String caption, boolean recovered, String firstLine, String reason) {
        Item(Block.Kind kind, int inputLine, String caption, boolean recovered, String firstLine) {
            this(kind, inputLine, caption, recovered, firstLine, null);
        }

        boolean isTable() {
            return kind == Block.Kind.TABLE;
        }
    }

    private static final Pattern LINE_START = Pattern.compile("^(?:#|[-+*>=]\\s|\\d{1,9}[.)](?:\\s|$)|:::)");

    private final boolean escape;
    private final ChinesePunctuation punctuation;
    final List<Item> items = new ArrayList<>();

    CaptionedMarkdown(boolean escape, ChinesePunctuation punctuation) {
        this.escape = escape;
        this.punctuation = punctuation;
    }

    String write(Block b) {
        List<String> lines = List.of(PageJoiner.withoutMarks(b.text()).split("\n"));
        if (b.is(Block.Kind.FIGURE)) {
            String caption = Captions.plain(lines.get(0));
            String first = "::: figure-missing " + text(caption);
            items.add(new Item(b.kind(), b.line(), caption, true, first));
            return first + sources(lines.subList(1, lines.size()));
        }
        PrintedTable table = PrintedTable.read(lines);
        String caption = table.caption() == null ? lines.get(0).strip() : table.caption();
        List<List<String>> rows = table.recoveredRows();
        List<String> sources = table.sources();
        boolean recovered = !rows.isEmpty();
        String reason = null;
        CellPerLineTable.Recovery cells = recovered || table.caption() == null ? null : CellPerLineTable.ofPrinted(lines.subList(1, lines.size()));
        if (cells != null) {
            reason = cells.reason();
            if (cells.recovered()) {
                rows = cells.rows();
                sources = cells.sources();
                recovered = true;
            }
        }
        if (!recovered) {
            reason = reason == null ? table.keptWholeReason() : reason;
            List<String> printed = new ArrayList<>();
            for (String line : lines) {
                if (!line.isBlank()) {
                    printed.add(lineStart(text(line.strip().replaceAll("\\t+", "\u3000"))));
                }
            }
            String md = String.join("\\\n", printed);
            items.add(new Item(b.kind(), b.line(), caption, false, printed.get(0), reason));
            return md;
        }
        StringBuilder md = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            md.append('|');
            for (String cell : rows.get(r)) {
                md.append(' ').append(cell(cell)).append(" |");
            }
            md.append('\n');
            if (r == 0) {
                md.append("|---".repeat(rows.get(0).size())).append("|\n");
            }
        }
        md.append('[').append(text(caption).replace("[", "\\[").replace("]", "\\]")).append(']');
        String first = md.substring(0, md.indexOf("\n"));
        items.add(new Item(b.kind(), b.line(), caption, true, first));
        return md + sources(sources);
    }

    /** The source and note lines under a table or figure as a paragraph after it (a line each), or nothing. */
    private String sources(List<String> lines) {
        List<String> out = lines.stream().filter(l -> !l.isBlank()).map(l -> lineStart(text(l.strip()))).toList();
        return out.isEmpty() ? "" : "\n\n" + String.join("\\\n", out);
    }

    private String cell(String cell) {
        return text(cell);
    }

    private String text(String raw) {
        String t = punctuation.apply(raw).replace("[^", "\\[^");
        if (!escape) {
            return t.replace("|", "\\|");
        }
        StringBuilder out = new StringBuilder();
        for (char c : t.toCharArray()) {
            if ("\\*_`<>[]|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A backslash before what would start a heading, list, quote or directive at a line's start. */
    private static String lineStart(String line) {
        return LINE_START.matcher(line).find() ? "\\" + line : line;
    }
}
