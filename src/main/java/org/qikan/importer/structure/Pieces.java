package org.qikan.importer.structure;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.Headings;
import org.qikan.importer.layout.PageJoiner;
import org.qikan.importer.layout.Texts;

import java.util.List;

/**
 * Finds a symposium's pieces: an unnumbered heading followed by a byline naming one of the
 * symposium's authors starts a piece. An article with fewer than two such pieces is no symposium.
 */
public final class Pieces {
    private final ImportedArticle article;

    public Pieces(ImportedArticle article) {
        this.article = article;
    }

    public void find() {
        if (article.authors.size() < 2) {
            return;
        }
        List<Block> body = article.body;
        for (int i = 0; i + 1 < body.size(); i++) {
            Block heading = body.get(i);
            Block byline = body.get(i + 1);
            if (heading.is(Block.Kind.HEADING) && Headings.numberedLevel(heading.text) == 0
                    && byline.is(Block.Kind.PARA) && Names.isChineseByline(byline.text) && namesAuthors(byline.text)) {
                ImportedArticle.Piece piece = new ImportedArticle.Piece();
                piece.id = "p" + (article.pieces.size() + 1);
                piece.titleZh = Texts.cleanTitle(PageJoiner.withoutMarks(heading.text));
                for (String name : Names.chinese(byline.text)) {
                    ImportedArticle.Author known = article.authors.stream().filter(a -> a.zh.equals(name)).findFirst()
                            .orElse(new ImportedArticle.Author(name));
                    piece.authors.add(known);
                }
                article.pieces.add(piece);
                article.pieceStarts.add(heading);
                byline.label = "piece-byline";
            }
        }
        if (article.pieces.size() < 2) {
            article.pieces.clear();
            article.pieceStarts.clear();
        }
    }

    private boolean namesAuthors(String byline) {
        return Names.chinese(byline).stream().allMatch(n -> article.authors.stream().anyMatch(a -> a.zh.equals(n)));
    }
}
