package org.qikan.importer.structure;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.Headings;
import org.qikan.importer.layout.LabelWords;
import org.qikan.importer.layout.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds where each article starts: above every abstract label (摘要, 提要, 内容摘要) or editor's note
 * with a byline, back over the byline and subtitle to the title; and, where the issue has a table of
 * contents, at the heading that repeats a listed title.
 */
public final class ArticleStarts {
    private ArticleStarts() {
    }

    public static List<Integer> find(List<Block> blocks, Toc toc) {
        TreeSet<Integer> starts = new TreeSet<>();
        int from = Math.max(0, toc.end());
        for (int i = from; i < blocks.size(); i++) {
            List<LabelWords.Labelled> labels = LabelWords.parse(blocks.get(i).text());
            if (labels.isEmpty() || !blocks.get(i).is(Block.Kind.PARA)) {
                continue;
            }
            LabelWords.Kind kind = labels.get(0).kind();
            if (kind == LabelWords.Kind.ABSTRACT || kind == LabelWords.Kind.EDITOR_NOTE) {
                int title = titleAbove(blocks, i, kind == LabelWords.Kind.EDITOR_NOTE);
                if (title >= from) {
                    starts.add(title);
                }
            }
        }
        for (TocEntry entry : toc.zh()) {
            int at = headingFor(blocks, entry, from);
            if (at >= 0 && starts.stream().noneMatch(s -> Math.abs(s - at) <= 4)) {
                starts.add(at);
            }
        }
        return new ArrayList<>(starts);
    }

    /** Index of the title above the label at {@code label}, or -1 when there is no title there. */
    public static int titleAbove(List<Block> blocks, int label, boolean needsByline) {
        int j = label - 1;
        boolean byline = false;
        while (j >= 0 && (blocks.get(j).is(Block.Kind.RULE) || blocks.get(j).is(Block.Kind.NOTE))) {
            j--;
        }
        if (j >= 1 && blocks.get(j).is(Block.Kind.PARA) && Affiliations.isLine(blocks.get(j).text())
                && Names.isChineseByline(blocks.get(j - 1).text())) {
            j--; // the authors' affiliation under the byline, never a title
        }
        if (j >= 0 && blocks.get(j).is(Block.Kind.PARA) && Names.isChineseByline(blocks.get(j).text())) {
            byline = true;
            j--;
        }
        if (needsByline && !byline) {
            return -1;
        }
        if (j >= 0 && blocks.get(j).is(Block.Kind.PARA) && isSubtitle(blocks.get(j).text())) {
            j--;
        }
        if (j < 0 || LabelWords.startsWithLabel(blocks.get(j).text()) || blocks.get(j).is(Block.Kind.NOTE)) {
            return -1;
        }
        Block title = blocks.get(j);
        boolean titleLike = title.is(Block.Kind.HEADING) || !Texts.endsWithStop(title.text()) && Texts.width(title.text()) < 120;
        return titleLike && Headings.numberedLevel(title.text()) == 0 ? j : -1;
    }

    public static boolean isSubtitle(String text) {
        String t = text.strip();
        return t.startsWith("——") || t.startsWith("—");
    }

    private static int headingFor(List<Block> blocks, TocEntry entry, int from) {
        String key = Texts.key(entry.title());
        for (int i = from; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.is(Block.Kind.HEADING) && !key.isEmpty() && Texts.key(b.text()).startsWith(key)) {
                return i;
            }
        }
        return -1;
    }
}
