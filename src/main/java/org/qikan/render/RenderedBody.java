package org.qikan.render;

import org.qikan.fingerprint.Fingerprint;

import java.util.List;

/** The result of rendering one Markdown body: its parts, its notes in number order, and its outline. */
public record RenderedBody(List<BodyPart> parts, List<Note> notes, List<OutlineEntry> outline) {
    /** No parts, no notes, no outline. */
    public static final RenderedBody EMPTY = new RenderedBody(List.of(), List.of(), List.of());

    public RenderedBody {
        parts = List.copyOf(parts);
        notes = List.copyOf(notes);
        outline = List.copyOf(outline);
    }

    /**
     * A key of everything this body holds: each part, note and outline entry as its record shows itself, one
     * field each (so that no description of the whole body is made only to be hashed).
     */
    public String fingerprint() {
        Fingerprint key = Fingerprint.start();
        parts.forEach(part -> key.add(part.toString()));
        key.add("notes");
        notes.forEach(note -> key.add(note.toString()));
        key.add("outline");
        outline.forEach(entry -> key.add(entry.toString()));
        return key.hex();
    }

    /** All parts' HTML in reading order. */
    public String html() {
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p.html()));
        return out.toString();
    }
}
