package org.qikan.content;

import java.util.List;

/**
 * One authored contribution inside a symposium (笔谈) article. Its text starts in the article body at
 * the line {@code ::: piece <id>}. A piece may have a funding note of its own.
 */
public record Piece(String id, Bilingual title, List<Person> authors, Bilingual funding) {
    public Piece {
        authors = List.copyOf(authors);
    }
}
