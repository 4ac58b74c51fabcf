package org.qikan.published;

import java.util.List;
import org.qikan.content.Article;
import org.qikan.content.Issue;
import org.qikan.content.Journal;

/**
 * An article as the render stage published it, handed on to the index stage: where its page is and
 * its body's HTML in stretches, each with the anchor and heading the page gives it.
 *
 * @param path the article page, relative to the site root ({@link SitePaths#article})
 * @param body the body in reading order: the article's body (anchor {@code ""}, heading {@code ""}),
 *             or for a symposium its introduction and then each piece (anchor {@link Anchors#piece},
 *             heading the piece's title)
 */
public record PublishedArticle(Journal journal, Issue issue, Article article, String path, List<Stretch> body) {
    public PublishedArticle {
        body = List.copyOf(body);
    }

    /** A stretch of the body's HTML that starts at an anchor of the page ({@code ""}: the top). */
    public record Stretch(String anchor, String heading, String html) {
    }
}
