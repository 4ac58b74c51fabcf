package org.qikan.render.page;

import org.qikan.content.Bilingual;

import java.util.List;

/** A section of an issue's TOC with its articles. */
public record SectionView(String id, Bilingual title, List<ArticleLink> articles) {
}
