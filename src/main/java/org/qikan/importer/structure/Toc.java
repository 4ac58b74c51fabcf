package org.qikan.importer.structure;


import java.util.List;

/**
 * The table of contents in Chinese and, where printed, English: sections and entries in printed order, and the
 * blocks it was read from, from {@code start} (inclusive) to {@code end} (exclusive); -1 for both when none is printed.
 */
public record Toc(List<Section> sections, List<TocEntry> zh, List<TocEntry> en, int start, int end) {
    public record Section(String zh, String en) {
    }

    /** No contents printed. */
    public static final Toc NONE = new Toc(List.of(), List.of(), List.of(), -1, -1);

    public Toc {
        sections = List.copyOf(sections);
        zh = List.copyOf(zh);
        en = List.copyOf(en);
    }

    public boolean isEmpty() {
        return zh.isEmpty();
    }

    /** The English entry printed at the same position as Chinese entry {@code i}, when the counts agree. */
    public TocEntry english(int i) {
        return en.size() == zh.size() ? en.get(i) : null;
    }
}
