package org.qikan.refs;

import org.qikan.catalog.Work;
import org.qikan.content.Article;
import org.qikan.content.Edition;
import org.qikan.content.Issue;
import org.qikan.content.Journal;
import org.qikan.content.Person;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the article of this archive a reference cites: the journal's name (Chinese or English), the
 * year and the issue number must match, and then the title (one containing the other) or, failing
 * that, exactly one article of that issue by one of the reference's authors.
 */
final class ArchiveMatcher {
    private static final int SHORTEST_TITLE = 4;
    private final Map<String, List<Work>> byIssue = new HashMap<>();

    ArchiveMatcher(Edition edition) {
        for (Journal journal : edition.journals()) {
            for (Issue issue : journal.issues()) {
                List<Work> works = issue.articles().stream().map(a -> new Work(journal, issue, a, null)).toList();
                for (String name : new String[] {journal.name().zh(), journal.name().en()}) {
                    if (name != null) {
                        byIssue.put(key(name, issue.year(), issue.number()), works);
                    }
                }
            }
        }
    }

    Optional<Work> match(Reference reference) {
        if (reference.container() == null || reference.year() == null || reference.issue() == null
                || !reference.issue().chars().allMatch(Character::isDigit) || reference.issue().length() > 6) {
            return Optional.empty();
        }
        List<Work> works = byIssue.getOrDefault(key(reference.container(), Integer.parseInt(reference.year()),
                Integer.parseInt(reference.issue())), List.of());
        List<Work> byTitle = works.stream().filter(w -> sameTitle(w.article(), reference.title())).toList();
        if (byTitle.size() == 1) {
            return Optional.of(byTitle.get(0));
        }
        List<Work> byAuthor = works.stream().filter(w -> byAuthor(w.article(), reference.authors())).toList();
        return byAuthor.size() == 1 ? Optional.of(byAuthor.get(0)) : Optional.empty();
    }

    private static boolean sameTitle(Article article, String title) {
        String cited = ShortCitationResolver.fold(title);
        for (String printed : new String[] {article.title().zh(), article.title().en()}) {
            String own = printed == null ? "" : ShortCitationResolver.fold(printed);
            if (own.length() >= SHORTEST_TITLE && cited.length() >= SHORTEST_TITLE && (own.contains(cited) || cited.contains(own))) {
                return true;
            }
        }
        return false;
    }

    private static boolean byAuthor(Article article, List<String> authors) {
        return article.allAuthors().stream().map(Person::name)
                .flatMap(n -> java.util.stream.Stream.of(n.zh(), n.en()))
                .filter(java.util.Objects::nonNull).map(ShortCitationResolver::fold)
                .anyMatch(n -> authors.stream().map(ShortCitationResolver::fold).anyMatch(n::equals));
    }

    private static String key(String journalName, int year, int number) {
        return ShortCitationResolver.fold(journalName.replaceAll("[《》]", "")) + "|" + year + "|" + number;
    }
}
