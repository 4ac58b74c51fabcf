package org.qikan.render;

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

    /** All parts' HTML in reading order. */
    public String html() {
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p.html()));
        return out.toString();
    }
}
