package org.qikan.meta;

import org.qikan.render.Note;

import java.util.List;

/**
 * Finds the works an article's notes cite: one plain-text reference per note that cites a work, in note
 * order. {@link ParsedReferences} (the note parser of {@code org.qikan.refs}) is the one builds use;
 * {@link NoteReferences} is a simple rule kept for sources the parser does not read.
 */
@FunctionalInterface
public interface ReferenceSource {
    List<CitedWork> references(List<Note> notes);
}
