package org.qikan.importer.structure;

import org.qikan.importer.layout.Block;

import java.util.List;

/** Non-article matter kept as an issue page: editorial board, notices, news. */
public record IssuePageText(String slug, String titleZh, String titleEn, int line, List<Block> blocks) {
    public IssuePageText {
        blocks = List.copyOf(blocks);
    }
}
