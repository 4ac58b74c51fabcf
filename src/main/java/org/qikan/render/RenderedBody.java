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
     * A key of everything this body holds: every field of each part, note and outline entry, one text field each, in
     * the order of their records' components (no description of a record is made only to be hashed: with a body's
     * HTML in it, that copy cost more than the hashing). {@code RenderedBodyTest} fails when a component is added
     * that this does not name.
     */
    public String fingerprint() {
        Fingerprint key = Fingerprint.start();
        for (BodyPart part : parts) {
            key.add(part.pieceId()).add(part.html());
        }
        key.add("notes");
        for (Note note : notes) {
            key.add(Integer.toString(note.number())).add(note.id()).add(Integer.toString(note.refIds().size()));
            note.refIds().forEach(key::add);
            key.add(note.html()).add(Boolean.toString(note.inline())).add(Integer.toString(note.line()));
        }
        key.add("outline");
        for (OutlineEntry entry : outline) {
            key.add(Integer.toString(entry.level())).add(entry.id()).add(entry.text());
        }
        return key.hex();
    }

    /** All parts' HTML in reading order. */
    public String html() {
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p.html()));
        return out.toString();
    }
}
