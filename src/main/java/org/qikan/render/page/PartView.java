package org.qikan.render.page;

import org.qikan.content.Bilingual;
import org.qikan.content.Person;

import java.util.List;

/**
 * A stretch of an article body: the whole text of an ordinary article, or a symposium's
 * introduction (no title) and each of its pieces with its own title and authors.
 *
 * @param id   anchor of a piece ({@code piece-<id>}), or {@code null}
 * @param funding the piece's own funding note, or {@link Bilingual#EMPTY}
 * @param html trusted HTML rendered from Markdown
 */
public record PartView(String id, Bilingual title, List<Person> authors, Bilingual funding, String html) {
}
