package org.qikan.importer;

import java.util.ArrayList;
import java.util.List;

/** The table of contents in Chinese and, where printed, English: sections and entries in printed order. */
final class Toc {
    record Section(String zh, String en) {
    }

    final List<Section> sections = new ArrayList<>();
    final List<TocEntry> zh = new ArrayList<>();
    final List<TocEntry> en = new ArrayList<>();
    /** Blocks the table of contents was read from: from this index (inclusive) to {@code end} (exclusive). */
    int start = -1;
    int end = -1;

    boolean isEmpty() {
        return zh.isEmpty();
    }

    /** The English entry printed at the same position as Chinese entry {@code i}, when the counts agree. */
    TocEntry english(int i) {
        return en.size() == zh.size() ? en.get(i) : null;
    }
}
