package org.qikan.render;

import java.util.List;

/**
 * A rendered note of an article.
 *
 * @param number   the note's number in the article, in order of first citation, from 1
 * @param id       the id of the note's list item, the target of its citations
 * @param refIds   the ids of its citations in the text, in reading order (one per citation)
 * @param html     the note's content as HTML, without backlinks
 * @param inline   whether {@code html} is inline content (a one-paragraph note) rather than blocks
 * @param line     the line of the source file where the note is defined
 */
public record Note(int number, String id, List<String> refIds, String html, boolean inline, int line) {
    public Note {
        refIds = List.copyOf(refIds);
    }

    /** The same note with other HTML, such as with links added to what it cites. */
    public Note withHtml(String newHtml) {
        return new Note(number, id, refIds, newHtml, inline, line);
    }
}
