package org.qikan.refs;

/** A short citation with no earlier note to point at, and why. {@code line} is the note's line in its file. */
public record Unresolved(int note, int line, ShortCitation citation, String reason) {
}
