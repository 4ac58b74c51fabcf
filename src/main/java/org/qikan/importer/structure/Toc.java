package org.qikan.importer.structure;


import java.util.ArrayList;
import java.util.List;

/** The table of contents in Chinese and, where printed, English: sections and entries in printed order. */
public final class Toc {
    public record Section(String zh, String en) {
    }

    public final List<Section> sections = new ArrayList<>();
    public final List<TocEntry> zh = new ArrayList<>();
    public final List<TocEntry> en = new ArrayList<>();
    /** Blocks the table of contents was read from: from this index (inclusive) to {@code end} (exclusive). */
    public int start = -1;
    public int end = -1;

    public boolean isEmpty() {
        return zh.isEmpty();
    }

    /** The English entry printed at the same position as Chinese entry {@code i}, when the counts agree. */
    public TocEntry english(int i) {
        return en.size() == zh.size() ? en.get(i) : null;
    }
}
