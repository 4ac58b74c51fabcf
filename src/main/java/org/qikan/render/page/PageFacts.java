package org.qikan.render.page;

import org.qikan.catalog.KeywordEntry;
import org.qikan.catalog.PersonEntry;
import org.qikan.catalog.SectionEntry;
import org.qikan.content.Journal;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What a page outside the issues (home, search, archive, catalog, LOCKSS and 404 pages) shows, as text: its
 * template, path and every variable, records field by field, so that a rebuild can take the page back from the
 * previous output where this text, the templates and the settings are unchanged. A page holding a value this class
 * cannot describe faithfully (an article or issue as loaded, whose text form is the whole archive) has no facts
 * and is always rendered.
 *
 * <p>Two values are described by what their pages show of them: a catalog entry without its works (its page lists
 * them in {@code works}, as {@link WorkView}s, and its index counts them), and {@link CatalogLinks}, which catalog
 * pages use only for the constant paths of the two indexes. One per render, used by one thread: it describes the
 * interface words, which every page holds, once.
 */
public final class PageFacts {
    /** The components of catalog entries that their pages show through other variables. */
    private static final Set<String> SHOWN_ELSEWHERE = Set.of("works");

    /** Maps met before (the labels every page holds), by identity, described once: used by one thread. */
    private final Map<Object, String> maps = new java.util.IdentityHashMap<>();

    /** The page's facts, or {@code null} where it holds a value that cannot be described (render it every time). */
    public String of(PageModel page) {
        StringBuilder text = new StringBuilder(1024).append(page.template()).append('\n').append(page.path()).append('\n');
        try {
            page.variables().forEach((name, value) -> {
                describe(text, name);
                describe(text, value);
            });
        } catch (Undescribable e) {
            return null;
        }
        return text.toString();
    }

    private void describe(StringBuilder text, Object value) {
        if (value == null || value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?> || value instanceof java.time.temporal.TemporalAccessor) {
            text.append(value == null ? "\u0000" : value.toString().replace("\u0001", "\u0001\u0001")).append('\u0001');
        } else if (value instanceof Map<?, ?> map) {
            String known = maps.get(map);
            if (known == null) {
                StringBuilder entries = new StringBuilder().append("{").append(map.size()).append('\u0001');
                map.forEach((k, v) -> {
                    describe(entries, k);
                    describe(entries, v);
                });
                known = entries.toString();
                if (map.size() > 8) { // the interface words: the same map on every page, unchanged while the build runs
                    maps.put(map, known);
                }
            }
            text.append(known);
        } else if (value instanceof Collection<?> list && !(value instanceof Set<?>)) {
            text.append("[").append(list.size()).append('\u0001');
            list.forEach(v -> describe(text, v));
        } else if (value instanceof Journal journal) {
            text.append("journal ").append(journal.slug()).append('\u0001'); // its fields as pages show them: JournalView
        } else if (value instanceof CatalogLinks) {
            text.append("links").append('\u0001');
        } else if (value instanceof PersonEntry || value instanceof KeywordEntry || value instanceof SectionEntry) {
            components(text, (Record) value, SHOWN_ELSEWHERE);
        } else if (value instanceof Record record && !loaded(record)) {
            components(text, record, Set.of());
        } else {
            throw new Undescribable();
        }
    }

    /** The archive as loaded (articles, issues, works of the catalog): pages show views of them, never these. */
    private static boolean loaded(Record record) {
        return record instanceof org.qikan.content.Article || record instanceof org.qikan.content.Issue
                || record instanceof org.qikan.catalog.Work || record instanceof org.qikan.content.IssuePage;
    }

    private void components(StringBuilder text, Record record, Set<String> skipped) {
        text.append(record.getClass().getName()).append('(');
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (skipped.contains(component.getName())) {
                continue;
            }
            try {
                describe(text, component.getAccessor().invoke(record));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new Undescribable();
            }
        }
        text.append(')');
    }

    /** A value whose text would not be what the page shows of it. */
    private static final class Undescribable extends RuntimeException {
        Undescribable() {
            super(null, null, false, false);
        }
    }
}
