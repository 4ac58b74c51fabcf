package org.qikan.render.page;

import org.qikan.content.Article;
import org.qikan.refs.ArchiveCitation;
import org.qikan.refs.ArchiveReferences;

import java.util.List;

/** The citations between the archive's articles, as the cited article's page lists them ("本站引用 / Cited in this archive"). */
public final class ArchiveWeb {
    public static final ArchiveWeb NONE = new ArchiveWeb(ArchiveReferences.NONE);

    private final ArchiveReferences references;

    public ArchiveWeb(ArchiveReferences references) {
        this.references = references;
    }

    /** The works the article's notes cite in full, in note order (for {@code citation_reference} and JATS {@code ref-list}). */
    List<org.qikan.refs.Reference> references(Article article) {
        org.qikan.refs.ArticleReferences refs = references.of(article);
        return refs == null ? List.of() : refs.references();
    }

    /** The articles citing this one, each with the link to its citing note (on the full-text page, in both views). */
    List<CitedIn> citedIn(Article article) {
        return references.citing(article).stream().map(CitedIn::of).toList();
    }

    /**
     * One citing note.
     *
     * @param path the citing article's full-text page at the note, such as {@code j/2025-02/a.html#note-4}
     */
    public record CitedIn(WorkView work, int note, String path) {
        static CitedIn of(ArchiveCitation citation) {
            WorkView work = WorkView.of(citation.citing());
            return new CitedIn(work, citation.note(), work.path() + "#note-" + citation.note());
        }
    }
}
