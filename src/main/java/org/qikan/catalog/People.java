package org.qikan.catalog;

import org.qikan.content.Article;
import org.qikan.content.Bilingual;
import org.qikan.content.Edition;
import org.qikan.content.Issue;
import org.qikan.content.Journal;
import org.qikan.content.Person;
import org.qikan.content.Piece;
import org.qikan.diag.Diagnostics;
import org.qikan.index.TextNormalizer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises the same person across articles, issues and journals. Authors with the same {@code id}
 * are one person. Authors without one are one person where the name is the same and so is the
 * affiliation or the English name (a changed affiliation with the same English name is one person).
 * Where a name is printed with different affiliations and no {@code id} decides, the build warns.
 */
public final class People {
    /** What compared names and affiliations leave out: spaces and the dots between parts of a name. */
    private static final java.util.regex.Pattern NOT_IN_NAMES = java.util.regex.Pattern.compile("[\\s·・.]");
    private static final String HINT = "give the author the same 'id:' in every article to join them, or different ones to separate them";

    private final List<PersonEntry> entries;
    private final Map<Person, PersonEntry> byMention;

    private People(List<PersonEntry> entries, Map<Person, PersonEntry> byMention) {
        this.entries = List.copyOf(entries);
        this.byMention = byMention;
    }

    /** Every person, sorted for the author index (pinyin of the Chinese name, else the English name). */
    public List<PersonEntry> entries() {
        return entries;
    }

    /** The person an author of an article or piece is, or {@code null} for a person not in the edition. */
    public PersonEntry of(Person author) {
        return byMention.get(author);
    }

    /**
     * The people an author read from another load of the sources may be: the one with the author's {@code id}
     * (as a page name), else every person of the author's name. Empty where there is none.
     */
    public List<PersonEntry> like(Person author) {
        String name = compact(author.name().zhOrEn());
        return entries.stream().filter(e -> author.id() != null ? e.slug().equals(author.id())
                : compact(e.name().zhOrEn()).equals(name)).toList();
    }

    public static People of(Edition edition, Diagnostics problems) {
        List<Mention> mentions = mentions(edition);
        List<List<Mention>> groups = group(mentions);
        warnAboutLikelyDuplicates(groups, problems);
        return entries(groups);
    }

    /**
     * One printing of an author's name on an article or a piece, with its name, English name and affiliation
     * compacted once (they are compared for every pair of mentions of one name).
     */
    private record Mention(Person person, Work work, String name, String englishName, String affiliation) {
        static Mention of(Person person, Work work) {
            return new Mention(person, work, compact(person.name().zhOrEn()), compact(person.name().en()),
                    compact(person.affiliation().zhOrEn()));
        }

        Path file() {
            return work.article().body().file();
        }

        String where() {
            return file().getFileName() + ":" + person.line();
        }
    }

    private static List<Mention> mentions(Edition edition) {
        List<Mention> out = new ArrayList<>();
        for (Journal journal : edition.journals()) {
            for (Issue issue : journal.issues()) {
                for (Article article : issue.articles()) {
                    article.authors().forEach(a -> out.add(Mention.of(a, new Work(journal, issue, article, null))));
                    for (Piece piece : article.pieces()) {
                        piece.authors().forEach(a -> out.add(Mention.of(a, new Work(journal, issue, article, piece))));
                    }
                }
            }
        }
        return out;
    }

    /** Groups mentions into people: by id, then by name joined through affiliation or English name. */
    private static List<List<Mention>> group(List<Mention> mentions) {
        Map<String, List<Mention>> byId = new LinkedHashMap<>();
        Map<String, List<Mention>> withoutIdByName = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.person().id() != null) {
                byId.computeIfAbsent(m.person().id(), k -> new ArrayList<>()).add(m);
            } else {
                withoutIdByName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m);
            }
        }
        List<List<Mention>> groups = new ArrayList<>(byId.values());
        for (List<Mention> sameName : withoutIdByName.values()) {
            for (List<Mention> component : components(sameName)) {
                List<Mention> owner = onlyIdGroupMatching(component, byId.values());
                if (owner != null) {
                    owner.addAll(component);
                } else {
                    groups.add(component);
                }
            }
        }
        return groups;
    }

    /** Mentions of one name, joined where they share an affiliation or an English name. */
    private static List<List<Mention>> components(List<Mention> sameName) {
        // mentions and components are compared by identity: equals would compare whole articles, Markdown and all
        Map<Mention, Integer> order = new java.util.IdentityHashMap<>();
        for (Mention m : sameName) {
            order.putIfAbsent(m, order.size());
        }
        List<List<Mention>> components = new ArrayList<>();
        for (Mention m : sameName) {
            List<List<Mention>> joined = components.stream().filter(c -> c.stream().anyMatch(o -> samePerson(m, o))).toList();
            List<Mention> merged = new ArrayList<>();
            joined.forEach(merged::addAll);
            merged.add(m);
            components.removeIf(c -> joined.stream().anyMatch(j -> j == c));
            components.add(merged);
        }
        components.sort(Comparator.comparingInt(c -> order.get(c.get(0))));
        return components;
    }

    private static boolean samePerson(Mention a, Mention b) {
        return !a.affiliation().isEmpty() && a.affiliation().equals(b.affiliation())
                || !a.englishName().isEmpty() && a.englishName().equals(b.englishName());
    }

    /** The one person with an id whose name, and affiliation or English name, the mentions share. */
    private static List<Mention> onlyIdGroupMatching(List<Mention> component, java.util.Collection<List<Mention>> idGroups) {
        List<List<Mention>> matching = idGroups.stream()
                .filter(g -> g.stream().anyMatch(o -> component.stream().anyMatch(m -> m.name().equals(o.name()) && samePerson(m, o))))
                .toList();
        return matching.size() == 1 ? matching.get(0) : null;
    }

    private static void warnAboutLikelyDuplicates(List<List<Mention>> groups, Diagnostics problems) {
        Map<String, List<List<Mention>>> byName = new LinkedHashMap<>();
        for (List<Mention> group : groups) {
            group.stream().map(Mention::name).distinct().forEach(n -> byName.computeIfAbsent(n, k -> new ArrayList<>()).add(group));
        }
        for (List<Mention> group : groups) {
            warnAboutChangedAffiliation(group, problems);
        }
        byName.forEach((name, sameName) -> warnAboutSplitName(sameName, problems));
    }

    /** One person without an id, printed with two affiliations: joined only through the English name. */
    private static void warnAboutChangedAffiliation(List<Mention> group, Diagnostics problems) {
        Mention first = group.get(0);
        if (first.person().id() != null) {
            return;
        }
        group.stream().filter(m -> !m.affiliation().isEmpty() && !first.affiliation().isEmpty()
                        && !m.affiliation().equals(first.affiliation()))
                .findFirst()
                .ifPresent(m -> problems.warning(m.file(), m.person().line(),
                        "author '" + m.person().name().zhOrEn() + "' is printed with another affiliation than at " + first.where()
                                + " and is counted as the same person (same English name)",
                        HINT));
    }

    /** Two people of the same name, at least one without an id: a likely duplicate. */
    private static void warnAboutSplitName(List<List<Mention>> sameName, Diagnostics problems) {
        if (sameName.size() < 2) {
            return;
        }
        Mention first = sameName.get(0).get(0);
        for (List<Mention> other : sameName.subList(1, sameName.size())) {
            Mention m = other.get(0);
            if (m.person().id() == null || first.person().id() == null) {
                problems.warning(m.file(), m.person().line(),
                        "author '" + m.person().name().zhOrEn() + "' has the name of the author at " + first.where()
                                + " but another affiliation and English name, and is counted as another person",
                        HINT);
            }
        }
    }

    private static People entries(List<List<Mention>> groups) {
        List<PersonEntry> entries = new ArrayList<>();
        Map<Person, PersonEntry> byMention = new IdentityHashMap<>();
        Set<String> slugs = new HashSet<>();
        List<List<Mention>> ordered = new ArrayList<>(groups);
        ordered.forEach(g -> g.sort(Comparator.comparing(Mention::work, Work.NEWEST_FIRST)));
        // each person's name read in pinyin once, then sorted by it
        record Named(List<Mention> group, List<String> syllables, String sortKey) {
            Mention latest() {
                return group.get(0);
            }
        }
        List<Named> named = new ArrayList<>();
        for (List<Mention> group : ordered) {
            String name = group.get(0).person().name().zhOrEn();
            List<String> syllables = Pinyin.nameSyllables(name);
            named.add(new Named(group, syllables, Pinyin.sortKey(syllables, name)));
        }
        named.sort(Comparator.comparing(Named::sortKey)
                .thenComparing(n -> n.latest().file().toString()).thenComparingInt(n -> n.latest().person().line()));
        for (Named person : named) {
            List<Mention> group = person.group();
            Person latest = person.latest().person();
            String id = group.stream().map(m -> m.person().id()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            String slug = unique(id != null ? id : Pinyin.slug(person.syllables()), slugs);
            PersonEntry entry = new PersonEntry(slug, latest.name(), person.sortKey(), Pinyin.initial(person.syllables()),
                    affiliations(group), group.stream().map(Mention::work).distinct().toList());
            entries.add(entry);
            group.forEach(m -> byMention.put(m.person(), entry));
        }
        return new People(entries, byMention);
    }

    private static List<PersonEntry.Affiliation> affiliations(List<Mention> newestFirst) {
        Map<String, List<Mention>> byText = new LinkedHashMap<>();
        newestFirst.stream().filter(m -> !m.affiliation().isEmpty())
                .forEach(m -> byText.computeIfAbsent(m.affiliation(), k -> new ArrayList<>()).add(m));
        List<PersonEntry.Affiliation> out = new ArrayList<>();
        for (List<Mention> printed : byText.values()) {
            Bilingual text = printed.get(0).person().affiliation();
            int newest = printed.get(0).work().issue().year();
            int oldest = printed.get(printed.size() - 1).work().issue().year();
            out.add(new PersonEntry.Affiliation(text, oldest == newest ? String.valueOf(newest) : oldest + "–" + newest));
        }
        return out;
    }

    static String unique(String base, Set<String> taken) {
        String stem = base.isEmpty() ? "person" : base;
        String slug = stem;
        for (int n = 2; !taken.add(slug); n++) {
            slug = stem + "-" + n;
        }
        return slug;
    }

    private static String compact(String text) {
        return text == null ? "" : NOT_IN_NAMES.matcher(TextNormalizer.normalize(text)).replaceAll("");
    }
}
