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
     * Markdown headings mean paragraphs; otherwise wrapped when the lines are set to a measure
     * ({@link #setToAMeasure}) or when most lines of Chinese text are body lines cut mid-sentence: a line's width of print (40 to 90 columns, or shorter when the next line goes on with no
     * blank line between) that does not end a sentence. Titles, names and headings on their own lines are
     * shorter, and a paragraph on one line is longer.
     */
    public static Layout detect(SourceLines source) {
        if (source.lines().stream().anyMatch(l -> l.strip().startsWith("#"))) {
            return PARAGRAPHS;
        }
        return mostLinesCut(source) || setToAMeasure(source) ? WRAPPED : PARAGRAPHS;
    }

    /**
     * Whether the lines of Chinese text are set to a measure: a sixth or more of them (four at least) are within four columns of
     * one width of 40 to 120 columns (the lines that fill the measure), and hardly any (one in twenty) is half as wide
     * again (a paragraph on one line). Hard-wrapped text whose paragraphs and sentences are short, so that many lines
     * end a sentence, is told apart by this: its lines never run past the measure. Note lines are left out (a page of
     * notes of one form can have lines of one width in either layout).
     */
    static boolean setToAMeasure(SourceLines source) {
        int[] count = new int[121];
        List<Integer> widths = new ArrayList<>();
        for (String line : source.lines()) {
            String t = line.strip();
            if (t.isEmpty() || Texts.hanCount(t) == 0 || NoteLabels.noteStart(t).isPresent()) {
                continue;
            }
            int width = Texts.width(t);
            widths.add(width);
            if (width >= 36 && width <= 120) {
                count[width]++;
            }
        }
        if (widths.size() < 10) {
            return false;
        }
        int measure = 0;
        int best = 0;
        for (int w = 40; w <= 120; w++) {
            int near = 0;
            for (int d = 0; d <= 4; d++) {
                near += count[w - d];
            }
            if (near > best) {
                best = near;
                measure = w;
            }
        }
        int limit = measure + measure / 2;
        long longer = widths.stream().filter(w -> w > limit).count();
        return best >= 4 && best * 6 >= widths.size() && longer * 20 < widths.size();
    }

    private static boolean mostLinesCut(SourceLines source) {
        int lines = 0;
        int cut = 0;
        List<String> all = source.lines();
        for (int i = 0; i < all.size(); i++) {
            String t = all.get(i).strip();
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
        return lines > 0 && cut * 2 > lines;
    }

    public List<Block> read(SourceLines source, List<WrappedLayout.Furniture> furniture) {
        if (this == WRAPPED) {
            return WrappedLayout.read(source, furniture);
        }
        return new ArrayList<>(PageJoiner.join(MarkdownLayout.read(source, furniture)));
    }
}
