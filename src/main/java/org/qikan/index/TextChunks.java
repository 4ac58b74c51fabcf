package org.qikan.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's text, its body (each section's heading line and text) and then its notes (one per
 * line), cut into small chunks, the units a result's snippet is looked for in, and the chunks shared
 * between two halves, the two files a result's text is loaded in. Chunks are about
 * {@value #CHUNK_BYTES} bytes of UTF-8, cut only at line breaks or, in a longer line, after a
 * character that is neither Han nor part of a word, so no term spans two chunks: the terms of the
 * body (of the notes) are the terms of its chunks, in order. The index records for each term and
 * document which half first holds the term in the body and in the notes; the browser loads that half.
 */
public final class TextChunks {
    /** About 2 KB raw: a few paragraphs, enough for a snippet. */
    static final int CHUNK_BYTES = 2048;
    /** The halves a document's text is stored in: half 0 holds the chunks that start before half of the text's bytes. */
    public static final int HALVES = 2;

    private TextChunks() {
    }

    /** Which field a chunk belongs to. */
    public enum Source { BODY, NOTES }

    /**
     * @param source the field the chunk is a piece of
     * @param anchor for a body chunk, the section's heading id ({@code ""} before the first heading); for a
     *               chunk of notes, the ids of its notes separated by spaces, one per line of the text
     * @param text   a piece of the field's text, the heading line first in a section's first chunk
     * @param half   0 or 1: which of the document's two text files holds the chunk
     */
    public record Chunk(Source source, String anchor, String text, int half) {
    }

    /** The body's chunks in reading order, then the notes', each with its half. */
    public static List<Chunk> of(SearchDocument doc) {
        List<Chunk> pieces = new ArrayList<>();
        for (SearchDocument.BodySection section : doc.sections()) {
            StringBuilder text = new StringBuilder();
            appendLine(text, section.heading());
            appendLine(text, section.text());
            cut(Source.BODY, section.anchor(), text.toString(), pieces);
        }
        cutNotes(doc.notes(), pieces);
        long total = 0;
        long[] sizes = new long[pieces.size()];
        for (int i = 0; i < pieces.size(); i++) {
            sizes[i] = pieces.get(i).text().getBytes(StandardCharsets.UTF_8).length;
            total += sizes[i];
        }
        List<Chunk> chunks = new ArrayList<>(pieces.size());
        long before = 0;
        for (int i = 0; i < pieces.size(); i++) {
            Chunk piece = pieces.get(i);
            chunks.add(new Chunk(piece.source(), piece.anchor(), piece.text(), 2 * before < total ? 0 : 1));
            before += sizes[i];
        }
        return chunks;
    }

    /**
     * Notes, one per line, gathered into chunks of about CHUNK_BYTES; a note longer than that is cut
     * like any other text, each piece a chunk of its own.
     */
    private static void cutNotes(List<SearchDocument.NoteText> notes, List<Chunk> out) {
        StringBuilder text = new StringBuilder();
        StringBuilder anchors = new StringBuilder();
        int bytes = 0;
        for (SearchDocument.NoteText note : notes) {
            int size = note.text().getBytes(StandardCharsets.UTF_8).length + 1;
            if (bytes > 0 && bytes + size > CHUNK_BYTES) {
                out.add(new Chunk(Source.NOTES, anchors.toString(), text.toString(), 0));
                text.setLength(0);
                anchors.setLength(0);
                bytes = 0;
            }
            if (size > CHUNK_BYTES) {
                cut(Source.NOTES, note.anchor(), note.text(), out);
                continue;
            }
            appendLine(text, note.text());
            anchors.append(anchors.length() > 0 ? " " : "").append(note.anchor());
            bytes += size;
        }
        if (bytes > 0) {
            out.add(new Chunk(Source.NOTES, anchors.toString(), text.toString(), 0));
        }
    }

    private static void appendLine(StringBuilder out, String line) {
        if (line == null || line.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(line);
    }

    /** Cuts text into pieces of at most about CHUNK_BYTES, at line breaks (dropped) or after a separator (kept). */
    static void cut(Source source, String anchor, String text, List<Chunk> out) {
        if (text == null || text.isEmpty()) {
            return;
        }
        int start = 0;
        while (start < text.length()) {
            int end = end(text, start);
            String piece = text.substring(start, end);
            if (!piece.isEmpty()) {
                out.add(new Chunk(source, anchor, piece, 0));
            }
            start = end < text.length() && text.charAt(end) == '\n' ? end + 1 : end;
        }
    }

    /** Where the piece from start ends: the last line break within budget, else the last separator, else the first possible cut. */
    private static int end(String text, int start) {
        int bytes = 0;
        int lastBreak = -1;
        int lastSeparator = -1;
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > CHUNK_BYTES && (lastBreak > start || lastSeparator > start)) {
                return lastBreak > start ? lastBreak : lastSeparator;
            }
            bytes += size;
            if (cp == '\n') {
                lastBreak = i;
            } else if (isSeparator(cp)) {
                lastSeparator = i + Character.charCount(cp);
            }
            i += Character.charCount(cp);
        }
        return text.length();
    }

    private static boolean isSeparator(int cp) {
        int folded = TextNormalizer.fold(cp);
        return !SearchTokenizer.isHan(folded) && !SearchTokenizer.isWordChar(folded);
    }
}
