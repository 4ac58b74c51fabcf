package org.qikan.render.page;

import org.qikan.published.SitePaths;
import org.qikan.catalog.Catalog;
import org.qikan.catalog.KeywordEntry;
import org.qikan.catalog.Listing;
import org.qikan.catalog.PersonEntry;
import org.qikan.catalog.SectionEntry;
import org.qikan.content.Bilingual;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The variables of the author, keyword and section pages and of the author and keyword indexes.
 * Each page exists in both views: the Chinese one, and the English one under {@code en/}.
 */
public final class CatalogPages {
    private final PageModels models;
    private final Catalog catalog;

    public CatalogPages(PageModels models, Catalog catalog) {
        this.models = models;
        this.catalog = catalog;
    }

    /** Every page of the catalog, Chinese and English, in a stable order. */
    public List<PageModel> all() {
        List<PageModel> out = new ArrayList<>();
        for (boolean english : new boolean[] {false, true}) {
            out.add(peopleIndex(english));
            catalog.people().entries().forEach(p -> out.add(person(p, english)));
            out.add(keywordIndex(english));
            catalog.keywords().entries().forEach(k -> out.add(keyword(k, english)));
            catalog.sections().entries().forEach(s -> out.add(section(s, english)));
        }
        return out;
    }

    /**
     * The pages of {@code listing}'s entries (of this catalog), Chinese and English, with the author and keyword
     * indexes (which count each entry's works), in the order of {@link #all()}.
     */
    public List<PageModel> listing(Listing listing) {
        List<PageModel> out = new ArrayList<>();
        for (boolean english : new boolean[] {false, true}) {
            out.add(peopleIndex(english));
            listing.people().forEach(p -> out.add(person(p, english)));
            out.add(keywordIndex(english));
            listing.keywords().forEach(k -> out.add(keyword(k, english)));
            listing.sections().forEach(s -> out.add(section(s, english)));
        }
        return out;
    }

    PageModel peopleIndex(boolean english) {
        Map<String, Object> vars = models.common(english, SitePaths.people(), null, null);
        vars.put("letters", letters(catalog.people().entries(), PersonEntry::initial,
                p -> new IndexEntry(p.name(), p.affiliations().isEmpty() ? Bilingual.EMPTY : p.affiliations().get(0).text(),
                        SitePaths.person(p.slug()), p.works().size())));
        return page("people", english, SitePaths.people(), vars);
    }

    PageModel person(PersonEntry person, boolean english) {
        String path = SitePaths.person(person.slug());
        Map<String, Object> vars = models.common(english, path, null, null);
        vars.put("person", person);
        vars.put("works", person.works().stream().map(WorkView::of).toList());
        vars.put("indexPath", english ? SitePaths.english(SitePaths.people()) : SitePaths.people());
        return page("person", english, path, vars);
    }

    PageModel keywordIndex(boolean english) {
        Map<String, Object> vars = models.common(english, SitePaths.keywords(), null, null);
        vars.put("letters", letters(catalog.keywords().entries(), KeywordEntry::initial,
                k -> new IndexEntry(k.term(), Bilingual.EMPTY, SitePaths.keyword(k.slug()), k.works().size())));
        return page("keywords", english, SitePaths.keywords(), vars);
    }

    PageModel keyword(KeywordEntry keyword, boolean english) {
        String path = SitePaths.keyword(keyword.slug());
        Map<String, Object> vars = models.common(english, path, null, null);
        vars.put("keyword", keyword);
        vars.put("works", keyword.works().stream().map(WorkView::of).toList());
        vars.put("indexPath", english ? SitePaths.english(SitePaths.keywords()) : SitePaths.keywords());
        return page("keyword", english, path, vars);
    }

    PageModel section(SectionEntry section, boolean english) {
        String path = SitePaths.section(section.journal(), section.id());
        Map<String, Object> vars = models.common(english, path, section.journal(), null);
        vars.put("section", section);
        vars.put("works", section.works().stream().map(WorkView::of).toList());
        return page("section", english, path, vars);
    }

    private static PageModel page(String template, boolean english, String zhPath, Map<String, Object> vars) {
        return new PageModel(template, english ? SitePaths.english(zhPath) : zhPath, vars);
    }

    /** Entries under their initial letters, A to Z then {@code #}, in the entries' (pinyin) order. */
    private static <T> List<Letter> letters(List<T> entries, Function<T, String> initial, Function<T, IndexEntry> view) {
        Map<String, List<IndexEntry>> byLetter = new LinkedHashMap<>();
        entries.stream().sorted(java.util.Comparator.comparing(e -> initial.apply(e).equals("#") ? 1 : 0))
                .forEach(e -> byLetter.computeIfAbsent(initial.apply(e), k -> new ArrayList<>()).add(view.apply(e)));
        List<Letter> out = new ArrayList<>();
        byLetter.entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing((String l) -> l.equals("#") ? "~" : l)))
                .forEach(e -> out.add(new Letter(e.getKey(), e.getKey().equals("#") ? "letter-other" : "letter-" + e.getKey(), e.getValue())));
        return out;
    }

    /** One initial letter of an index and its entries; {@code id} is the anchor the letter navigation links to. */
    public record Letter(String letter, String id, List<IndexEntry> entries) {
    }

    /**
     * One line of an index: a person (with the latest affiliation) or a keyword, and how many works it has.
     *
     * @param path the zh view's site-relative path; the English view prefixes {@code en/}
     */
    public record IndexEntry(Bilingual name, Bilingual detail, String path, int count) {
        public String pathEn() {
            return SitePaths.english(path);
        }
    }
}
