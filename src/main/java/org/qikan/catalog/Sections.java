package org.qikan.catalog;

import org.qikan.content.Article;
import org.qikan.content.Edition;
import org.qikan.content.Issue;
import org.qikan.content.Journal;
import org.qikan.content.Section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sections of every journal across its issues, each with its articles; a section with no article has no page. */
public final class Sections {
    private final List<SectionEntry> entries;
    private final Map<String, SectionEntry> byKey;

    private Sections(List<SectionEntry> entries, Map<String, SectionEntry> byKey) {
        this.entries = List.copyOf(entries);
        this.byKey = byKey;
    }

    /** Journal by journal, sections in the order the newest issue prints them. */
    public List<SectionEntry> entries() {
        return entries;
    }

    /** The section of a journal with that id, or {@code null} where it has no article. */
    public SectionEntry of(Journal journal, String sectionId) {
        return byKey.get(journal.slug() + "/" + sectionId);
    }

    public static Sections of(Edition edition) {
        List<SectionEntry> entries = new ArrayList<>();
        Map<String, SectionEntry> byKey = new LinkedHashMap<>();
        for (Journal journal : edition.journals()) {
            Map<String, Section> titles = new LinkedHashMap<>();
            Map<String, List<Work>> works = new LinkedHashMap<>();
            for (Issue issue : journal.issues()) {
                issue.sections().forEach(s -> titles.putIfAbsent(s.id(), s));
                for (Article article : issue.articles()) {
                    works.computeIfAbsent(article.sectionId(), k -> new ArrayList<>()).add(new Work(journal, issue, article, null));
                }
            }
            titles.forEach((id, section) -> {
                List<Work> list = works.getOrDefault(id, List.of());
                if (!list.isEmpty()) {
                    SectionEntry entry = new SectionEntry(journal, id, section.title(), list.stream().sorted(Work.NEWEST_FIRST).toList());
                    entries.add(entry);
                    byKey.put(journal.slug() + "/" + id, entry);
                }
            });
        }
        return new Sections(entries, byKey);
    }
}
