package org.qikan.importer.roundtrip;

import java.util.Random;

/**
 * One printed layout, as a PDF converter leaves it: which marks of structure survive (Markdown headings,
 * page rules), the page furniture (running heads, page numbers), the note marker style, where notes and
 * English abstracts stand, whether a table of contents is printed, and how labels are spelled.
 */
record PrintForm(boolean headingMarks, boolean pageRules, boolean runningHeads, boolean pageNumbers, Marker marker,
                 boolean notesPerPage, boolean englishAtBack, boolean contents, String labelOpen, String labelClose,
                 String colon, boolean spacedLabels, boolean bioOnTwoLines, Byline byline, int pageWidth, int wrapWidth) {

    /** Marker styles: how a marker prints in the text, how the note's label prints at its head. */
    enum Marker {
        CIRCLED, BRACKET, CARET_BRACKET, CARET_CIRCLED, SUP_BRACKET, SUP_CIRCLED, SUPERSCRIPT,
        /** Markdown footnotes as pandoc writes them ({@code [^1]}, {@code [^1]: …}). */
        MARKDOWN_FOOTNOTE,
        /** Digits in HTML superscript, as Marker-like PDF converters write them ({@code <sup>1</sup>}). */
        SUP_DIGITS,
        /** Superscripts in TeX math, as converters that write formulas give them ({@code $^{1}$}). */
        TEX_SUPERSCRIPT,
        /** Square brackets escaped as Markdown writers escape them ({@code \\[1\\]}, pandoc). */
        ESCAPED_BRACKET,
        /** Full-width brackets ({@code ［1］}). */
        FULL_WIDTH_BRACKET,
        /** Tortoise-shell brackets ({@code 〔1〕}). */
        TORTOISE_BRACKET;

        /** The styles {@link #random} draws from. */
        static final Marker[] DRAWN = {CIRCLED, BRACKET, CARET_BRACKET, CARET_CIRCLED, SUP_BRACKET, SUP_CIRCLED, SUPERSCRIPT};
        /**
         * Styles of later converters, never drawn by {@link #random} (the seeds' layouts stay as they were): set by
         * {@link RoundTripTest} from draws of its own.
         */
        static final Marker[] LATER = {MARKDOWN_FOOTNOTE, SUP_DIGITS, TEX_SUPERSCRIPT, ESCAPED_BRACKET, FULL_WIDTH_BRACKET, TORTOISE_BRACKET};

        String inText(int n) {
            return switch (this) {
                case CIRCLED -> circled(n);
                case BRACKET -> "[" + n + "]";
                case CARET_BRACKET -> "^[" + n + "]";
                case CARET_CIRCLED -> "^" + circled(n);
                case SUP_BRACKET -> "<sup>[" + n + "]</sup>";
                case SUP_CIRCLED -> "<sup>" + circled(n) + "</sup>";
                case SUPERSCRIPT -> superscript(n);
                case MARKDOWN_FOOTNOTE -> "[^" + n + "]";
                case SUP_DIGITS -> "<sup>" + n + "</sup>";
                case TEX_SUPERSCRIPT -> "$^{" + n + "}$";
                case ESCAPED_BRACKET -> "\\[" + n + "\\]";
                case FULL_WIDTH_BRACKET -> "［" + n + "］";
                case TORTOISE_BRACKET -> "〔" + n + "〕";
            };
        }

        String atNote(int n) {
            return switch (this) {
                case CIRCLED, CARET_CIRCLED -> circled(n);
                case BRACKET, CARET_BRACKET, SUP_BRACKET -> "[" + n + "]";
                case SUP_CIRCLED -> "<sup>" + circled(n) + "</sup>";
                case SUPERSCRIPT -> superscript(n);
                case MARKDOWN_FOOTNOTE -> "[^" + n + "]:";
                case SUP_DIGITS, TEX_SUPERSCRIPT, ESCAPED_BRACKET, FULL_WIDTH_BRACKET, TORTOISE_BRACKET -> inText(n); // as in the text
            };
        }

        boolean circled() {
            return this == CIRCLED || this == CARET_CIRCLED || this == SUP_CIRCLED;
        }

        private static String circled(int n) {
            return String.valueOf(org.qikan.importer.layout.NoteLabels.CIRCLED.charAt(n - 1));
        }

        private static String superscript(int n) {
            String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
            StringBuilder out = new StringBuilder();
            for (char c : Integer.toString(n).toCharArray()) {
                out.append(digits.charAt(c - '0'));
            }
            return out.toString();
        }
    }

    /** How the byline prints: {@code □ 王明}, the names alone, or {@code 作者：王明}. */
    enum Byline { BOX, PLAIN, LABELLED }

    private static final String[][] BRACKETS = {{"【", "】"}, {"〔", "〕"}, {"[", "]"}, {"", ""}};

    static PrintForm random(Random r) {
        return random(r, WRAPPED);
    }

    /** A random form; hard-wrapped one time in four when {@code wrapped}. */
    static PrintForm random(Random r, boolean wrapped) {
        String[] bracket = BRACKETS[r.nextInt(BRACKETS.length)];
        Marker marker = Marker.DRAWN[r.nextInt(Marker.DRAWN.length)];
        boolean perPage = r.nextBoolean();
        String colon = bracket[0].isEmpty() ? (r.nextBoolean() ? "：" : ":") : (r.nextInt(3) == 0 ? "：" : "");
        PrintForm form = new PrintForm(r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), marker, perPage,
                r.nextBoolean(), r.nextBoolean(), bracket[0], bracket[1], colon, r.nextBoolean(), r.nextBoolean(),
                Byline.values()[r.nextInt(Byline.values().length)], 300 + r.nextInt(600), 0);
        form = wrapped && r.nextInt(4) == 0 ? form.hardWrapped(50 + 2 * r.nextInt(16)) : form;
        return ALL_WRAPPED && !form.wrapped() ? form.hardWrapped(50 + 2 * r.nextInt(16)) : form;
    }

    /** A random form as {@link #random(Random, boolean)} draws it, then hard-wrapped if it is not. */
    static PrintForm randomWrapped(Random r) {
        PrintForm form = random(r, WRAPPED);
        return form.wrapped() ? form : form.hardWrapped(50 + 2 * r.nextInt(16));
    }

    /**
     * {@code -Dqikan.roundtrip.wrapped=all} prints every layout hard-wrapped (the layouts drawn are the same, each
     * then wrapped): the hardest input, for a run by hand; failures found so are kept as examples.
     */
    static final boolean ALL_WRAPPED = "all".equals(System.getProperty("qikan.roundtrip.wrapped"));

    /**
     * Whether random layouts include hard-wrapped raw PDF text (one in four). On by default;
     * {@code -Dqikan.roundtrip.wrapped=false} leaves them out (to tell a wrapped-layout failure from another).
     */
    static final boolean WRAPPED = !"false".equals(System.getProperty("qikan.roundtrip.wrapped"));

    /**
     * This form as raw PDF text: lines hard-wrapped at {@code width} columns (a Han character two), each followed by
     * a blank line, English words broken with {@code ⁃} or at their own hyphen; no Markdown marks or rules survive,
     * notes are lines starting with ① at each page's bottom, page numbers mark each page end, names print plain.
     */
    PrintForm hardWrapped(int width) {
        return new PrintForm(false, false, runningHeads, true, Marker.CIRCLED, true, englishAtBack, contents, labelOpen,
                labelClose, colon, spacedLabels, bioOnTwoLines, Byline.PLAIN, pageWidth, width);
    }

    /**
     * Label spellings of later converters, never drawn by {@link #random}: full-width and white lenticular brackets, a
     * bold label with no colon ({@code **摘要**}, pandoc), a label set off by an ideographic space ({@code 摘要　}).
     * Each is open, close, colon.
     */
    static final String[][] LATER_LABELS = {{"［", "］", ""}, {"〖", "〗", ""}, {"**", "**", ""}, {"", "", "\u3000"}};

    /** This form with its labels spelled {@code open}, {@code close}, {@code colon}, not spaced inside. */
    PrintForm withLabels(String[] spelling) {
        return new PrintForm(headingMarks, pageRules, runningHeads, pageNumbers, marker, notesPerPage, englishAtBack,
                contents, spelling[0], spelling[1], spelling[2], false, bioOnTwoLines, byline, pageWidth, wrapWidth);
    }

    /** This form with notes marked in {@code style}. */
    PrintForm withMarker(Marker style) {
        return new PrintForm(headingMarks, pageRules, runningHeads, pageNumbers, style, notesPerPage, englishAtBack,
                contents, labelOpen, labelClose, colon, spacedLabels, bioOnTwoLines, byline, pageWidth, wrapWidth);
    }

    boolean wrapped() {
        return wrapWidth > 0;
    }

    String label(String word) {
        String w = spacedLabels && word.length() == 2 ? word.charAt(0) + " " + word.charAt(1) : word;
        return labelOpen + w + labelClose + colon;
    }
}
