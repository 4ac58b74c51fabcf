package org.qikan.importer.structure;

import org.qikan.importer.layout.Block;

import java.util.ArrayList;
import java.util.List;

/** An article as read from the issue text, before it is written as Markdown with front matter. */
public final class ImportedArticle {
    /** An author: names in both languages, the 作者简介 / Authors text as bio. */
    public static final class Author {
        public String zh;
        public String en;
        public String bioZh;
        public String bioEn;

        public Author(String zh) {
            this.zh = zh;
        }
    }

    /** A symposium piece: its own title and authors, its text starting at {@code firstBlock} of the body. */
    public static final class Piece {
        public String id;
        public String titleZh;
        public String titleEn;
        public String fundingZh;
        public final List<Author> authors = new ArrayList<>();
    }

    public String slug;
    public int line;
    public String titleZh;
    public String titleEn;
    public String subtitleZh;
    public String subtitleEn;
    public int section;
    public final List<Author> authors = new ArrayList<>();
    public String abstractZh;
    public String abstractEn;
    public final List<String> keywordsZh = new ArrayList<>();
    public final List<String> keywordsEn = new ArrayList<>();
    public Integer firstPage;
    public Integer lastPage;
    public String doi;
    public String clc;
    public String documentCode;
    public String articleNumber;
    public String fundingZh;
    public String editorZh;
    /** Funding notes found in the body (marked * or opening with 本文系…), placed once the pieces are known. */
    public final List<Block> fundingNotes = new ArrayList<>();
    /** Blocks of the article text after its labelled front, in reading order. */
    public final List<Block> body = new ArrayList<>();
    public final List<Piece> pieces = new ArrayList<>();
    /** Index of the body block each piece starts at, parallel to {@link #pieces}. */
    public final List<Block> pieceStarts = new ArrayList<>();
    /** Whether an English abstract entry was matched to the article. */
    public boolean englishMatched;
    /** Paragraphs joined where a page end cut them and nothing marked it. */
    public int unmarkedJoins;
    /** English title, names, abstract and key words printed after the article's text, or empty. */
    public final List<Block> englishBlocks = new ArrayList<>();

    public boolean isSymposium() {
        return !pieces.isEmpty();
    }
}
