package org.qikan.published;

import java.util.List;
import org.qikan.content.Article;
import org.qikan.content.Issue;
import org.qikan.content.Journal;

/**
 * An article as the render stage published it, handed on to the index stage: where its pages are,
 * its body's HTML in stretches, each with the anchor and heading the page gives it, and its notes.
 *
 * @param path        the article page, relative to the site root ({@link SitePaths#article})
 * @param englishPath the article's English page ({@link SitePaths#english}) where the pages link to one (it has an
 *                    English title, abstract or keywords), else {@code null}
 * @param body        the body in reading order: the article's body (anchor {@code ""}, heading {@code ""}),
 *                    or for a symposium its introduction and then each piece (anchor {@link Anchors#piece},
 *                    heading the piece's title)
 * @param notes       the notes in the order the page lists them, as the author wrote them (without the links the
 *                    archive adds)
 * @param bodyKey     a fingerprint of the rendered body that {@code body} and {@code notes} are made from (worked out
 *                    once, when first asked, and shared with the export stage): a key of them without hashing them again
 */
public record PublishedArticle(Journal journal, Issue issue, Article article, String path, String englishPath,
                               List<Stretch> body, List<Note> notes, java.util.function.Supplier<String> bodyKey) {
    public PublishedArticle {
        body = List.copyOf(body);
        notes = List.copyOf(notes);
    }

    /** A stretch of the body's HTML that starts at an anchor of the page ({@code ""}: the top). */
    public record Stretch(String anchor, String heading, String html) {
    }

    /**
     * A note of the article.
     *
     * @param id   the id of the note's list item on the page, the target of {@code #note-3}
     * @param html the note's content as HTML
     */
    public record Note(String id, String html) {
    }
}
