package org.qikan.refs;

import java.util.List;

/** What one note cites: works in full, and short citations of works cited before. */
public record ParsedNote(int number, int line, List<Reference> references, List<ShortCitation> shortCitations) {
    public ParsedNote {
        references = List.copyOf(references);
        shortCitations = List.copyOf(shortCitations);
    }
}
