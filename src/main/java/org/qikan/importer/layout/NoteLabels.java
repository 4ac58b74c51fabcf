package org.qikan.importer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spellings of note labels and markers converters write: {@code <sup>①</sup>}, {@code ^①},
 * {@code ^{①}}, {@code <sup>[1]</sup>}, {@code <sup>1</sup>}, bare {@code ①} or {@code [1]}, superscript digits,
 * Markdown footnotes ({@code [^1]} in the text, {@code [^1]: …} for the note, as pandoc writes them), superscripts in
 * TeX math ({@code $^{1}$}, {@code ^{1}}), and {@code *} for the funding note.
 */
public final class NoteLabels {
    static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** Circled numbers 1 to 50 as fonts print them (㉑ to ㊿ stand in two Unicode blocks after ⑳). */
    public static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿";
    private static final String STAR = "(?:\\\\\\*|\\*)";
    /**
     * A number in brackets: {@code [1]}, full-width {@code ［1］}, tortoise-shell {@code 〔1〕}, or with the backslashes
     * Markdown writers put before square brackets ({@code \\[1\\]}, pandoc).
     */
    private static final String BRACKETED = "\\\\?[\\[［〔]\\d{1,3}\\\\?[\\]］〕]";
    /** A superscript in TeX math: {@code $^{1}$}, {@code $^1$}, {@code $ ^{①} $}. */
    private static final String LATEX_SUPERSCRIPT = "\\$\\s*\\^\\s*\\{?\\s*(?<h>\\d{1,3}|[" + CIRCLED + "]|" + STAR + ")\\s*}?\\s*\\$";
    /** A note at a page bottom: label first, then the note text. */
    private static final Pattern NOTE_START = Pattern.compile(
            "^\\s*(?:<sup>\\s*(?<a>[" + CIRCLED + "]|\\[\\d{1,3}]|\\d{1,3}|" + STAR + ")\\s*</sup>"
                    + "|\\^\\{?(?<b>[" + CIRCLED + "]|" + STAR + ")}?"
                    + "|(?<c>[" + CIRCLED + "])"
                    + "|(?<d>\\^?" + BRACKETED + ")(?!\\()"
                    + "|(?<f>[" + SUPERSCRIPT + "]{1,3})(?=\\s*\\S)"
                    + "|\\[\\^(?<g>\\d{1,3})]:" // a Markdown footnote's definition, as pandoc writes it
                    + "|" + LATEX_SUPERSCRIPT // a superscript in TeX math, as PDF converters that write formulas give it
                    + "|(?<e>" + STAR + ")(?=\\s*\\S))\\s*(?<rest>.*)$");
    /** A marker inside running text. */
    public static final Pattern MARKER = Pattern.compile(
            "<sup>\\s*(?<a>[" + CIRCLED + "]|\\[\\d{1,3}]|\\d{1,3}|" + STAR + ")\\s*</sup>"
                    + "|\\^\\{(?<b>[" + CIRCLED + "]|" + STAR + ")}"
                    + "|\\^(?<c>[" + CIRCLED + "])\\^?" // ^①^: a converter's superscript, closed or not
                    + "|(?<d>[" + CIRCLED + "])"
                    + "|(?<e>\\^?" + BRACKETED + ")(?![(:])(?:(?<=\\^\\[\\d{1,3}])\\^)?"
                    + "|(?<f>[" + SUPERSCRIPT + "]{1,3})"
                    + "|\\[\\^(?<g>\\d{1,3})](?!:)" // a Markdown footnote reference
                    + "|" + LATEX_SUPERSCRIPT + "|\\^\\{(?<i>\\d{1,3})}");

    /**
     * A circled marker standing in running text: after a character of the sentence (Han, letter, digit or a stop), not
     * at a line's start as a note's label stands. Notes never print one so, which tells a page's text from its notes.
     */
    public static final Pattern RUNNING_MARKER = Pattern.compile("[\\p{IsHan}，。、；：！？”）》\\p{Alnum}]\\s?[" + CIRCLED + "]");

    private NoteLabels() {
    }

    public record NoteStart(String label, String text) {
    }

    public record Marker(String label, int start, int end) {
    }

    /** The label and text when {@code line} starts a page-bottom note. */
    public static Optional<NoteStart> noteStart(String line) {
        Matcher m = NOTE_START.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String raw = firstGroup(m, "a", "b", "c", "d", "e", "f", "g", "h");
        String rest = m.group("rest").strip();
        boolean star = raw.contains("*");
        if (rest.isEmpty() || star && (rest.startsWith("*") || rest.endsWith("*"))) {
            return Optional.empty();
        }
        return Optional.of(new NoteStart(normalise(raw), rest));
    }

    /** Markers in running text, in reading order. */
    public static List<Marker> markers(String text) {
        List<Marker> out = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            out.add(new Marker(normalise(firstGroup(m, "a", "b", "c", "d", "e", "f", "g", "h", "i")), m.start(), m.end()));
        }
        return out;
    }

    /** A marker already paired with its note (structure.NotePairer's token) or a star marker ({@code *}, {@code <sup>*</sup>}). */
    private static final Pattern TOKEN_OR_STAR = Pattern.compile("\uE000\\d+\uE001|<sup>\\s*\\\\?\\*\\s*</sup>|\\^\\{\\\\?\\*}|\\\\?\\*");

    /**
     * The text with every note marker taken out, paired ones and stars too: what a title or a byline reads as
     * ({@code 王明① 李华②} → {@code 王明 李华}).
     */
    public static String withoutAnyMarker(String text) {
        return MARKER.matcher(TOKEN_OR_STAR.matcher(text).replaceAll("")).replaceAll("");
    }

    public static boolean isStar(String label) {
        return "*".equals(label);
    }

    /** {@code [3]} → {@code 3}, {@code \*} → {@code *}, circled digits stay as they are. */
    public static String normalise(String raw) {
        String t = raw.strip().replace("\\", "");
        if (t.startsWith("^")) {
            t = t.substring(1);
        }
        if (SUPERSCRIPT.indexOf(t.charAt(0)) >= 0) {
            StringBuilder digits = new StringBuilder();
            t.chars().forEach(c -> digits.append((char) ('0' + SUPERSCRIPT.indexOf(c))));
            return digits.toString();
        }
        if ("[［〔".indexOf(t.charAt(0)) >= 0 && "]］〕".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }

    /** How the label prints: circled digits as they are, numbers in brackets. */
    public static String printed(String label) {
        return Character.isDigit(label.charAt(0)) ? "[" + label + "]" : label;
    }

    private static String firstGroup(Matcher m, String... names) {
        for (String name : names) {
            if (m.group(name) != null) {
                return m.group(name);
            }
        }
        throw new IllegalStateException("no label group matched");
    }
}
