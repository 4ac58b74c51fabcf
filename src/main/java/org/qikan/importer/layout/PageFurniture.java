package org.qikan.importer.layout;

import java.util.regex.Pattern;

/** Running heads, page numbers and separator lines of raw PDF text: printed on every page, not part of any article. */
public final class PageFurniture {
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*(?:--\\s*)?\\d{1,4}(?:\\s*--)?\\s*$");
    /**
     * A page number between marks on both sides, as Chinese journals print it: {@code ·12·}, {@code · 12 ·},
     * {@code — 12 —}; never a table's cell or a line of text.
     */
    private static final Pattern MARKED_PAGE_NUMBER = Pattern.compile("^\\s*(?:[·•・]\\s*\\d{1,4}\\s*[·•・]|[—–-]{1,2}\\s*\\d{1,4}\\s*[—–-]{1,2})\\s*$");
    private static final Pattern JOURNAL_HEAD = Pattern.compile("^\\s*《[^》]{2,30}》\\s*\\d{4}\\s*年\\s*第\\s*\\d{1,2}\\s*期\\s*$");
    private static final Pattern TITLE_HEAD = Pattern.compile("^\\s*(?:□\\s*\\S.*|.*\\S\\s*□)\\s*$");

    /**
     * The journal's name and the issue's year and number alone on a line, either way round, with or without 《》
     * ({@code 示例学报 2031年第3期}, {@code 2031年第3期 示例学报}, {@code 2031年第3期}): a running head where it stands
     * below the masthead.
     */
    private static final Pattern ISSUE_HEAD = Pattern.compile(
            "^\\s*(?:《?[\\p{IsHan}·]{2,15}》?\\s*)?\\d{4}\\s*年\\s*第\\s*\\d{1,2}\\s*期(?:\\s*《?[\\p{IsHan}·]{2,15}》?)?\\s*$");
    /** The issue's year and number anywhere in a line: the masthead's line has them, whatever else it prints. */
    private static final Pattern ISSUE_NUMBER = Pattern.compile("\\d{4}\\s*年\\s*第\\s*\\d{1,2}\\s*期");
    /** How many non-blank lines at the top of an issue's text are its masthead, where an issue line is not a running head. */
    private static final int MASTHEAD_LINES = 15;

    /** Punctuation that ends a hard-wrapped line's text when it does not fit on the line before. */
    private static final String WRAPPED_PUNCTUATION = "。，、；：！？…”’」』）)》〉】〕.,;:!?\"'";

    private PageFurniture() {
    }

    /** Why the line is page furniture, or null when it is text. */
    public static String kind(String line) {
        if (PAGE_NUMBER.matcher(line).matches() && line.contains("--") || MARKED_PAGE_NUMBER.matcher(line).matches()) {
            return "page number";
        }
        if (JOURNAL_HEAD.matcher(line).matches()) {
            return "running head";
        }
        if (TITLE_HEAD.matcher(line).matches() && Texts.width(line) < 120) {
            return "running head";
        }
        if (line.codePoints().noneMatch(cp -> Character.isLetterOrDigit(cp) || Texts.isHan(cp)
                || NoteLabels.CIRCLED.indexOf(cp) >= 0 || NoteLabels.SUPERSCRIPT.indexOf(cp) >= 0)) {
            // a note marker or a sentence's stop wrapped onto a line of its own (①。, ”。) is text, not a separator
            if (line.strip().codePoints().allMatch(cp -> WRAPPED_PUNCTUATION.indexOf(cp) >= 0)) {
                return null;
            }
            return "separator";
        }
        return null;
    }

    private static final Pattern PRINTED_PAGE_NUMBER = Pattern.compile("^\\s*(?:[-—–]\\s*)?\\d{1,4}(?:\\s*[-—–])?\\s*$|^\\s*第\\s*\\d{1,4}\\s*页\\s*$");

    /**
     * Page furniture of text converted one paragraph per line: a page number alone on its line ({@code 12},
     * {@code - 12 -}, {@code ·12·}, {@code 第12页}) or a running head ({@code 《…》2024年第3期}, {@code title □}); null when the
     * line is text. Rules ({@code ---}) are not furniture here: they stand above the notes.
     */
    public static String paragraphKind(String line) {
        if (PRINTED_PAGE_NUMBER.matcher(line).matches() || MARKED_PAGE_NUMBER.matcher(line).matches()) {
            return "page number";
        }
        if (JOURNAL_HEAD.matcher(line).matches() || line.strip().endsWith("□") && Texts.width(line) < 120) {
            return "running head";
        }
        return null;
    }

    /**
     * Tells, line by line from the top, the running heads that are the journal's name and the issue's year and number
     * alone ({@link #ISSUE_HEAD}): every such line but the masthead's (the first line with the year and number in any
     * form, when it stands in the top {@link #MASTHEAD_LINES} non-blank lines). Fed every non-blank line in order.
     */
    public static final class IssueHeads {
        private int lines;
        private boolean masthead;

        public boolean isRunningHead(String line) {
            lines++;
            if (!ISSUE_NUMBER.matcher(line).find()) {
                return false;
            }
            if (!masthead && lines <= MASTHEAD_LINES) {
                masthead = true; // the masthead's line, in whatever form (2031年第3期（总第34期）…)
                return false;
            }
            return ISSUE_HEAD.matcher(line).matches();
        }
    }

    /** The article title a running head repeats, without the decoration. */
    public static String headTitle(String line) {
        return line.replace("□", "").strip();
    }
}
