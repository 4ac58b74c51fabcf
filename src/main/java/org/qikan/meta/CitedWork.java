package org.qikan.meta;

/**
 * A work an article's notes cite.
 *
 * @param text     the reference as the note gives it (JATS {@code mixed-citation})
 * @param highwire the {@code citation_reference} content: structured ({@code citation_author=…; citation_title=…})
 *                 where the reference could be read into fields, else the text
 */
public record CitedWork(String text, String highwire) {
}
