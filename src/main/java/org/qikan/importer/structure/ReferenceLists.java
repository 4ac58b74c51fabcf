package org.qikan.importer.structure;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.NoteHeadings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reference lists at an article's end, numbered in the order of first citation (GB/T 7714): a heading
 * ({@code 参考文献}, {@code 参考文献：}, {@code [参考文献]}, {@code 【参考文献】}, {@code 主要参考文献}, {@code References})
 * followed by entries {@code [1] …}, {@code ［1］ …} or {@code 1. …}. The text cites an entry by its number in
 * brackets, as often as it needs ({@code [1]}, later {@code [1]} again, ranges {@code [2-4]} and lists
 * {@code [1,3]}). Each entry is a note of the article; every marker between the previous list (or the start of
 * the text) and the list's heading that names an entry cites it.
 */
public final class ReferenceLists {
    private static final Pattern ENTRY = Pattern.compile("^\\s*(?:[\\[［]\\s*(\\d{1,3})\\s*[\\]］]|(\\d{1,3})\\s*[.．、](?!\\d))\\s*(\\S.*)$");
    /** A citation of several entries: {@code [2-4]}, {@code [1,3]}, {@code [1, 3-5]}. */
    private static final Pattern GROUP = Pattern.compile("\\[(\\d{1,3}(?:\\s*[-–—~,，]\\s*\\d{1,3})+)]");

    /** One list: where its heading stands, where its citations start, its entries by number. */
    public record Scope(int from, int heading, Map<String, Block> entries) {
    }

    /**
     * The blocks with each list's heading made a rule (the entries are the article's notes now), each entry a
     * note labelled with its number, and citations of several entries written as one marker per entry.
     */
    public record Found(List<Block> blocks, List<Scope> lists, Set<Block> entries) {
        public Found {
            blocks = List.copyOf(blocks);
            lists = List.copyOf(lists);
        }

        /** The entry a marker of {@code label} in block {@code index} cites, or null when no list covers it. */
        public Block entryFor(int index, String label) {
            for (Scope list : lists) {
                if (index >= list.from() && index < list.heading()) {
                    return list.entries().get(label);
                }
            }
            return null;
        }

        public boolean isEntry(Block b) {
            return entries.contains(b);
        }
    }

    private ReferenceLists() {
    }

    public static boolean isHeading(String line) {
        return NoteHeadings.isReferenceListHeading(line);
    }

    public static Found find(List<Block> given) {
        List<Block> blocks = new ArrayList<>(given);
        List<Scope> lists = new ArrayList<>();
        Set<Block> entries = Collections.newSetFromMap(new IdentityHashMap<>());
        int from = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!(b.is(Block.Kind.PARA) || b.is(Block.Kind.HEADING)) || b.text().contains("\n") || !isHeading(b.text())) {
                continue;
            }
            Map<String, Block> byNumber = new LinkedHashMap<>();
            int j = i + 1;
            for (; j < blocks.size(); j++) {
                Block e = blocks.get(j);
                if (e.is(Block.Kind.RULE)) {
                    continue;
                }
                Block entry = asEntry(e);
                if (entry == null || byNumber.containsKey(entry.noteLabel())) {
                    break;
                }
                List<Block> split = splitJoined(entry);
                blocks.remove(j);
                blocks.addAll(j, split);
                j += split.size() - 1;
                for (Block s : split) {
                    byNumber.put(s.noteLabel(), s);
                    entries.add(s);
                }
            }
            if (byNumber.isEmpty()) {
                continue;
            }
            blocks.set(i, b.asRule(b.page()));
            for (int k = from; k < i; k++) {
                Block c = blocks.get(k);
                if (c.is(Block.Kind.PARA) || c.is(Block.Kind.HEADING)) {
                    blocks.set(k, c.withText(expandGroups(c.text())));
                }
            }
            lists.add(new Scope(from, i, byNumber));
            from = j;
            i = j - 1;
        }
        return new Found(blocks, lists, entries);
    }

    /** The block as an entry of a list (a note labelled with its number), or null when it is none. */
    private static Block asEntry(Block b) {
        if (b.is(Block.Kind.NOTE) && b.noteLabel() != null && b.noteLabel().matches("\\d{1,3}")) {
            return b;
        }
        if (b.kind() != Block.Kind.PARA || b.text().contains("\n")) {
            return null;
        }
        Matcher m = ENTRY.matcher(b.text());
        if (!m.matches()) {
            return null;
        }
        String number = m.group(1) != null ? m.group(1) : m.group(2);
        return new Block(Block.Kind.NOTE, m.group(3).strip(), b.line(), b.page(), 0, String.valueOf(Integer.parseInt(number)),
                b.pageStart(), false);
    }

    /**
     * An entry into which the next ones were read (hard-wrapped text joins the lines of a list): split before each
     * {@code [n+1]}, {@code [n+2]} … that follows a stop, each its own entry.
     */
    private static List<Block> splitJoined(Block entry) {
        List<Block> out = new ArrayList<>();
        int number = Integer.parseInt(entry.noteLabel());
        String rest = entry.text();
        while (true) {
            Matcher next = Pattern.compile("(?<=[.。])\\s*[\\[［]\\s*" + (number + 1) + "\\s*[\\]］]\\s*").matcher(rest);
            if (!next.find()) {
                break;
            }
            out.add(new Block(Block.Kind.NOTE, rest.substring(0, next.start()).strip(), entry.line(), entry.page(), 0,
                    String.valueOf(number), entry.pageStart(), false));
            rest = rest.substring(next.end());
            number++;
        }
        out.add(new Block(Block.Kind.NOTE, rest.strip(), entry.line(), entry.page(), 0, String.valueOf(number), out.isEmpty() && entry.pageStart(), false));
        return out.size() == 1 ? List.of(entry) : out;
    }

    /** {@code [2-4]} → {@code [2][3][4]}, {@code [1,3]} → {@code [1][3]}: one marker per entry cited. */
    static String expandGroups(String text) {
        Matcher m = GROUP.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder markers = new StringBuilder();
            for (String part : m.group(1).split("\\s*[,，]\\s*")) {
                String[] ends = part.split("\\s*[-–—~]\\s*");
                int a = Integer.parseInt(ends[0].strip());
                int z = Integer.parseInt(ends[ends.length - 1].strip());
                for (int n = a; n <= z && n - a < 50; n++) {
                    markers.append('[').append(n).append(']');
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(markers.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
