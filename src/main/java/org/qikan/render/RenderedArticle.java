package org.qikan.render;

import org.qikan.content.Article;
import org.qikan.content.Issue;
import org.qikan.content.Journal;

/** An article with its rendered body, handed from the render stage to the index stage. */
public record RenderedArticle(Journal journal, Issue issue, Article article, RenderedBody body) {
}
