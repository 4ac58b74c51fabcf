package org.qikan.catalog;

import org.qikan.content.Article;
import org.qikan.content.Edition;
import org.qikan.content.Journal;
import org.qikan.content.Person;
import org.qikan.diag.Diagnostics;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The people, keywords and sections of an edition, read once before rendering. */
public record Catalog(People people, Keywords keywords, Sections sections) {

    /** Builds the catalog; likely duplicate authors are reported as warnings with their file line. */
    public static Catalog of(Edition edition, Diagnostics problems) {
        return new Catalog(People.of(edition, problems), Keywords.of(edition), Sections.of(edition));
    }

    /** The entries whose pages list {@code article}, an article of this catalog's edition in {@code journal}. */
    public Listing listing(Journal journal, Article article) {
        return new Listing(authors(article).map(people::of).filter(Objects::nonNull).distinct().toList(),
                keywordsOf(article), sectionOf(journal, article));
    }

    /**
     * The entries of this catalog that listed {@code former}, the same article as an earlier load of the sources
     * gave it: its authors are found by {@code id} or name ({@link People#like}), its keywords and section as printed.
     */
    public Listing formerListing(Journal journal, Article former) {
        return new Listing(authors(former).flatMap(a -> people.like(a).stream()).distinct().toList(),
                keywordsOf(former), sectionOf(journal, former));
    }

    private static Stream<Person> authors(Article article) {
        return Stream.concat(article.authors().stream(), article.pieces().stream().flatMap(p -> p.authors().stream()));
    }

    private List<KeywordEntry> keywordsOf(Article article) {
        if (article.keywords() == null) {
            return List.of();
        }
        return Stream.concat(article.keywords().zh().stream().map(keywords::ofChinese),
                article.keywords().en().stream().map(keywords::ofEnglish)).filter(Objects::nonNull).distinct().toList();
    }

    private List<SectionEntry> sectionOf(Journal journal, Article article) {
        SectionEntry entry = sections.of(journal, article.sectionId());
        return entry == null ? List.of() : List.of(entry);
    }
}
