package org.qikan.refs;

import java.util.List;

/**
 * A work a note cites in full, as far as the note's text tells it.
 *
 * @param note        the number of the note it is in
 * @param type        a CSL type: {@code book}, {@code chapter}, {@code article-journal}, {@code article-newspaper},
 *                    {@code webpage} or {@code document}
 * @param authors     its authors (persons or an organisation), possibly none
 * @param translators its translators (Chinese {@code 某某译}), possibly none
 * @param container   the journal, newspaper, book or web site it is in, or {@code null}
 * @param date        the date of publication as ISO 8601, as precise as printed ({@code 2022}, {@code 2022-06},
 *                    {@code 2022-06-11}), or {@code null}; likewise {@code volume}, {@code issue}, {@code page},
 *                    {@code publisher} and {@code url}
 * @param place       where the publisher is ({@code 北京}, {@code New York}), or {@code null}
 * @param doi         the DOI without its prefix ({@code 10.1000/xyz}), printed as {@code doi:…}, {@code DOI: …} or a
 *                    {@code https://doi.org/…} address, or {@code null}
 * @param text        the citation as printed
 */
public record Reference(int note, String type, List<String> authors, List<String> translators, String title,
                        String container, String publisher, String date, String volume, String issue, String page,
                        String url, String place, String doi, String text) {
    public Reference {
        authors = List.copyOf(authors);
        translators = List.copyOf(translators);
    }

    /** The year of publication, or {@code null}. */
    public String year() {
        return date == null ? null : date.substring(0, 4);
    }

    /**
     * The reference as Highwire Press {@code citation_reference} content, such as
     * {@code citation_author=郑远舟; citation_title=…; citation_journal_title=…; citation_date=2025; citation_issue=1}, with
     * {@code citation_doi=10.…} where the citation prints a DOI.
     */
    public String citationReference() {
        StringBuilder out = new StringBuilder();
        authors.forEach(a -> part(out, "citation_author", a));
        part(out, "citation_title", title);
        part(out, "citation_journal_title", "article-journal".equals(type) || "article-newspaper".equals(type) ? container : null);
        part(out, "citation_inbook_title", "chapter".equals(type) ? container : null);
        part(out, "citation_publisher", publisher);
        part(out, "citation_date", year());
        part(out, "citation_volume", volume);
        part(out, "citation_issue", issue);
        part(out, "citation_pages", page);
        part(out, "citation_public_url", url);
        part(out, "citation_doi", doi);
        return out.toString();
    }

    private static void part(StringBuilder out, String key, String value) {
        if (value != null) {
            out.append(out.isEmpty() ? "" : "; ").append(key).append('=').append(value.replace(";", ","));
        }
    }

    /** Whether it gives where the work was published: a container, a publisher, a date, an address or a DOI. */
    public boolean isFull() {
        return container != null || publisher != null || date != null || url != null || doi != null;
    }
}
