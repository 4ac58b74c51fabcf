package org.qikan.importer.output;

import org.qikan.importer.layout.Texts;
import org.qikan.importer.structure.NotePairer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes half-width punctuation inside Chinese text full width: {@code , ; : ? !} standing next to Chinese
 * (a Han character or full-width punctuation before it, or after it past spaces, which are then dropped),
 * and a pair of parentheses on one line holding Han characters or opened right after Chinese. Left as
 * printed: marks between Latin characters, between digits ({@code 1,000}, {@code 3:2}), and everything
 * inside URLs, e-mail addresses, DOIs, code spans, Markdown link targets, images, note references and
 * definitions ({@code [^1]:}), HTML tags and backslash escapes. Applied until nothing changes, so that
 * applying it again changes nothing. Counts the marks it changed.
 */
public final class ChinesePunctuation {
    private static final String MARKS = ",;:?!";
    private static final String FULL = "，；：？！";
    private static final Pattern PROTECTED = Pattern.compile(String.join("|",
            "`+[^`\\n]*`+",                                              // code span
            "\\]\\([^)\\n]*\\)",                                        // link or image target
            "!\\[",                                                      // image start
            "\\\\?\\[\\^[^\\]\\n]*\\]:?",                                // note reference or definition
            "<[A-Za-z/][^>\\n]*>",                                       // HTML tag, autolink
            "\\\\[!-/:-@\\[-`{-~]",                                      // backslash escape
            "(?i:[a-z][a-z0-9+.-]*://|www\\.)[!-~]+",                    // URL
            "(?i:doi:\\s*)?10\\.\\d{4,9}/[!-~]+",                        // DOI
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"));    // e-mail address
    private static final String URL_TAIL = ".,;:!?)";

    private int count;

    /** How many marks this instance has made full width so far. */
    public int count() {
        return count;
    }

    /** The text with half-width punctuation inside Chinese made full width; null stays null. */
    public String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String current = text;
        while (true) {
            int[] changed = {0};
            String next = once(current, changed);
            if (changed[0] == 0) {
                return current;
            }
            count += changed[0];
            current = next;
        }
    }

    private static String once(String text, int[] changed) {
        boolean[] locked = locked(text);
        char[] out = text.toCharArray();
        boolean[] drop = new boolean[out.length];
        parentheses(text, locked, out, drop, changed);
        for (int i = 0; i < out.length; i++) {
            int mark = MARKS.indexOf(text.charAt(i));
            if (mark < 0 || locked[i]) {
                continue;
            }
            int before = before(text, i);
            int after = after(text, i + 1);
            boolean digits = before >= 0 && after == i + 1 && after < text.length()
                    && isDigit(text.charAt(before)) && isDigit(text.charAt(after));
            int afterSpaces = after(text, skipSpaces(text, i + 1));
            boolean chineseBefore = before >= 0 && isChineseAt(out, before);
            boolean chineseAfter = afterSpaces < text.length() && isChineseAt(out, afterSpaces);
            if (digits || !(chineseBefore || chineseAfter)) {
                continue;
            }
            out[i] = FULL.charAt(mark);
            changed[0]++;
            dropSpacesAround(text, i, drop, true);
        }
        StringBuilder result = new StringBuilder(out.length);
        for (int i = 0; i < out.length; i++) {
            if (!drop[i]) {
                result.append(out[i]);
            }
        }
        return result.toString();
    }

    /**
     * Pairs unprotected parentheses per line; a pair holding Han, or opened after Chinese (past spaces),
     * becomes full width.
     */
    private static void parentheses(String text, boolean[] locked, char[] out, boolean[] drop, int[] changed) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open.clear();
            } else if (c == '(' && !locked[i]) {
                open.push(i);
            } else if (c == ')' && !locked[i] && !open.isEmpty()) {
                int start = open.pop();
                int before = before(text, start - spacesBefore(text, start));
                boolean han = text.substring(start + 1, i).codePoints().anyMatch(Texts::isHan);
                if (han || before >= 0 && isChineseAt(text.toCharArray(), before)) {
                    out[start] = '（';
                    out[i] = '）';
                    changed[0] += 2;
                    dropSpacesAround(text, start, drop, false);
                    int next = skipSpaces(text, i + 1);
                    if (next < text.length() && isChineseAt(out, next)) {
                        dropSpacesAround(text, i, drop, true);
                    }
                }
            }
        }
    }

    /** Marks for dropping the spaces before a full-width mark at {@code i}, and those after it if {@code after}. */
    private static void dropSpacesAround(String text, int i, boolean[] drop, boolean after) {
        int start = i - spacesBefore(text, i);
        if (start > 0 && text.charAt(start - 1) != '\n') {
            for (int j = start; j < i; j++) {
                drop[j] = true;
            }
        }
        int end = skipSpaces(text, i + 1);
        if (after && end < text.length() && text.charAt(end) != '\n') {
            for (int j = i + 1; j < end; j++) {
                drop[j] = true;
            }
        }
    }

    private static int spacesBefore(String text, int i) {
        int n = 0;
        while (i - n > 0 && text.charAt(i - n - 1) == ' ') {
            n++;
        }
        return n;
    }

    private static boolean[] locked(String text) {
        boolean[] locked = new boolean[text.length()];
        Matcher m = PROTECTED.matcher(text);
        while (m.find()) {
            int end = m.end();
            boolean trimmable = m.group().contains("://") || m.group().regionMatches(true, 0, "www.", 0, 4)
                    || m.group().matches("(?is)(doi:\\s*)?10\\..*");
            while (trimmable && end > m.start() + 1 && URL_TAIL.indexOf(text.charAt(end - 1)) >= 0
                    && !(text.charAt(end - 1) == ')' && balanced(text.substring(m.start(), end)))) {
                end--;
            }
            for (int i = m.start(); i < end; i++) {
                locked[i] = true;
            }
            if (end < m.end()) {
                m.region(end, text.length());
            }
        }
        return locked;
    }

    private static boolean balanced(String s) {
        return s.chars().filter(c -> c == '(').count() >= s.chars().filter(c -> c == ')').count();
    }

    /** Index of the character before {@code i}, skipping note tokens; -1 at the start. */
    private static int before(String text, int i) {
        int j = i - 1;
        while (j >= 0 && text.charAt(j) == NotePairer.CLOSE) {
            int open = text.lastIndexOf(NotePairer.OPEN, j);
            j = open < 0 ? -1 : open - 1;
        }
        return j;
    }

    /** Index of the first character at or after {@code i} that is not part of a note token. */
    private static int after(String text, int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) == NotePairer.OPEN) {
            int close = text.indexOf(NotePairer.CLOSE, j);
            j = close < 0 ? text.length() : close + 1;
        }
        return j;
    }

    private static int skipSpaces(String text, int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Chinese at {@code i}; a curly quote counts as Chinese when the text it quotes starts or ends with Chinese. */
    private static boolean isChineseAt(char[] text, int i) {
        char c = text[i];
        if (c == '”' || c == '’') {
            return i > 0 && isChinese(text[i - 1]);
        }
        if (c == '“' || c == '‘') {
            return i + 1 < text.length && isChinese(text[i + 1]);
        }
        return isChinese(c);
    }

    /** Han, CJK symbols and punctuation (、。《》「」【】〔〕) or full-width forms (，（）：). */
    static boolean isChinese(char c) {
        return Texts.isHan(c) || c >= '\u3000' && c <= '\u303F' || c >= '\uFF01' && c <= '\uFF5E';
    }
}
