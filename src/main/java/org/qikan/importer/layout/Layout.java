package org.qikan.importer.layout;

import java.util.ArrayList;
import java.util.List;

/** The two layouts of converted issue text, told apart by how lines are wrapped. */
public enum Layout {
    /** One paragraph per line, Markdown headings and rules. */
    PARAGRAPHS,
    /** Raw PDF text: hard-wrapped lines, running heads, page numbers. */
    WRAPPED;

    /**
     * Markdown headings mean paragraphs; otherwise wrapped when most lines of Chinese text are body lines cut
     * mid-sentence: a line's width of print (40 to 90 columns, or shorter when the next line goes on with no
     * blank line between) that does not end a sentence. Titles, names and headings on their own lines are
     * shorter, and a paragraph on one line is longer.
     */
    public static Layout detect(SourceLines source) {
        int lines = 0;
        int cut = 0;
        List<String> all = source.lines();
        for (int i = 0; i < all.size(); i++) {
            String t = all.get(i).strip();
            if (t.startsWith("#")) {
                return PARAGRAPHS;
            }
            if (t.isEmpty()) {
                continue;
            }
            if (Texts.hanCount(t) == 0) {
                continue;
            }
            lines++;
            int width = Texts.width(t);
            boolean continued = i + 1 < all.size() && !all.get(i + 1).isBlank();
            if (!Texts.endsSentence(t) && width < 90 && (width >= 40 || continued)) {
                cut++;
            }
        }
        return lines > 0 && cut * 2 > lines ? WRAPPED : PARAGRAPHS;
    }

    public List<Block> read(SourceLines source, List<WrappedLayout.Furniture> furniture) {
        if (this == WRAPPED) {
            return WrappedLayout.read(source, furniture);
        }
        return new ArrayList<>(PageJoiner.join(MarkdownLayout.read(source, furniture)));
    }
}
