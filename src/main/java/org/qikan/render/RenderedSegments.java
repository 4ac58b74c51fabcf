package org.qikan.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the HTML of a whole rendered document into the body's parts and the notes, at the markers
 * {@link NoteHtml} wrote. The markers are HTML comments, which Markdown text cannot produce
 * (a {@code <} in text is escaped).
 */
final class RenderedSegments {
    static final String NOTE_END = "<!--qikan:/note-->";
    private static final Pattern NOTE = Pattern.compile("<!--qikan:note:(\\d+)-->(.*?)" + Pattern.quote(NOTE_END), Pattern.DOTALL);
    private static final Pattern PIECE = Pattern.compile("<!--qikan:piece:([^>]*?)-->");

    private final String body;
    private final Map<Integer, String> notes = new TreeMap<>();

    RenderedSegments(String html) {
        Matcher m = NOTE.matcher(html);
        StringBuilder body = new StringBuilder();
        while (m.find()) {
            notes.put(Integer.parseInt(m.group(1)), m.group(2).strip());
            m.appendReplacement(body, "");
        }
        m.appendTail(body);
        this.body = body.toString();
    }

    static String noteStart(int number) {
        return "<!--qikan:note:" + number + "-->";
    }

    static String piece(String id) {
        return "<!--qikan:piece:" + id + "-->";
    }

    String noteHtml(int number) {
        return notes.getOrDefault(number, "");
    }

    /** The body in parts: what comes before the first piece marker (if anything), then one part per piece. */
    List<BodyPart> parts() {
        List<BodyPart> parts = new ArrayList<>();
        Matcher m = PIECE.matcher(body);
        int start = 0;
        String pieceId = null;
        while (m.find()) {
            addPart(parts, pieceId, body.substring(start, m.start()));
            pieceId = m.group(1);
            start = m.end();
        }
        addPart(parts, pieceId, body.substring(start));
        return parts;
    }

    private static void addPart(List<BodyPart> parts, String pieceId, String html) {
        String trimmed = html.strip();
        if (pieceId != null || !trimmed.isEmpty()) {
            parts.add(new BodyPart(pieceId, trimmed.isEmpty() ? "" : trimmed + "\n"));
        }
    }
}
