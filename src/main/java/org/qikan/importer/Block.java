package org.qikan.importer;

/**
 * One unit of the issue's text after layout reading: a paragraph, a heading, a note at a page bottom,
 * or a rule. Mutable while the stages join cut paragraphs; {@code line} is the input line it starts on.
 */
final class Block {
    enum Kind { PARA, HEADING, NOTE, RULE }

    Kind kind;
    String text;
    final int line;
    /** Printed page index, counted from 0 at every page bottom found. */
    int page;
    /** Heading level the conversion gave ({@code #} count), 0 when none. */
    int hashes;
    /** Note label without decoration ({@code ①}, {@code 1}, {@code *}) for notes. */
    String label;
    /** Whether the block started a printed page (layouts that show it). */
    boolean pageStart;

    Block(Kind kind, String text, int line) {
        this.kind = kind;
        this.text = text;
        this.line = line;
    }

    static Block para(String text, int line) {
        return new Block(Kind.PARA, text, line);
    }

    boolean is(Kind k) {
        return kind == k;
    }

    @Override
    public String toString() {
        return kind + "@" + line + "/p" + page + (label == null ? "" : "[" + label + "]") + ": " + text;
    }
}
