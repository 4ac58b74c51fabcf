package org.qikan.importer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads text converted to Markdown-like paragraphs (one paragraph per line, blank lines between):
 * {@code #} headings at any level, notes at the page bottom (after a {@code ---} rule or not) that
 * mark where a printed page ends.
 */
public final class MarkdownLayout {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    /** What a note's text has and a paragraph's seldom does: a book title, a page, a publisher, a year of publication, a URL. */
    /**
     * What a note cites by, and running text does not: a page, a publisher, an edition's year, an issue, a web address.
     * A book's or law's title in 《》 alone is no sign: body text names them too.
     */
    private static final Pattern CITATION = Pattern.compile("第\\s*\\d+(?:\\s*[-—–]\\s*\\d+)?\\s*页|出版社|\\d{4}\\s*年版|年第\\s*\\d+\\s*期|\\bpp?\\.\\s*\\d|https?://|[Ii]bid");
    private static final Pattern RULE = Pattern.compile("^\\s*(?:-{3,}|\\*{3,}|_{3,})\\s*$");

    private MarkdownLayout() {
    }

    public static List<Block> read(SourceLines source, List<WrappedLayout.Furniture> furniture) {
        List<Block> blocks = paragraphs(source, furniture);
        HeadingContinuations.join(blocks);
        TablesAndFigures.mark(blocks, source);
        new PageBottoms(blocks).mark();
        return blocks;
    }

    /** One block per paragraph; consecutive lines stay together (joined by a newline) unless a line is a heading or note. */
    private static List<Block> paragraphs(SourceLines source, List<WrappedLayout.Furniture> furniture) {
        List<Block> out = new ArrayList<>();
        Block open = null;
        boolean pageEnd = false;
        java.util.Set<String> englishHeads = EnglishRunningHeads.in(source);
        PageFurniture.IssueHeads issueHeads = new PageFurniture.IssueHeads();
        for (int i = 0; i < source.size(); i++) {
            String line = source.line(i).stripTrailing();
            if (line.isBlank()) {
                open = null;
                continue;
            }
            String kind = englishHeads.contains(line.strip()) ? "running head" : PageFurniture.paragraphKind(line);
            if (issueHeads.isRunningHead(line) && kind == null) {
                kind = "running head";
            }
            if (kind != null) {
                furniture.add(new WrappedLayout.Furniture(i + 1, kind, line.strip()));
                pageEnd = true;
                open = null;
                continue;
            }
            Block block = classify(line.strip(), i + 1).withPageStart(pageEnd);
            pageEnd = false;
            if (open != null && block.is(Block.Kind.PARA) && open.is(Block.Kind.PARA)) {
                open = open.withText(open.text() + "\n" + block.text());
                out.set(out.size() - 1, open);
                continue;
            }
            out.add(block);
            open = block;
        }
        return out;
    }

    private static Block classify(String line, int number) {
        if (RULE.matcher(line).matches()) {
            return new Block(Block.Kind.RULE, "", number);
        }
        Matcher h = HEADING.matcher(line);
        if (h.matches()) {
            return Block.heading(h.group(2).strip(), number, h.group(1).length());
        }
        Optional<NoteLabels.NoteStart> note = NoteLabels.noteStart(line);
        if (note.isPresent()) {
            return Block.note(note.get().text(), number, note.get().label());
        }
        return Block.para(line, number);
    }

    /**
     * Finds the page bottoms: a run of notes (with an optional rule before it) ends a printed page.
     * Text a page bottom holds without a label (the end of the previous page's last note, or a note
     * printed without its label) becomes a note block too.
     */
    private static final class PageBottoms {
        private final List<Block> blocks;
        /** Index of the last note read, or -1. */
        private int lastNote = -1;

        PageBottoms(List<Block> blocks) {
            this.blocks = blocks;
        }

        void mark() {
            int page = 0;
            boolean text = false;
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                if (startsBottom(i)) {
                    absorbUnlabelledBefore(i, page);
                    i = readBottom(i, page);
                    page++;
                    text = false;
                    continue;
                }
                if (b.pageStart() && text) {
                    page++;
                }
                blocks.set(i, b.withPage(page));
                text = true;
            }
        }

        private boolean startsBottom(int i) {
            Block b = blocks.get(i);
            if (b.is(Block.Kind.NOTE)) {
                return true;
            }
            if (!b.is(Block.Kind.RULE) || i + 1 >= blocks.size()) {
                return false;
            }
            Block next = blocks.get(i + 1);
            return next.is(Block.Kind.NOTE) || next.is(Block.Kind.PARA) && i > 0 && isCut(blocks.get(i - 1));
        }

        /** Reads the notes from {@code i} on; returns the index of the last block of the page bottom. */
        private int readBottom(int i, int page) {
            int j = i;
            if (blocks.get(j).is(Block.Kind.RULE)) {
                blocks.set(j, blocks.get(j).withPage(page));
                j++;
                if (j < blocks.size() && blocks.get(j).is(Block.Kind.PARA)) {
                    unlabelled(j, page);
                    j++;
                }
            }
            while (j < blocks.size() && blocks.get(j).is(Block.Kind.NOTE)) {
                blocks.set(j, blocks.get(j).withPage(page));
                lastNote = j;
                j++;
            }
            return j - 1;
        }

        /** A paragraph between a cut paragraph and the notes is page-bottom matter, not body. */
        private void absorbUnlabelledBefore(int i, int page) {
            int p = i - 1;
            if (p < 1 || !blocks.get(p).is(Block.Kind.PARA) || !blocks.get(p - 1).is(Block.Kind.PARA)) {
                return;
            }
            Block candidate = blocks.get(p);
            Block before = blocks.get(p - 1);
            boolean cutBody = isCut(before) && Texts.width(before.text()) > 60 && !LabelWords.startsWithLabel(before.text());
            if (cutBody && !candidate.pageStart() && Texts.endsSentence(candidate.text()) && !LabelWords.startsWithLabel(candidate.text())
                    && CITATION.matcher(candidate.text()).find()
                    && NoteLabels.markers(candidate.text()).isEmpty()) {
                unlabelled(p, page);
            }
        }

        /** The paragraph at {@code i} is page-bottom text: the end of the note before it, or a note without a label. */
        private void unlabelled(int i, int page) {
            Block b = blocks.get(i);
            Block note = lastNote < 0 ? null : blocks.get(lastNote);
            if (note != null && !Texts.endsSentence(note.text()) && !note.text().endsWith("\u0000")) {
                blocks.set(lastNote, note.withText(Texts.joinCut(note.text(), b.text())));
                blocks.set(i, b.asRule(page));
                return;
            }
            blocks.set(i, b.asNote("", page));
            lastNote = i;
        }

        private static boolean isCut(Block b) {
            return b.is(Block.Kind.PARA) && !PageJoiner.endsSentence(b.text()) && Headings.numberedLevel(b.text()) == 0;
        }
    }
}
