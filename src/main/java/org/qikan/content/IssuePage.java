package org.qikan.content;

/** A page of an issue that is not an article: an editor's note, a notice, the news. */
public record IssuePage(String slug, Bilingual title, Integer order, MarkdownSource body) {
}
