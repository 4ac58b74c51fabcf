package org.qikan.catalog;

import java.util.List;
import java.util.stream.Stream;

/**
 * The entries of a catalog whose pages list one article: its authors (a symposium's piece authors too),
 * its keywords, its section. {@code qikan serve} renders these pages again when an article's fields change.
 */
public record Listing(List<PersonEntry> people, List<KeywordEntry> keywords, List<SectionEntry> sections) {
    public Listing {
        people = List.copyOf(people);
        keywords = List.copyOf(keywords);
        sections = List.copyOf(sections);
    }

    /** The entries of both, each once, this listing's first. */
    public Listing and(Listing other) {
        return new Listing(union(people, other.people), union(keywords, other.keywords), union(sections, other.sections));
    }

    private static <T> List<T> union(List<T> first, List<T> second) {
        return Stream.concat(first.stream(), second.stream()).distinct().toList();
    }
}
