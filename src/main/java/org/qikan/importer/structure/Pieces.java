package org.qikan.importer.structure;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.Headings;
import org.qikan.importer.layout.PageJoiner;
import org.qikan.importer.layout.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a symposium's pieces: an unnumbered heading followed by a byline naming one of the
 * symposium's authors starts a piece. An article with fewer than two such pieces is no symposium.
 */
public final class Pieces {
    private Pieces() {
    }

    /** The pieces of the article whose body and authors are given, or none. */
    public static List<ImportedArticle.Piece> find(List<Block> body, List<ImportedArticle.Author> authors) {
        List<ImportedArticle.Piece> pieces = new ArrayList<>();
        if (authors.size() < 2) {
            return pieces;
        }
        for (int i = 0; i + 1 < body.size(); i++) {
            Block heading = body.get(i);
            Block byline = body.get(i + 1);
            if (heading.is(Block.Kind.HEADING) && Headings.numberedLevel(heading.text()) == 0
                    && byline.is(Block.Kind.PARA) && Names.isChineseByline(byline.text()) && namesAuthors(byline.text(), authors)) {
                List<ImportedArticle.Author> pieceAuthors = new ArrayList<>();
                for (String name : Names.chinese(byline.text())) {
                    pieceAuthors.add(authors.stream().filter(a -> a.zh().equals(name)).findFirst().orElse(new ImportedArticle.Author(name)));
                }
                pieces.add(new ImportedArticle.Piece("p" + (pieces.size() + 1), Texts.cleanTitle(PageJoiner.withoutMarks(heading.text())),
                        null, null, pieceAuthors, heading, byline));
            }
        }
        if (pieces.size() < 2) {
            pieces.clear();
        }
        return pieces;
    }

    private static boolean namesAuthors(String byline, List<ImportedArticle.Author> authors) {
        return Names.chinese(byline).stream().allMatch(n -> authors.stream().anyMatch(a -> a.zh().equals(n)));
    }
}
