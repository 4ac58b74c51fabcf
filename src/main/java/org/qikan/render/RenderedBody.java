package org.qikan.render;

import org.qikan.fingerprint.Fingerprint;

import java.util.List;

/**
 * The result of rendering one Markdown body: its parts, its notes in number order, and its outline. A value
 * (equal where the three lists are) that works out its {@link #fingerprint()} once, when first asked: the search
 * and export caches both name an article's body by it, on whichever thread gets there first.
 */
public final class RenderedBody {
    /** No parts, no notes, no outline. */
    public static final RenderedBody EMPTY = new RenderedBody(List.of(), List.of(), List.of());

    private final List<BodyPart> parts;
    private final List<Note> notes;
    private final List<OutlineEntry> outline;
    private String fingerprint;

    public RenderedBody(List<BodyPart> parts, List<Note> notes, List<OutlineEntry> outline) {
        this.parts = List.copyOf(parts);
        this.notes = List.copyOf(notes);
        this.outline = List.copyOf(outline);
    }

    public List<BodyPart> parts() {
        return parts;
    }

    public List<Note> notes() {
        return notes;
    }

    public List<OutlineEntry> outline() {
        return outline;
    }

    /**
     * A key of everything this body holds: every field of each part, note and outline entry, one text field each, in
     * the order of their records' components (no description of a record is made only to be hashed: with a body's
     * HTML in it, that copy cost more than the hashing). {@code RenderedBodyTest} fails when a component is added
     * that this does not name.
     */
    public synchronized String fingerprint() { // synchronized: a second thread asking waits rather than hashing it again
        if (fingerprint == null) {
            fingerprint = hash();
        }
        return fingerprint;
    }

    private String hash() {
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

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedBody b && parts.equals(b.parts) && notes.equals(b.notes) && outline.equals(b.outline);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(parts, notes, outline);
    }

    @Override
    public String toString() {
        return "RenderedBody[parts=" + parts + ", notes=" + notes + ", outline=" + outline + "]";
    }
}
