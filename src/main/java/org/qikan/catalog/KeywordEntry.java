package org.qikan.catalog;

import org.qikan.content.Bilingual;

import java.util.List;

/**
 * A keyword of the archive and the articles that carry it.
 *
 * @param slug  the page name under {@code keywords/}
 * @param term  the keyword as printed most often (Chinese side), and its English where articles pair them;
 *              an English-only keyword has no Chinese side
 * @param works the articles, newest first
 */
public record KeywordEntry(String slug, Bilingual term, String sortKey, String initial, List<Work> works) {
}
