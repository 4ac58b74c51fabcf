package org.qikan.export;

import org.qikan.meta.ScholarlyRecord;
import org.qikan.render.RenderedArticle;

/** A rendered article with its scholarly record, as the exports use them. */
public record ExportedArticle(RenderedArticle rendered, ScholarlyRecord record) {
}
