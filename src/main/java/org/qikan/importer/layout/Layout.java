package org.qikan.importer.layout;

import java.util.List;

/** The two layouts of converted issue text, told apart by how lines are wrapped. */
public enum Layout {
    /** One paragraph per line, Markdown headings and rules. */
    PARAGRAPHS,
    /** Raw PDF text: hard-wrapped lines, running heads, page numbers. */
    WRAPPED;

    /**
     * Markdown headings mean paragraphs; otherwise wrapped when most text lines are short, stop mid-sentence
     * and go on in the next line (a title or a name on its own line, followed by a blank line, does not count).
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
            lines++;
            boolean continued = i + 1 < all.size() && !all.get(i + 1).isBlank();
            if (!Texts.endsSentence(t) && Texts.width(t) < 90 && continued) {
                cut++;
            }
        }
        return lines > 0 && cut * 2 > lines ? WRAPPED : PARAGRAPHS;
    }

    public List<Block> read(SourceLines source, List<WrappedLayout.Furniture> furniture) {
        if (this == WRAPPED) {
            return WrappedLayout.read(source, furniture);
        }
        List<Block> blocks = MarkdownLayout.read(source, furniture);
        PageJoiner.join(blocks);
        return blocks;
    }
}
