package org.qikan.importer.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds tables printed as text and figure captions in text read one paragraph per line, and makes each a
 * block of its own kind ({@link Block.Kind#TABLE}, {@link Block.Kind#FIGURE}) holding its lines as printed:
 * the caption, the rows (for a table), and the source or note lines under it. A block of these kinds is
 * never joined with a paragraph by the page-cut joiners, so that no row is glued to the text around it.
 *
 * <p>A table runs from its caption ({@code 表 1：…}, {@code Table 1 …}) over the lines that are rows (two or
 * more cells, see {@link PrintedTable}), whether or not blank lines stand between them, up to and with the
 * source and note lines under it. A table printed one cell per line ({@link CellPerLineTable}) runs over the short
 * one-cell lines and the source lines among or after them. A short one-cell line among or after the rows (a group heading, a wrapped
 * cell, a row short of cells) stays in the table, which is then kept whole unless {@link GroupLabels} reads it as a
 * group label; a numbered one ({@code 一、货物贸易}) stays only where a row as wide as the header follows it
 * ({@link #numberedLabel}). A figure caption ({@code 图 1：…}, {@code Figure 1 …}) takes the source lines under it.
 */
public final class TablesAndFigures {
    /** Longest one-cell line kept inside a table, in display width. */
    private static final int SHORT_CELL = 30;
    /** A heading printed unnumbered by convention (引言, 结语, …). */
    private final List<Block> in;
    /** The input the blocks were read from, for a table line's leading spaces; null when the blocks stand alone. */
    private final SourceLines source;
    private final List<Block> out = new ArrayList<>();
    /** Position of the next line to read: block index and line index inside it. */
    private int block;
    private int line;

    private TablesAndFigures(List<Block> blocks, SourceLines source) {
        this.in = blocks;
        this.source = source;
    }

    /** Whether a line is a heading printed unnumbered by convention (引言, 结语, 结束语, …). */
    static boolean conventionalHeading(String line) {
        return Headings.isConventional(line);
    }

    /** Splits tables and figure captions out of {@code blocks} (in place). */
    public static void mark(List<Block> blocks) {
        mark(blocks, null);
    }

    /**
     * Splits tables and figure captions out of {@code blocks} (in place), a table's lines with the leading spaces they
     * have in {@code source} (each paragraph block holds its input lines from {@code Block.line()} on, stripped): where
     * a cell stands tells a header's second line from a row ({@link TwoLineHeader}).
     */
    public static void mark(List<Block> blocks, SourceLines source) {
        TablesAndFigures pass = new TablesAndFigures(blocks, source);
        pass.run();
        blocks.clear();
        blocks.addAll(pass.out);
    }

    private void run() {
        while (block < in.size()) {
            Block b = in.get(block);
            if (!b.is(Block.Kind.PARA) && !b.is(Block.Kind.HEADING)) {
                out.add(b);
                next();
                continue;
            }
            String[] lines = b.text().split("\n", -1);
            int caption = -1;
            for (int k = line; k < lines.length && caption < 0; k++) {
                if (Captions.isCaption(lines[k])) {
                    caption = k;
                }
            }
            if (caption < 0) {
                out.add(rest(b, lines, line, lines.length));
                next();
                continue;
            }
            if (caption > line) {
                out.add(rest(b, lines, line, caption));
            }
            line = caption;
            readCaptioned(b, lines[caption]);
        }
    }

    /** Reads the caption at the cursor and what belongs under it into one block. */
    private void readCaptioned(Block start, String caption) {
        boolean table = Captions.isTable(caption);
        int resultLine = start.line() + line;
        boolean resultPageStart = start.pageStart() && line == 0;
        advance();
        StringBuilder text = new StringBuilder(Captions.plain(caption));
        boolean sources = false;
        int rows = 0;
        int headerCells = 0;
        boolean cellPerLine = table && current() != null && oneCell(current()) && !PrintedTable.isRow(String.valueOf(peek()));
        while (current() != null) {
            String l = current();
            if (Captions.isSource(l)) {
                sources = true;
            } else if (cellPerLine && !sources && oneCell(l)) {
                rows++;
            } else if (sources || !table || cellPerLine) {
                break;
            } else if (PrintedTable.isRow(l)) {
                headerCells = rows == 0 ? PrintedTable.cellCount(l) : headerCells;
                rows++;
            } else if (rows > 0 && numberedLabel(l, String.valueOf(peek()), headerCells)) {
                rows++;
            } else if (!(shortCell(l) && (PrintedTable.isRow(String.valueOf(peek())) || rows > 0 && lastRowLike(l) && !atPageEnd()))) {
                break;
            }
            text.append('\n').append(asPrinted(l));
            advance();
        }
        out.add(new Block(table ? Block.Kind.TABLE : Block.Kind.FIGURE, text.toString(), resultLine, 0, 0, null, resultPageStart, false));
        if (block < in.size() && line > 0) {
            Block b = in.get(block);
            String[] lines = b.text().split("\n", -1);
            in.set(block, rest(b, lines, line, lines.length));
            line = 0;
        }
    }

    /**
     * A one-cell line that belongs to the table around it (a group heading, a wrapped cell, a row short of its
     * other cells): short, no sentence end, and not what starts the text after a table (a caption, a numbered or
     * conventional heading, a section line, a label, an editor's credit).
     */
    static boolean shortCell(String line) {
        String t = line.strip();
        return !t.isEmpty() && Texts.width(t) <= SHORT_CELL && !Texts.endsSentence(t) && !Captions.isCaption(t)
                && Headings.numberedLevel(t) == 0 && !Headings.isConventional(t) && !t.startsWith("■")
                && !t.startsWith("【") && !t.startsWith("〔") && !LabelWords.startsWithLabel(t) && !t.contains("责任编辑");
    }

    /**
     * A numbered line between a table's rows ({@code 一、货物贸易}, {@code （二）服务贸易}): a group label, not a heading,
     * when it is short, ends no sentence and the line after it is a row as wide as the table's header
     * ({@code headerCells}); a heading after a table is followed by text.
     */
    static boolean numberedLabel(String line, String next, int headerCells) {
        String t = line.strip();
        return Headings.numberedLevel(t) > 0 && Texts.width(t) <= SHORT_CELL && !Texts.endsSentence(t) && !PrintedTable.isRow(t)
                && headerCells >= 2 && PrintedTable.isRow(next) && PrintedTable.cellCount(next) == headerCells;
    }

    /** A line that can be one cell of a table printed one cell per line: a short one-cell line, or figures. */
    static boolean oneCell(String line) {
        return !PrintedTable.isRow(line) && (shortCell(line) || CellPerLineTable.isFigures(line));
    }

    /** A last row short of cells: no clause inside (a cut paragraph's first words have one, or stop at a page end). */
    static boolean lastRowLike(String line) {
        return !line.matches(".*[，。；：、,;].*");
    }

    /** Whether the cursor's line is the last of its block and a page bottom or a new page follows it. */
    private boolean atPageEnd() {
        Block b = in.get(block);
        if (line + 1 < b.text().split("\n", -1).length) {
            return false;
        }
        if (block + 1 >= in.size()) {
            return false;
        }
        Block next = in.get(block + 1);
        return next.is(Block.Kind.NOTE) || next.is(Block.Kind.RULE) || next.pageStart();
    }

    /** The line at the cursor ({@code l}) with the leading spaces it is printed with in the input, where that is known. */
    private String asPrinted(String l) {
        int index = in.get(block).line() - 1 + line;
        if (source != null && index >= 0 && index < source.size() && source.line(index).strip().equals(l.strip())) {
            return source.line(index).stripTrailing();
        }
        return l.stripTrailing();
    }

    /** The line at the cursor when it lies in a paragraph block (tables and captions run only through paragraphs). */
    private String current() {
        if (block >= in.size()) {
            return null;
        }
        Block b = in.get(block);
        if (!b.is(Block.Kind.PARA)) {
            return null;
        }
        String[] lines = b.text().split("\n", -1);
        return line < lines.length ? lines[line] : null;
    }

    /** The paragraph line after the cursor, or null. */
    private String peek() {
        int saveBlock = block;
        int saveLine = line;
        advance();
        String l = current();
        block = saveBlock;
        line = saveLine;
        return l;
    }

    private void advance() {
        String[] lines = in.get(block).text().split("\n", -1);
        line++;
        if (line >= lines.length) {
            next();
        }
    }

    private void next() {
        block++;
        line = 0;
    }

    /** A paragraph (or heading) holding lines {@code from} to {@code to} of {@code b}. */
    private static Block rest(Block b, String[] lines, int from, int to) {
        if (from == 0 && to == lines.length) {
            return b;
        }
        return new Block(b.kind(), String.join("\n", java.util.Arrays.asList(lines).subList(from, to)), b.line() + from, b.page(),
                b.hashes(), b.noteLabel(), b.pageStart() && from == 0, b.shortEnd());
    }

    /**
     * Where a table or figure that starts with the caption at {@code lines[from]} ends in hard-wrapped text
     * (index after its last line; {@code lines} are the text lines of one printed page). Wrapped text prints
     * a table's cells one per line, so the rows cannot be told apart: a table runs to a numbered heading,
     * another caption, the page's end, or the first line of a full width after its source line. A figure
     * takes its source lines (a full-width source line goes on to the line that ends a sentence).
     */
    public static int wrappedEnd(List<String> lines, int from, int fullWidth) {
        boolean table = Captions.isTable(lines.get(from));
        int i = from + 1;
        boolean sources = false;
        while (i < lines.size()) {
            String l = lines.get(i).strip();
            boolean full = Texts.width(l) >= fullWidth * 0.9;
            if (Captions.isSource(l)) {
                sources = true;
                i++;
                for (int more = 0; full && !Texts.endsSentence(l) && more < 3 && i < lines.size(); more++) {
                    l = lines.get(i).strip();
                    full = Texts.width(l) >= fullWidth * 0.9;
                    i++;
                }
                continue;
            }
            if (!table || Captions.isCaption(l) || Headings.numberedLevel(l) > 0 && !full
                    || sources && Texts.width(l) >= fullWidth * 0.6) {
                break;
            }
            i++;
        }
        return i;
    }
}
