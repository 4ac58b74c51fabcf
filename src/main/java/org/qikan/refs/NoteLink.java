package org.qikan.refs;

/** A short citation in note {@code from} resolved to the note {@code to} that cites the work in full. */
public record NoteLink(int from, int to, ShortCitation citation) {
}
