package org.qikan.importer.layout;

import java.util.List;

/** The two layouts of converted issue text, told apart by how lines are wrapped. */
public enum Layout {
    /** One paragraph per line, Markdown headings and rules. */
    PARAGRAPHS,
    /** Raw PDF text: hard-wrapped lines, running heads, page numbers. */
    WRAPPED;

    /** Markdown headings mean paragraphs; otherwise wrapped when most text lines are short and stop mid-sentence. */
    public static Layout detect(SourceLines source) {
        int lines = 0;
        int cut = 0;
        for (String line : source.lines()) {
            String t = line.strip();
            if (t.startsWith("#")) {
                return PARAGRAPHS;
            }
            if (t.isEmpty()) {
                continue;
            }
            lines++;
            if (!Texts.endsSentence(t) && Texts.width(t) < 90) {
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
