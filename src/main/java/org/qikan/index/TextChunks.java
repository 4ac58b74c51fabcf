package org.qikan.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's body (each section's heading line and text) cut into small chunks, the units a
 * result's snippet is looked for in, and the chunks shared between two halves, the two files a
 * result's body text is loaded in. Chunks are about {@value #CHUNK_BYTES} bytes of UTF-8, cut only
 * at line breaks or, in a longer line, after a character that is neither Han nor part of a word, so
 * no term spans two chunks: the terms of the body are the terms of its chunks, in order. The index
 * records for each term and document which half first holds the term; the browser loads that half.
 */
public final class TextChunks {
    /** About 2 KB raw: a few paragraphs, enough for a snippet. */
    static final int CHUNK_BYTES = 2048;
    /** The halves a body's text is stored in: half 0 holds the chunks that start before half of the body's bytes. */
    public static final int HALVES = 2;

    private TextChunks() {
    }

    /**
     * @param anchor the section's heading id ({@code ""} before the first heading)
     * @param text   a piece of the section's text, the heading line first in a section's first chunk
     * @param half   0 or 1: which of the body's two text files holds the chunk
     */
    public record Chunk(String anchor, String text, int half) {
    }

    /** The body's chunks in reading order, each with its half. */
    public static List<Chunk> of(SearchDocument doc) {
        List<String[]> pieces = new ArrayList<>();
        for (SearchDocument.BodySection section : doc.sections()) {
            StringBuilder text = new StringBuilder();
            appendLine(text, section.heading());
            appendLine(text, section.text());
            cut(section.anchor(), text.toString(), pieces);
        }
        long total = 0;
        long[] sizes = new long[pieces.size()];
        for (int i = 0; i < pieces.size(); i++) {
            sizes[i] = pieces.get(i)[1].getBytes(StandardCharsets.UTF_8).length;
            total += sizes[i];
        }
        List<Chunk> chunks = new ArrayList<>(pieces.size());
        long before = 0;
        for (int i = 0; i < pieces.size(); i++) {
            chunks.add(new Chunk(pieces.get(i)[0], pieces.get(i)[1], 2 * before < total ? 0 : 1));
            before += sizes[i];
        }
        return chunks;
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
    static void cut(String anchor, String text, List<String[]> out) {
        if (text == null || text.isEmpty()) {
            return;
        }
        int start = 0;
        while (start < text.length()) {
            int end = end(text, start);
            String piece = text.substring(start, end);
            if (!piece.isEmpty()) {
                out.add(new String[] {anchor, piece});
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
