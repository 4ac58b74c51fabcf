package org.qikan.render;

import org.qikan.content.Article;
import org.qikan.content.Issue;
import org.qikan.content.Journal;

/** An article with its rendered body, within the render stage (the references between articles read them all). */
public record RenderedArticle(Journal journal, Issue issue, Article article, RenderedBody body) {
}
