package org.qikan.importer;

import java.util.List;

/** Writes an article's YAML front matter in the content format (snake_case fields, bilingual values). */
final class FrontMatterWriter {
    private FrontMatterWriter() {
    }

    static String write(ImportedArticle a, String sectionId, List<Integer> tokensInFront) {
        Yaml y = new Yaml();
        y.raw("---\n");
        y.bilingual("", "title", MarkdownBody.stripTokens(a.titleZh, tokensInFront), a.titleEn);
        y.bilingual("", "subtitle", MarkdownBody.stripTokens(a.subtitleZh, tokensInFront), a.subtitleEn);
        y.scalar("", "section", sectionId);
        if (!a.isSymposium() || !a.authors.isEmpty()) {
            authors(y, "", a.isSymposium() ? a.authors : a.authors);
        }
        y.bilingual("", "abstract", MarkdownBody.stripTokens(a.abstractZh, tokensInFront), a.abstractEn);
        y.bilingualLists("", "keywords", a.keywordsZh, a.keywordsEn);
        y.number("", "first_page", a.firstPage);
        y.number("", "last_page", a.lastPage != null && a.firstPage != null && a.lastPage >= a.firstPage ? a.lastPage : null);
        y.scalar("", "doi", a.doi);
        y.scalar("", "clc", a.clc);
        y.scalar("", "document_code", a.documentCode);
        y.scalar("", "article_number", a.articleNumber);
        y.bilingual("", "funding", MarkdownBody.stripTokens(a.fundingZh, tokensInFront), null);
        y.bilingual("", "editor", a.editorZh, null);
        if (a.isSymposium()) {
            y.raw("pieces:\n");
            for (ImportedArticle.Piece p : a.pieces) {
                y.raw("  - id: " + p.id + "\n");
                y.bilingual("    ", "title", p.titleZh, p.titleEn);
                authors(y, "    ", p.authors);
            }
        }
        y.raw("---\n");
        return y.toString();
    }

    private static void authors(Yaml y, String indent, List<ImportedArticle.Author> authors) {
        if (authors.isEmpty()) {
            return;
        }
        y.raw(indent + "authors:\n");
        for (ImportedArticle.Author author : authors) {
            y.raw(indent + "  - name:\n");
            y.scalar(indent + "      ", "zh", author.zh);
            y.scalar(indent + "      ", "en", author.en);
            if (!Yaml.blank(author.bioZh) || !Yaml.blank(author.bioEn)) {
                y.bilingual(indent + "    ", "bio", MarkdownBody.stripTokens(author.bioZh, new java.util.ArrayList<>()), author.bioEn);
            }
        }
    }
}
