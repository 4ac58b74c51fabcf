package org.qikan.importer.output;

import org.qikan.importer.structure.FundingNotes;
import org.qikan.importer.structure.ImportedArticle;
import org.qikan.importer.ImportOptions;
import org.qikan.importer.ImportResult;

import java.util.List;

/** Writes an article's YAML front matter in the content format (snake_case fields, bilingual values). */
public final class FrontMatterWriter {
    private FrontMatterWriter() {
    }

    public static String write(ImportedArticle a, String sectionId, List<Integer> tokensInFront, ChinesePunctuation zh) {
        Yaml y = new Yaml();
        y.bilingual("title", zh.apply(MarkdownBody.stripTokens(a.titleZh(), tokensInFront)), a.titleEn());
        y.bilingual("subtitle", zh.apply(MarkdownBody.stripTokens(a.subtitleZh(), tokensInFront)), a.subtitleEn());
        y.scalar("section", sectionId);
        authors(y, a.authors(), zh);
        y.bilingual("abstract", zh.apply(MarkdownBody.stripTokens(a.abstractZh(), tokensInFront)), a.abstractEn());
        y.bilingualLists("keywords", a.keywordsZh().stream().map(zh::apply).toList(), a.keywordsEn());
        y.number("first_page", a.firstPage());
        y.number("last_page", a.lastPage() != null && a.firstPage() != null && a.lastPage() >= a.firstPage() ? a.lastPage() : null);
        y.scalar("doi", a.doi());
        y.scalar("clc", a.clc());
        y.scalar("document_code", a.documentCode());
        y.scalar("article_number", a.articleNumber());
        funding(y, MarkdownBody.stripTokens(a.fundingZh(), tokensInFront), zh);
        y.bilingual("editor", a.editorZh(), null);
        y.scalar("received", a.received());
        for (ImportedArticle.Piece p : a.pieces()) {
            Yaml piece = y.addTo("pieces");
            piece.scalar("id", p.id());
            piece.bilingual("title", zh.apply(p.titleZh()), p.titleEn());
            authors(piece, p.authors(), zh);
            funding(piece, MarkdownBody.stripTokens(p.fundingZh(), tokensInFront), zh);
        }
        return y.asFrontMatter();
    }

    /** The funding note, its English sentences (a note printed in English, or in both languages) under {@code en}. */
    private static void funding(Yaml y, String note, ChinesePunctuation zh) {
        FundingNotes.Split split = FundingNotes.split(note);
        y.bilingual("funding", split.zh() == null ? null : zh.apply(split.zh()), split.en());
    }

    private static void authors(Yaml y, List<ImportedArticle.Author> authors, ChinesePunctuation zh) {
        for (ImportedArticle.Author author : authors) {
            Yaml entry = y.addTo("authors");
            entry.bilingual("name", author.zh(), author.en());
            entry.bilingual("affiliation", author.affiliationZh(), author.affiliationEn());
            entry.bilingual("bio", zh.apply(MarkdownBody.stripTokens(author.bioZh(), new java.util.ArrayList<>())), author.bioEn());
        }
    }
}
