package org.qikan.refs;

import java.util.List;

/**
 * A work a note cites in full, as far as the note's text tells it.
 *
 * @param note      the number of the note it is in
 * @param type      a CSL type: {@code book}, {@code article-journal}, {@code article-newspaper} or {@code document}
 * @param container the journal or newspaper, or {@code null}
 * @param year      the year of publication, or {@code null}; likewise {@code issue}, {@code page}, {@code publisher}
 * @param text      the citation as printed
 */
public record Reference(int note, String type, List<String> authors, String title, String container, String publisher,
                        String year, String issue, String page, String text) {
    public Reference {
        authors = List.copyOf(authors);
    }

    /**
     * The reference as Highwire Press {@code citation_reference} content, such as
     * {@code citation_author=郑远舟; citation_title=…; citation_journal_title=…; citation_date=2025; citation_issue=1}.
     */
    public String citationReference() {
        StringBuilder out = new StringBuilder();
        authors.forEach(a -> part(out, "citation_author", a));
        part(out, "citation_title", title);
        part(out, "citation_journal_title", container);
        part(out, "citation_publisher", publisher);
        part(out, "citation_date", year);
        part(out, "citation_issue", issue);
        part(out, "citation_pages", page);
        return out.toString();
    }

    private static void part(StringBuilder out, String key, String value) {
        if (value != null) {
            out.append(out.isEmpty() ? "" : "; ").append(key).append('=').append(value.replace(";", ","));
        }
    }

    /** Whether it gives where the work was published: a container, a publisher or a year. */
    public boolean isFull() {
        return container != null || publisher != null || year != null;
    }
}
