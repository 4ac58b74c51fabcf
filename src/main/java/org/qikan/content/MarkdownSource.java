package org.qikan.content;

import org.qikan.fingerprint.Fingerprint;

import java.nio.file.Path;

/**
 * The Markdown body of a content file, with the 1-based line of the file on which it starts, so that
 * problems found while rendering can name the line of the file, not of the body.
 * <p>
 * {@code textKey} is the {@link Fingerprint} of the text, worked out once as the file is read: the later stages
 * name what they make from an article by keys that take in the article's fields, and with this key they hash a
 * body once per build rather than once per key. For the same reason {@link #toString()} shows the key, not the text.
 */
public record MarkdownSource(Path file, int firstLine, String text, String textKey) {

    public MarkdownSource(Path file, int firstLine, String text) {
        this(file, firstLine, text, Fingerprint.start().add(text).hex());
    }

    /** The file line of a 0-based line index inside the body. */
    public int fileLine(int bodyLineIndex) {
        return firstLine + bodyLineIndex;
    }

    /** The file, its first line and the text's key (the text itself would make every article's description as long as its body). */
    @Override
    public String toString() {
        return "MarkdownSource[file=" + file + ", firstLine=" + firstLine + ", textKey=" + textKey + "]";
    }
}
