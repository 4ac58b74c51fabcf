package org.qikan.importer.structure;

import org.qikan.importer.layout.Block;

import java.util.ArrayList;
import java.util.List;

/**
 * An article while {@link PrintedIssue} adds what the contents and the English abstracts print about it to what
 * {@link ArticleParser} read; frozen into an {@link ImportedArticle}. Used by {@code PrintedIssue} alone.
 */
final class ArticleDraft {
    String slug;
    final int line;
    final String titleZh;
    String titleEn;
    String subtitleZh;
    String subtitleEn;
    int section;
    final List<ImportedArticle.Author> authors;
    final String abstractZh;
    String abstractEn;
    final List<String> keywordsZh;
    final List<String> keywordsEn = new ArrayList<>();
    Integer firstPage;
    Integer lastPage;
    final ImportedArticle parsed;
    boolean englishMatched;
    /** The editor's credit, where it was printed after the article's English entry rather than in its text. */
    String editorZh;

    ArticleDraft(ImportedArticle parsed) {
        this.parsed = parsed;
        line = parsed.line();
        titleZh = parsed.titleZh();
        subtitleZh = parsed.subtitleZh();
        authors = new ArrayList<>(parsed.authors());
        abstractZh = parsed.abstractZh();
        abstractEn = parsed.abstractEn();
        keywordsZh = parsed.keywordsZh();
        keywordsEn.addAll(parsed.keywordsEn());
        firstPage = parsed.firstPage();
        lastPage = parsed.lastPage();
    }

    /**
     * The article as imported. A piece's authors are the article's (the piece names them by their Chinese
     * names), so that English names and notes added here reach the pieces too.
     */
    ImportedArticle freeze() {
        List<ImportedArticle.Piece> pieces = new ArrayList<>();
        for (ImportedArticle.Piece p : parsed.pieces()) {
            List<ImportedArticle.Author> own = new ArrayList<>();
            for (ImportedArticle.Author a : p.authors()) {
                own.add(authors.stream().filter(x -> x.zh().equals(a.zh())).findFirst().orElse(a));
            }
            pieces.add(p.withAuthors(own));
        }
        List<Block> body = parsed.body();
        return new ImportedArticle(slug, line, titleZh, titleEn, subtitleZh, subtitleEn, section, authors, abstractZh, abstractEn,
                keywordsZh, keywordsEn, firstPage, lastPage, parsed.doi(), parsed.clc(), parsed.documentCode(), parsed.articleNumber(),
                parsed.fundingZh(), parsed.editorZh() != null ? parsed.editorZh() : editorZh, body, pieces, englishMatched, parsed.unmarkedJoins(), parsed.received(),
                parsed.frontNotes());
    }
}
