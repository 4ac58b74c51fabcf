package org.qikan.render;

import org.qikan.content.MarkdownSource;

import java.util.Locale;

/** Finds the file line on which something rendered from a Markdown body was written. */
final class BodyLines {
    private BodyLines() {
    }

    /** The file line on which {@code needle} is first written (ignoring case), or 0 where it cannot be found. */
    static int lineOf(MarkdownSource source, String needle) {
        String wanted = needle.toLowerCase(Locale.ROOT);
        String[] lines = source.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].toLowerCase(Locale.ROOT).contains(wanted)) {
                return source.fileLine(i);
            }
        }
        return 0;
    }
}
