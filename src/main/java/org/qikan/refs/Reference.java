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

    /** Whether it gives where the work was published: a container, a publisher or a year. */
    public boolean isFull() {
        return container != null || publisher != null || year != null;
    }
}
