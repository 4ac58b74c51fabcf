package org.qikan.content;

import java.nio.file.Path;

/**
 * The Markdown body of a content file, with the 1-based line of the file on which it starts, so that
 * problems found while rendering can name the line of the file, not of the body.
 */
public record MarkdownSource(Path file, int firstLine, String text) {

    /** The file line of a 0-based line index inside the body. */
    public int fileLine(int bodyLineIndex) {
        return firstLine + bodyLineIndex;
    }
}
