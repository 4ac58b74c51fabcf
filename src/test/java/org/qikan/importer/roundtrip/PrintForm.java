package org.qikan.importer.roundtrip;

import java.util.Random;

/**
 * One printed layout, as a PDF converter leaves it: which marks of structure survive (Markdown headings,
 * page rules), the page furniture (running heads, page numbers), the note marker style, where notes and
 * English abstracts stand, whether a table of contents is printed, and how labels are spelled.
 */
record PrintForm(boolean headingMarks, boolean pageRules, boolean runningHeads, boolean pageNumbers, Marker marker,
                 boolean notesPerPage, boolean englishAtBack, boolean contents, String labelOpen, String labelClose,
                 String colon, boolean spacedLabels, boolean bioOnTwoLines, Byline byline, int pageWidth) {

    /** Marker styles: how a marker prints in the text, how the note's label prints at its head. */
    enum Marker {
        CIRCLED, BRACKET, CARET_BRACKET, CARET_CIRCLED, SUP_BRACKET, SUP_CIRCLED, SUPERSCRIPT;

        String inText(int n) {
            return switch (this) {
                case CIRCLED -> circled(n);
                case BRACKET -> "[" + n + "]";
                case CARET_BRACKET -> "^[" + n + "]";
                case CARET_CIRCLED -> "^" + circled(n);
                case SUP_BRACKET -> "<sup>[" + n + "]</sup>";
                case SUP_CIRCLED -> "<sup>" + circled(n) + "</sup>";
                case SUPERSCRIPT -> superscript(n);
            };
        }

        String atNote(int n) {
            return switch (this) {
                case CIRCLED, CARET_CIRCLED -> circled(n);
                case BRACKET, CARET_BRACKET, SUP_BRACKET -> "[" + n + "]";
                case SUP_CIRCLED -> "<sup>" + circled(n) + "</sup>";
                case SUPERSCRIPT -> superscript(n);
            };
        }

        boolean circled() {
            return this == CIRCLED || this == CARET_CIRCLED || this == SUP_CIRCLED;
        }

        private static String circled(int n) {
            return String.valueOf((char) ('①' + n - 1));
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
        String[] bracket = BRACKETS[r.nextInt(BRACKETS.length)];
        Marker marker = Marker.values()[r.nextInt(Marker.values().length)];
        boolean perPage = r.nextBoolean();
        String colon = bracket[0].isEmpty() ? (r.nextBoolean() ? "：" : ":") : (r.nextInt(3) == 0 ? "：" : "");
        return new PrintForm(r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), marker, perPage,
                r.nextBoolean(), r.nextBoolean(), bracket[0], bracket[1], colon, r.nextBoolean(), r.nextBoolean(),
                Byline.values()[r.nextInt(Byline.values().length)], 300 + r.nextInt(600));
    }

    String label(String word) {
        String w = spacedLabels && word.length() == 2 ? word.charAt(0) + " " + word.charAt(1) : word;
        return labelOpen + w + labelClose + colon;
    }
}
