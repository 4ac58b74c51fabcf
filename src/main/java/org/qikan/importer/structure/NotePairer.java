package org.qikan.importer.structure;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.NoteHeadings;
import org.qikan.importer.layout.NoteLabels;
import org.qikan.importer.layout.PageJoiner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs every note marker with the note of the same label at the bottom of the same printed page.
 * Where the layout hides the page limits (two-column fragments out of order), a marker left over is
 * paired with the nearest note of its label left over only when no other note of that label lies
 * between them. On a page whose markers and notes agree in number but not in labels (markers restart at ① on
 * every page and are numbered in reading order, so a label that does not fit is a misprint or a misreading), each
 * marker is paired with the note at its own place in the page's order, and each such pair is recorded for the report.
 * A paired marker becomes a token {@code \uE000n\uE001} naming note n; a marker without
 * a note stays in the text as it prints, and a note without a marker stays unpaired. Both are recorded
 * in the {@link Pairing} it returns, with the blocks rewritten.
 */
public final class NotePairer {
    /**
     * The blocks with every paired marker replaced by its token, the notes by token number (index + 1; a note
     * never named by a token is unpaired), the markers left without a note, and how many markers were paired
     * with a note across a page limit the text does not show, and how many were paired with an entry of a reference list.
     */
    public record Pairing(List<Block> blocks, List<Block> notes, List<Unpaired> unpairedMarkers, int pairedAcrossPages,
                          List<ByPosition> pairedByPosition, List<Block> labelsInferred, int referenceCitations) {
        public Pairing {
            blocks = List.copyOf(blocks);
            notes = List.copyOf(notes);
            unpairedMarkers = List.copyOf(unpairedMarkers);
            pairedByPosition = List.copyOf(pairedByPosition);
            labelsInferred = List.copyOf(labelsInferred);
        }
    }

    /**
     * A marker paired by its place in its page's order with a note of another label: the marker's label, line and the
     * text before it; the note's label and line.
     */
    public record ByPosition(String markerLabel, int line, String text, String noteLabel, int noteLine) {
    }

    public static final char OPEN = '\uE000';
    public static final char CLOSE = '\uE001';

    public record Unpaired(String what, String label, int line, String text) {
    }

    /** One marker found in running text: where it is and which note it names (null until paired). */
    private static final class Found {
        final int block;
        final int line;
        final int page;
        final String label;
        final int start;
        final int end;
        final String context;
        Block note;

        Found(int block, int line, int page, String label, int start, int end, String context) {
            this.block = block;
            this.line = line;
            this.page = page;
            this.label = label;
            this.start = start;
            this.end = end;
            this.context = context;
        }
    }

    private final List<Block> notes = new ArrayList<>();
    private final List<Unpaired> unpairedMarkers = new ArrayList<>();
    private final List<ByPosition> pairedByPosition = new ArrayList<>();
    /** Notes printed with no label, given the label the notes beside them on their page leave for them. */
    private final List<Block> labelsInferred = new ArrayList<>();
    private int pairedAcrossPages;
    /** Markers paired with an entry of a reference list (参考文献). */
    private int referenceCitations;

    private NotePairer() {
    }

    public static String token(int n) {
        return OPEN + Integer.toString(n) + CLOSE;
    }

    /** Pairs the markers of {@code blocks} with their notes; the list given is left as it is. */
    public static Pairing pair(List<Block> blocks) {
        NotePairer pairer = new NotePairer();
        List<Block> rewritten = new ArrayList<>(blocks);
        pairer.pairIn(rewritten);
        return new Pairing(rewritten, pairer.notes, pairer.unpairedMarkers, pairer.pairedAcrossPages, pairer.pairedByPosition,
                pairer.labelsInferred, pairer.referenceCitations);
    }

    private void pairIn(List<Block> blocks) {
        ReferenceLists.Found references = ReferenceLists.find(blocks);
        blocks.clear();
        blocks.addAll(references.blocks());
        NoteHeadings.asRules(blocks);
        List<Found> markers = findMarkers(blocks);
        List<Block> candidates = blocks.stream().filter(b -> b.is(Block.Kind.NOTE) && isPairable(b.noteLabel()) && !references.isEntry(b)).toList();
        java.util.Set<Block> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Found m : markers) {
            for (Block note : candidates) {
                if (note.page() == m.page && note.noteLabel().equals(m.label) && !used.contains(note)) {
                    m.note = note;
                    used.add(note);
                    break;
                }
            }
        }
        for (Found m : markers) {
            if (m.note == null) {
                m.note = references.entryFor(m.block, m.label); // an entry of a reference list, cited as often as needed
                referenceCitations += m.note == null ? 0 : 1;
            }
        }
        inferLabels(blocks, markers, used);
        byPosition(markers, candidates);
        for (Found m : markers) {
            if (m.note == null) {
                m.note = nearestAlone(m, candidates, used);
                if (m.note != null) {
                    used.add(m.note);
                    pairedAcrossPages++;
                }
            }
        }
        rewrite(blocks, markers);
    }

    /**
     * On each page where some marker found no note of its label, and the page's markers and notes are as many and the
     * notes' labels run ①, ②, … in order: pairs the markers in reading order with the notes in order.
     */
    private void byPosition(List<Found> markers, List<Block> candidates) {
        Map<Integer, List<Found>> pageMarkers = new java.util.TreeMap<>();
        markers.forEach(m -> pageMarkers.computeIfAbsent(m.page, k -> new ArrayList<>()).add(m));
        for (Map.Entry<Integer, List<Found>> page : pageMarkers.entrySet()) {
            List<Found> onPage = page.getValue();
            List<Block> pageNotes = candidates.stream().filter(n -> n.page() == page.getKey()).toList();
            if (onPage.stream().allMatch(m -> m.note != null) || onPage.size() != pageNotes.size() || !inOrder(pageNotes)) {
                continue;
            }
            for (int k = 0; k < onPage.size(); k++) {
                Found m = onPage.get(k);
                Block note = pageNotes.get(k);
                m.note = note;
                if (!note.noteLabel().equals(m.label)) {
                    pairedByPosition.add(new ByPosition(m.label, m.line, m.context, note.noteLabel(), note.line()));
                }
            }
        }
    }

    /** Whether notes are labelled as a page numbers them: the first label, then each the next. */
    private static boolean inOrder(List<Block> notes) {
        for (int k = 0; k < notes.size(); k++) {
            if (ordinal(notes.get(k).noteLabel()) != k + 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * A note printed with no label (the converter lost it, with the note's first words) right before a note of its page
     * labelled ② or later stands for the label before that one, and is paired with a marker of that label left without
     * a note on its page. Otherwise (no such marker: the tail of a note continued from the page before; a funding note
     * before ①) it stays unlabelled.
     */
    private void inferLabels(List<Block> blocks, List<Found> markers, java.util.Set<Block> used) {
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.is(Block.Kind.NOTE) || !"".equals(b.noteLabel()) || !isPageNote(blocks.get(i + 1), b.page())) {
                continue;
            }
            String label = neighbour(blocks.get(i + 1).noteLabel(), -1);
            for (Found m : markers) {
                if (label != null && m.note == null && m.page == b.page() && m.label.equals(label)) {
                    Block labelled = b.asNote(label, b.page());
                    blocks.set(i, labelled);
                    m.note = labelled;
                    used.add(labelled);
                    labelsInferred.add(labelled);
                    break;
                }
            }
        }
    }

    private static boolean isPageNote(Block b, int page) {
        return b.is(Block.Kind.NOTE) && b.page() == page && b.noteLabel() != null && ordinal(b.noteLabel()) > 0;
    }

    /** The label {@code step} away from {@code label} in its own style (② → ①, 3 → 2), or null below 1 or past ㊿. */
    private static String neighbour(String label, int step) {
        int n = ordinal(label) + step;
        if (n < 1 || n > 50) {
            return null;
        }
        if (Character.isDigit(label.charAt(0))) {
            return Integer.toString(n);
        }
        int c = n <= 20 ? 0x2460 + n - 1 : n <= 35 ? 0x3251 + n - 21 : 0x32B1 + n - 36;
        return new String(Character.toChars(c));
    }

    /** The number a label stands for: ① → 1 … ⑳ → 20, ㉑ → 21 … ㊿ → 50, digits as they are; 0 for anything else. */
    static int ordinal(String label) {
        if (label.matches("\\d{1,3}")) {
            return Integer.parseInt(label);
        }
        if (label.codePointCount(0, label.length()) != 1) {
            return 0;
        }
        int c = label.codePointAt(0);
        if (c >= 0x2460 && c <= 0x2473) {
            return c - 0x2460 + 1;
        }
        if (c >= 0x3251 && c <= 0x325F) {
            return c - 0x3251 + 21;
        }
        return c >= 0x32B1 && c <= 0x32BF ? c - 0x32B1 + 36 : 0;
    }

    /** The nearest unused note of the marker's label with no other note of that label in between. */
    private static Block nearestAlone(Found m, List<Block> candidates, java.util.Set<Block> used) {
        Block after = null;
        Block before = null;
        for (Block note : candidates) {
            if (!note.noteLabel().equals(m.label)) {
                continue;
            }
            if (note.line() > m.line && after == null) {
                after = note;
            }
            if (note.line() < m.line) {
                before = note;
            }
        }
        if (after != null && !used.contains(after)) {
            return after;
        }
        return before != null && !used.contains(before) ? before : null;
    }

    private static List<Found> findMarkers(List<Block> blocks) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.is(Block.Kind.PARA) && !b.is(Block.Kind.HEADING) && !b.is(Block.Kind.TABLE) && !b.is(Block.Kind.FIGURE)) {
                continue;
            }
            for (PageJoiner.PagedText piece : PageJoiner.byPage(b)) {
                for (NoteLabels.Marker m : NoteLabels.markers(piece.text())) {
                    if (!NoteLabels.isStar(m.label())) {
                        out.add(new Found(i, piece.line(), piece.page(), m.label(), piece.offset() + m.start(),
                                piece.offset() + m.end(), context(piece.text(), m)));
                    }
                }
            }
        }
        return out;
    }

    private void rewrite(List<Block> blocks, List<Found> markers) {
        Map<Block, Integer> ids = new HashMap<>();
        Map<Integer, List<Found>> byBlock = new java.util.TreeMap<>();
        markers.forEach(m -> byBlock.computeIfAbsent(m.block, k -> new ArrayList<>()).add(m));
        for (Map.Entry<Integer, List<Found>> e : byBlock.entrySet()) {
            Block b = blocks.get(e.getKey());
            StringBuilder out = new StringBuilder();
            int from = 0;
            for (Found m : e.getValue()) {
                out.append(b.text(), from, m.start);
                from = m.end;
                if (m.note == null) {
                    unpairedMarkers.add(new Unpaired("marker without note", m.label, b.line(), m.context));
                    out.append(NoteLabels.printed(m.label));
                } else {
                    Integer id = ids.get(m.note);
                    if (id == null) {
                        notes.add(m.note);
                        id = notes.size();
                        ids.put(m.note, id);
                    }
                    out.append(token(id));
                }
            }
            out.append(b.text().substring(from));
            blocks.set(e.getKey(), b.withText(out.toString()));
        }
    }

    private static boolean isPairable(String label) {
        return label != null && !label.isEmpty() && !NoteLabels.isStar(label);
    }

    private static String context(String text, NoteLabels.Marker m) {
        int from = org.qikan.importer.layout.Texts.safeIndex(text, Math.max(0, m.start() - 20));
        return PageJoiner.withoutMarks(text.substring(from, m.start())).strip();
    }
}
