package org.qikan.refs;

import org.qikan.catalog.Work;

import java.util.List;

/** The references of one article: its parsed notes, its resolved and unresolved short citations, its citations of the archive. */
public record ArticleReferences(Work work, List<ParsedNote> notes, List<NoteLink> links, List<Unresolved> unresolved,
                                List<ArchiveCitation> archiveCitations) {
    public ArticleReferences {
        notes = List.copyOf(notes);
        links = List.copyOf(links);
        unresolved = List.copyOf(unresolved);
        archiveCitations = List.copyOf(archiveCitations);
    }

    /** Every full reference, in note order: what the article's CSL-JSON lists. */
    public List<Reference> references() {
        return notes.stream().flatMap(n -> n.references().stream()).toList();
    }
}
