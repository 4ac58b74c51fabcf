package org.qikan.content;

import java.time.LocalDate;
import java.util.List;

/**
 * One issue of a journal: its numbering, its sections in printed order and its articles in TOC
 * order (by section, then first page).
 *
 * @param slug       folder name, {@code <year>-<number>} with a two-digit number, such as {@code 2024-04}
 * @param volume     卷, or {@code null}
 * @param cumulative 总第 N 期, or {@code null}
 * @param published  publication date, or {@code null}
 */
public record Issue(
        String slug,
        int year,
        int number,
        Integer volume,
        Integer cumulative,
        LocalDate published,
        List<Section> sections,
        List<Article> articles,
        List<IssuePage> pages) {

    public Issue {
        sections = List.copyOf(sections);
        articles = List.copyOf(articles);
        pages = List.copyOf(pages);
    }

    public List<Article> articlesIn(Section section) {
        return articles.stream().filter(a -> section.id() != null && section.id().equals(a.sectionId())).toList();
    }
}
