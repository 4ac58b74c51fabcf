package org.qikan.render;

/** A heading of an article body, for the in-article outline and for linking search hits to it. */
public record OutlineEntry(int level, String id, String text) {
}
