package org.qikan.render.page;

import org.qikan.content.Bilingual;

import java.util.List;

/**
 * A section of an issue's TOC with its articles.
 *
 * @param page the site-relative path of the section's page (all its articles across issues) in the page's view, or null
 */
public record SectionView(String id, Bilingual title, List<ArticleLink> articles, String page) {
}
