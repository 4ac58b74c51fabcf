package org.qikan.content;

import java.util.List;

/**
 * One article of an issue, as its front matter and Markdown body describe it.
 *
 * @param slug          file name without {@code .md}, or the front matter's {@code slug}; the page name
 * @param sectionId     the id of one of the sections
 * @param firstPage     printed first page, or {@code null}
 * @param lastPage      printed last page, or {@code null}
 * @param documentCode  文献标识码, such as {@code A}
 * @param articleNumber 文章编号
 * @param clc           中图分类号 (Chinese Library Classification number)
 * @param editor        责任编辑, the editor responsible for the article
 * @param pieces        the authored pieces of a symposium (笔谈); empty for an ordinary article
 */
public record Article(
        String slug,
        Bilingual title,
        Bilingual subtitle,
        String sectionId,
        List<Person> authors,
        Bilingual abstractText,
        BilingualList keywords,
        Integer firstPage,
        Integer lastPage,
        String doi,
        String clc,
        String documentCode,
        String articleNumber,
        Bilingual funding,
        Bilingual editor,
        List<Piece> pieces,
        Integer order,
        MarkdownSource body) {

    public Article {
        authors = List.copyOf(authors);
        pieces = List.copyOf(pieces);
    }

    public boolean isSymposium() {
        return !pieces.isEmpty();
    }

    /** The article's authors, and for a symposium the authors of its pieces, each once, in order. */
    public List<Person> allAuthors() {
        if (pieces.isEmpty()) {
            return authors;
        }
        java.util.LinkedHashMap<String, Person> byName = new java.util.LinkedHashMap<>();
        authors.forEach(a -> byName.putIfAbsent(a.name().zhOrEn(), a));
        pieces.forEach(p -> p.authors().forEach(a -> byName.putIfAbsent(a.name().zhOrEn(), a)));
        return List.copyOf(byName.values());
    }
}
