package org.qikan.render;

import com.vladsch.flexmark.util.ast.Node;

import java.util.Arrays;

/**
 * The line of a node in its parsed Markdown, the same as flexmark's {@code Node.getStartLineNumber()}
 * (0-based; a line ends at {@code \n}, {@code \r} or {@code \r\n}), looked up in an index of line ends made
 * once per body. flexmark, unless it tracks lines while parsing, counts the line ends from the start of the
 * document for every call, which made numbering an article's notes cost as much as parsing it.
 */
final class LineNumbers {
    private final int[] ends;
    private final int count;

    private LineNumbers(int[] ends, int count) {
        this.ends = ends;
        this.count = count;
    }

    /** The line ends of {@code text}: the offset just after each end-of-line sequence. */
    static LineNumbers of(CharSequence text) {
        int[] ends = new int[16];
        int count = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == ends.length) {
                    ends = Arrays.copyOf(ends, count * 2);
                }
                ends[count++] = i + 1;
            }
        }
        return new LineNumbers(ends, count);
    }

    /** The 0-based line of {@code offset}: how many lines end at or before it. */
    int lineOf(int offset) {
        int low = 0;
        int high = count;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ends[middle] <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The 0-based line on which {@code node} starts. */
    int startLineOf(Node node) {
        return lineOf(node.getStartOffset());
    }
}
