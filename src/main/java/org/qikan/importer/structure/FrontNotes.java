package org.qikan.importer.structure;

import org.qikan.importer.layout.NoteLabels;
import org.qikan.importer.layout.PageJoiner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Note markers printed on an article's title or on an author's name in its byline: the title's marker (①, [1], *)
 * cites the funding note, a name's marker the author's note (作者简介). They are read apart from the body's markers,
 * so that such a note goes to the front matter and no marker stays in a title or a name.
 */
final class FrontNotes {
    /** A paired marker: the token {@link NotePairer} put in place of a marker whose note it found. */
    private static final Pattern TOKEN = Pattern.compile(NotePairer.OPEN + "(\\d+)" + NotePairer.CLOSE);
    /** A star marker right after a name: {@code 王明*}, {@code 王明\*}, {@code 王明<sup>*</sup>}. */
    private static final Pattern STAR = Pattern.compile("(?:<sup>\\s*\\\\?\\*\\s*</sup>|\\^\\{\\\\?\\*}|\\\\?\\*)");
    /** Markers (paired or not) and stars at a text's end: a title's marker, never its words. */
    private static final Pattern MARKERS_AT_END = Pattern.compile("(?:\\s*(?:" + TOKEN.pattern() + "|" + STAR.pattern() + "|"
            + NoteLabels.MARKER.pattern().replaceAll("\\(\\?<[a-z]>", "(?:") + "))+\\s*$");

    /** A note cited from the front: by the title ({@code author} -1) or by the name of author {@code author}; {@code note} is its token number. */
    record Cited(int author, int note) {
    }

    private FrontNotes() {
    }

    /** Token numbers of the paired markers in {@code text}, in reading order. */
    static List<Integer> cited(String text) {
        List<Integer> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    /** {@code text} without the markers after its last word (paired, unpaired or stars): a title as it reads. */
    static String withoutMarkersAtEnd(String text) {
        return MARKERS_AT_END.matcher(text).replaceFirst("");
    }

    /**
     * The notes cited by markers after the names of a byline, each with the author whose name stands right before it
     * (names padded with spaces, {@code 成 昊①}, are read without them).
     */
    static List<Cited> byName(String byline, List<String> names) {
        List<Cited> out = new ArrayList<>();
        String text = PageJoiner.withoutMarks(byline);
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int author = nameBefore(text.substring(0, m.start()), names);
            out.add(new Cited(author, Integer.parseInt(m.group(1))));
        }
        return out;
    }

    /** The author whose name carries a star marker in {@code byline}, or -1. */
    static int starredName(String byline, List<String> names) {
        String text = PageJoiner.withoutMarks(byline);
        Matcher m = STAR.matcher(text);
        while (m.find()) {
            int author = nameBefore(text.substring(0, m.start()), names);
            if (author >= 0) {
                return author;
            }
        }
        return -1;
    }

    /** The author whose name ends {@code before} (markers and spaces left out), or -1. */
    private static int nameBefore(String before, List<String> names) {
        String read = NoteLabels.withoutAnyMarker(before).replaceAll("[\\s\u3000]+", "");
        for (int k = 0; k < names.size(); k++) {
            if (!names.get(k).isEmpty() && read.endsWith(names.get(k))) {
                return k;
            }
        }
        return -1;
    }
}
