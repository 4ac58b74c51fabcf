package org.qikan.catalog;

import org.qikan.content.Bilingual;

import java.util.List;

/**
 * One person of the archive, with everything they wrote in it.
 *
 * @param slug         the page name under {@code people/}
 * @param name         the name as most recently printed
 * @param affiliations each affiliation as printed, most recent first, with the issues it was printed in
 * @param works        articles and symposium pieces, newest first
 */
public record PersonEntry(String slug, Bilingual name, String sortKey, String initial,
                          List<Affiliation> affiliations, List<Work> works) {

    /** An affiliation as printed, and the years it was printed in ("2023–2025" or "2025"). */
    public record Affiliation(Bilingual text, String years) {
    }
}
