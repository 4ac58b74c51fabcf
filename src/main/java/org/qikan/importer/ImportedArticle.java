package org.qikan.importer;

import java.util.ArrayList;
import java.util.List;

/** An article as read from the issue text, before it is written as Markdown with front matter. */
final class ImportedArticle {
    /** An author: names in both languages, the 作者简介 / Authors text as bio. */
    static final class Author {
        String zh;
        String en;
        String bioZh;
        String bioEn;

        Author(String zh) {
            this.zh = zh;
        }
    }

    /** A symposium piece: its own title and authors, its text starting at {@code firstBlock} of the body. */
    static final class Piece {
        String id;
        String titleZh;
        String titleEn;
        String fundingZh;
        final List<Author> authors = new ArrayList<>();
    }

    String slug;
    int line;
    String titleZh;
    String titleEn;
    String subtitleZh;
    String subtitleEn;
    int section;
    final List<Author> authors = new ArrayList<>();
    String abstractZh;
    String abstractEn;
    final List<String> keywordsZh = new ArrayList<>();
    final List<String> keywordsEn = new ArrayList<>();
    Integer firstPage;
    Integer lastPage;
    String doi;
    String clc;
    String documentCode;
    String articleNumber;
    String fundingZh;
    String editorZh;
    /** Funding notes found in the body (marked * or opening with 本文系…), placed once the pieces are known. */
    final List<Block> fundingNotes = new ArrayList<>();
    /** Blocks of the article text after its labelled front, in reading order. */
    final List<Block> body = new ArrayList<>();
    final List<Piece> pieces = new ArrayList<>();
    /** Index of the body block each piece starts at, parallel to {@link #pieces}. */
    final List<Block> pieceStarts = new ArrayList<>();
    /** Whether an English abstract entry was matched to the article. */
    boolean englishMatched;

    boolean isSymposium() {
        return !pieces.isEmpty();
    }
}
