package org.qikan.render;

import org.qikan.content.MarkdownSource;
import org.qikan.diag.Diagnostics;

/**
 * Limits checked before a Markdown body is parsed, so that no input, however odd, makes a build run
 * for minutes: a line longer than {@link #MAX_LINE} characters, or block quotes and lists nested deeper
 * than {@link #MAX_NESTING} levels, is an error at its line. Scholarly text stays far below both.
 */
final class MarkdownLimits {
    static final int MAX_LINE = 100_000;
    static final int MAX_NESTING = 40;

    private MarkdownLimits() {
    }

    /** Whether the body is within the limits; each line beyond them is reported. */
    static boolean check(MarkdownSource source, Diagnostics problems) {
        String text = source.text();
        boolean ok = true;
        boolean nestingReported = false;
        int lineStart = 0;
        for (int index = 0; lineStart <= text.length(); index++) {
            int end = text.indexOf('\n', lineStart);
            if (end < 0) {
                end = text.length();
            }
            if (end - lineStart > MAX_LINE) {
                problems.error(source.file(), source.fileLine(index), "line of " + (end - lineStart) + " characters is too long to render",
                        "break it into paragraphs of at most " + MAX_LINE + " characters");
                ok = false;
            } else if (!nestingReported && nesting(text, lineStart, end) > MAX_NESTING) {
                nestingReported = true;
                problems.error(source.file(), source.fileLine(index), "block quotes or lists nested more than " + MAX_NESTING + " levels deep",
                        "flatten the nesting: scholarly text needs a few levels at most");
                ok = false;
            }
            lineStart = end + 1;
        }
        return ok;
    }

    /**
     * The nesting a line opens: each {@code >} and list marker at its start counts one level, and
     * every two columns of indentation count one.
     */
    static int nesting(String text, int start, int end) {
        int levels = 0;
        int columns = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ') {
                columns++;
                i++;
            } else if (c == '\t') {
                columns += 4;
                i++;
            } else if (c == '>') {
                levels++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
                levels++;
                i++;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < end && j - i < 10 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
                if (j + 1 < end && (text.charAt(j) == '.' || text.charAt(j) == ')') && text.charAt(j + 1) == ' ') {
                    levels++;
                    i = j + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return levels + columns / 2;
    }
}
