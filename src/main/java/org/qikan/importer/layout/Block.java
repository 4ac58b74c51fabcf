package org.qikan.importer.layout;

/**
 * One unit of the issue's text after layout reading: a paragraph, a heading, a note at a page bottom,
 * or a rule. Mutable while the stages join cut paragraphs; {@code line} is the input line it starts on.
 */
public final class Block {
    /** TABLE: a table printed as text (caption, rows, source lines); FIGURE: a figure's caption (and source lines) with no image. */
    public enum Kind { PARA, HEADING, NOTE, RULE, TABLE, FIGURE }

    public Kind kind;
    public String text;
    public final int line;
    /** Printed page index, counted from 0 at every page bottom found. */
    public int page;
    /** Heading level the conversion gave ({@code #} count), 0 when none. */
    public int hashes;
    /** Note label without decoration ({@code ①}, {@code 1}, {@code *}) for notes. */
    public String label;
    /** Whether the block started a printed page (layouts that show it). */
    public boolean pageStart;

    public Block(Kind kind, String text, int line) {
        this.kind = kind;
        this.text = text;
        this.line = line;
    }

    public static Block para(String text, int line) {
        return new Block(Kind.PARA, text, line);
    }

    public boolean is(Kind k) {
        return kind == k;
    }

    @Override
    public String toString() {
        return kind + "@" + line + "/p" + page + (label == null ? "" : "[" + label + "]") + ": " + text;
    }
}
