package org.qikan.importer.layout;

/**
 * One unit of the issue's text after layout reading: a paragraph, a byline, a heading, a note at a page
 * bottom, a rule, or Markdown made by the importer itself. An immutable value: the stages that join cut
 * paragraphs or pair notes make new blocks ({@link #withText}) and new lists.
 *
 * @param kind      what the block is
 * @param text      its text (paragraph lines joined by a newline where the layout kept them apart)
 * @param line      the input line it starts on (0 for text the importer made)
 * @param page      printed page index, counted from 0 at every page bottom found
 * @param hashes    heading level the conversion gave ({@code #} count), 0 when none
 * @param noteLabel a note's label without decoration ({@code ①}, {@code 1}, {@code *}; empty when printed without
 *                  one), null for every other kind
 * @param pageStart whether the block started a printed page (layouts that show it)
 * @param shortEnd  whether its last printed line was shorter than a full line (wrapped layout: the paragraph
 *                  ended there as printed, unless the text says otherwise)
 */
public record Block(Kind kind, String text, int line, int page, int hashes, String noteLabel, boolean pageStart, boolean shortEnd) {
    public enum Kind {
        /** Running text. */
        PARA,
        /** The names printed under a title (wrapped layout, where the line's place says so). */
        BYLINE,
        HEADING,
        /** A note at a page bottom or after an article. */
        NOTE,
        /** A rule, or a line left empty where a page bottom's text was joined onto the note before it. */
        RULE,
        /** Markdown written by the importer (an editor's note as a quotation), passed through as it is. */
        MARKDOWN,
        /** A table printed as text (caption, rows, source lines). */
        TABLE,
        /** A figure's caption (and source lines) with no image. */
        FIGURE
    }

    public Block(Kind kind, String text, int line) {
        this(kind, text, line, 0, 0, null, false, false);
    }

    public static Block para(String text, int line) {
        return new Block(Kind.PARA, text, line);
    }

    public static Block heading(String text, int line, int hashes) {
        return new Block(Kind.HEADING, text, line, 0, hashes, null, false, false);
    }

    public static Block note(String text, int line, String label) {
        return new Block(Kind.NOTE, text, line, 0, 0, label, false, false);
    }

    /**
     * Whether the block is of kind {@code k}; a byline and the importer's Markdown count as paragraphs too,
     * as the text they are.
     */
    public boolean is(Kind k) {
        return kind == k || k == Kind.PARA && (kind == Kind.BYLINE || kind == Kind.MARKDOWN);
    }

    public Block withText(String newText) {
        return new Block(kind, newText, line, page, hashes, noteLabel, pageStart, shortEnd);
    }

    public Block withPage(int newPage) {
        return new Block(kind, text, line, newPage, hashes, noteLabel, pageStart, shortEnd);
    }

    public Block withPageStart(boolean starts) {
        return new Block(kind, text, line, page, hashes, noteLabel, starts, shortEnd);
    }

    public Block withShortEnd(boolean isShort) {
        return new Block(kind, text, line, page, hashes, noteLabel, pageStart, isShort);
    }

    /** This block read as a note of {@code label} on {@code newPage}. */
    public Block asNote(String label, int newPage) {
        return new Block(Kind.NOTE, text, line, newPage, 0, label, pageStart, false);
    }

    /** This block emptied into a rule: its text went to the note before it. */
    public Block asRule(int newPage) {
        return new Block(Kind.RULE, "", line, newPage, 0, null, pageStart, false);
    }

    @Override
    public String toString() {
        return kind + "@" + line + "/p" + page + (noteLabel == null ? "" : "[" + noteLabel + "]") + ": " + text;
    }
}
