package org.qikan.content;

/** A section of an issue's table of contents (栏目), referred to from articles by its {@code id}. */
public record Section(String id, Bilingual title) {
}
