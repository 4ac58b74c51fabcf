package org.qikan.importer.output;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.PageJoiner;
import org.qikan.importer.layout.Texts;
import org.qikan.importer.layout.WrappedLayout;
import org.qikan.importer.structure.PrintedIssue;
import org.qikan.importer.ImportOptions;
import org.qikan.importer.ImportResult;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures what share of the input's Han characters the written sources hold, character by
 * character (page furniture such as running heads left out of the input), and lists the blocks of
 * input that were placed nowhere.
 */
public final class Coverage {
    private final int inputHan;
    private final int missing;
    private final Map<String, Integer> missingChars;
    private final List<String> unplaced;
    private final int furnitureHan;

    private Coverage(int inputHan, int missing, Map<String, Integer> missingChars, List<String> unplaced, int furnitureHan) {
        this.inputHan = inputHan;
        this.missing = missing;
        this.missingChars = missingChars;
        this.unplaced = unplaced;
        this.furnitureHan = furnitureHan;
    }

    /**
     * @param written      the text of every source written
     * @param notesWritten the notes the writer wrote (cited by a body, the front matter or a page)
     */
    public static Coverage measure(PrintedIssue issue, Collection<String> written, Collection<Block> notesWritten) {
        Map<Integer, Integer> in = new TreeMap<>();
        java.util.Set<Integer> furnitureLines = new java.util.HashSet<>();
        int furnitureHan = 0;
        for (WrappedLayout.Furniture f : issue.furniture()) {
            furnitureLines.add(f.line());
            furnitureHan += Texts.hanCount(f.text());
        }
        for (int i = 0; i < issue.source().size(); i++) {
            if (!furnitureLines.contains(i + 1)) {
                count(issue.source().line(i), in);
            }
        }
        Map<Integer, Integer> out = new TreeMap<>();
        written.forEach(text -> count(text, out));
        int total = 0;
        int missing = 0;
        Map<String, Integer> missingChars = new TreeMap<>();
        for (Map.Entry<Integer, Integer> e : in.entrySet()) {
            total += e.getValue();
            int lack = Math.max(0, e.getValue() - out.getOrDefault(e.getKey(), 0));
            if (lack > 0) {
                missing += lack;
                missingChars.put(new String(Character.toChars(e.getKey())), lack);
            }
        }
        return new Coverage(total, missing, missingChars, unplaced(issue, notesWritten), furnitureHan);
    }

    private static void count(String text, Map<Integer, Integer> counts) {
        text.codePoints().filter(Texts::isHan).forEach(cp -> counts.merge(cp, 1, Integer::sum));
    }

    /**
     * Blocks placed nowhere: neither read into a field by the structure layer, nor in an article's body or a page,
     * nor a note written.
     */
    private static List<String> unplaced(PrintedIssue issue, Collection<Block> notesWritten) {
        java.util.Set<Block> placed = new java.util.HashSet<>(issue.consumed());
        issue.articles().forEach(a -> placed.addAll(a.body()));
        issue.pages().forEach(p -> placed.addAll(p.blocks()));
        placed.addAll(notesWritten);
        List<String> out = new ArrayList<>();
        for (Block b : issue.blocks()) {
            String text = PageJoiner.withoutMarks(b.text()).strip();
            if (!placed.contains(b) && !text.isEmpty()) {
                String shown = text.replace("\n", " ");
                out.add("line " + b.line() + ": " + (shown.length() > 80 ? shown.substring(0, Texts.safeIndex(shown, 80)) + "…" : shown));
            }
        }
        return out;
    }

    public int inputHan() {
        return inputHan;
    }

    public int missing() {
        return missing;
    }

    public int furnitureHan() {
        return furnitureHan;
    }

    public double share() {
        return inputHan == 0 ? 1.0 : (inputHan - missing) / (double) inputHan;
    }

    public Map<String, Integer> missingChars() {
        return missingChars;
    }

    public List<String> unplaced() {
        return unplaced;
    }
}
