package org.qikan.meta;

import org.qikan.render.Note;

import java.util.List;

/**
 * Finds the works an article's notes cite: one plain-text reference per note that cites a work, in note
 * order. This is the seam for a real note parser; {@link NoteReferences} is the simple built-in rule.
 */
@FunctionalInterface
public interface ReferenceSource {
    List<String> references(List<Note> notes);
}
