package org.qikan.importer.structure;

import org.qikan.importer.layout.Block;

import java.util.ArrayList;
import java.util.List;

/** Non-article matter kept as an issue page: editorial board, notices, news. */
public final class IssuePageText {
    public final String slug;
    public final String titleZh;
    public final String titleEn;
    public final int line;
    public final List<Block> blocks = new ArrayList<>();

    public IssuePageText(String slug, String titleZh, String titleEn, int line) {
        this.slug = slug;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.line = line;
    }
}
