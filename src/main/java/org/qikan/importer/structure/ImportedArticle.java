package org.qikan.importer.structure;

import org.qikan.importer.layout.Block;

import java.util.List;

/**
 * An article as read from the issue text, with what the contents and the English abstracts add: the value
 * the structure layer hands to the writer. Built once ({@link PrintedIssue} freezes it from what
 * {@link ArticleParser} read).
 *
 * @param body           blocks of the article text after its labelled front, in reading order
 * @param englishMatched whether an English abstract entry was matched to the article
 * @param unmarkedJoins  paragraphs joined where a page end cut them and nothing marked it
 * @param received       the date received as printed (收稿日期), or null
 * @param frontNotes     notes whose marker stood on the title or an author's name, with where each went
 */
public record ImportedArticle(String slug, int line, String titleZh, String titleEn, String subtitleZh, String subtitleEn,
                              int section, List<Author> authors, String abstractZh, String abstractEn,
                              List<String> keywordsZh, List<String> keywordsEn, Integer firstPage, Integer lastPage,
                              String doi, String clc, String documentCode, String articleNumber, String fundingZh,
                              String editorZh, List<Block> body, List<Piece> pieces, boolean englishMatched,
                              int unmarkedJoins, String received, List<FrontNote> frontNotes) {
    public ImportedArticle {
        frontNotes = List.copyOf(frontNotes);
        authors = List.copyOf(authors);
        keywordsZh = List.copyOf(keywordsZh);
        keywordsEn = List.copyOf(keywordsEn);
        body = List.copyOf(body);
        pieces = List.copyOf(pieces);
    }

    /**
     * A note cited from the title or an author's name: its input line, its printed label, and what it became (the
     * funding, an author's note, a paragraph at the article's end).
     */
    public record FrontNote(int line, String label, String became) {
    }

    /** An author: names in both languages, the 作者简介 / Authors text as bio, the unit printed under the byline (English: the
     * English block's), several joined by {@code ；} ({@code ; } in English). */
    public record Author(String zh, String en, String bioZh, String bioEn, String affiliationZh, String affiliationEn) {
        public Author(String zh) {
            this(zh, null, null, null, null, null);
        }

        public Author withEn(String name) {
            return new Author(zh, name, bioZh, bioEn, affiliationZh, affiliationEn);
        }

        public Author withBioZh(String bio) {
            return new Author(zh, en, bio, bioEn, affiliationZh, affiliationEn);
        }

        public Author withBioEn(String bio) {
            return new Author(zh, en, bioZh, bio, affiliationZh, affiliationEn);
        }

        public Author withAffiliationZh(String unit) {
            return new Author(zh, en, bioZh, bioEn, unit, affiliationEn);
        }

        /** The units as the English block prints them, several set apart by semicolons. */
        public Author withAffiliationEn(String unit) {
            return new Author(zh, en, bioZh, bioEn, affiliationZh, unit);
        }
    }

    /**
     * A symposium piece: its own title, authors and funding; its text starts at the body block {@code start}
     * (its heading) and {@code byline} is the byline printed under it.
     */
    public record Piece(String id, String titleZh, String titleEn, String fundingZh, List<Author> authors, Block start, Block byline) {
        public Piece {
            authors = List.copyOf(authors);
        }

        public Piece withFunding(String funding) {
            return new Piece(id, titleZh, titleEn, funding, authors, start, byline);
        }

        public Piece withAuthors(List<Author> newAuthors) {
            return new Piece(id, titleZh, titleEn, fundingZh, newAuthors, start, byline);
        }
    }

    public boolean isSymposium() {
        return !pieces.isEmpty();
    }
}
