package org.qikan.importer;

import java.util.ArrayList;
import java.util.List;

/** Non-article matter kept as an issue page: editorial board, notices, news. */
final class IssuePageText {
    final String slug;
    final String titleZh;
    final String titleEn;
    final int line;
    final List<Block> blocks = new ArrayList<>();

    IssuePageText(String slug, String titleZh, String titleEn, int line) {
        this.slug = slug;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.line = line;
    }
}
