package org.qikan.catalog;

import org.qikan.content.Bilingual;
import org.qikan.content.Journal;

import java.util.List;

/**
 * A section (column) of a journal, such as 笔谈 or 区域与国别, across its issues.
 *
 * @param id    the section id of the issues' {@code issue.yaml}; the page name under {@code <journal>/sections/}
 * @param title the title as most recently printed
 * @param works the articles, newest first
 */
public record SectionEntry(Journal journal, String id, Bilingual title, List<Work> works) {
}
