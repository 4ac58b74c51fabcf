package org.qikan.render.page;

import java.util.List;

/**
 * A note as the notes list shows it, with one backlink per citation.
 *
 * @param html    trusted HTML rendered from Markdown (wrapped in an element with {@code lang} where the note is English)
 * @param inline  whether {@code html} is inline content (to be wrapped in a paragraph)
 */
public record NoteView(int number, String id, String html, boolean inline, List<Backlink> backlinks) {

    /**
     * A link from a note back to one of its citations.
     *
     * @param letter "a", "b"… where the note is cited more than once; empty where it is cited once
     */
    public record Backlink(String href, String letter) {
    }
}
