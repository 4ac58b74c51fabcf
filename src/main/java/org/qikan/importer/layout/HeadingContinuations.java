package org.qikan.importer.layout;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A numbered heading that a converter of one paragraph per line split where the print broke it (a heading is set in
 * larger type and wraps short of the body's measure): {@code ## 三、……培育的} then {@code ## 反馈机制}, or the second half
 * as a plain line, or both halves on consecutive lines of one paragraph. The second half is joined onto the first when
 * it could be a heading's line ({@link Headings#couldContinue}), no wider than the first half, and no contents entry or
 * notes' heading; a heading's second half is a heading of the same level. Hard-wrapped text has its own rule
 * ({@link WrappedLayout}).
 */
final class HeadingContinuations {
    /** A notes' or references' heading, which never finishes a numbered heading. */
    private static final Pattern NOTES_HEADING = Pattern.compile("^(?:参考文献|注\\s*释)$");
    private static final Pattern CONTENTS_ENTRY = Pattern.compile(".*(?:\\s|…|\\.{2,})\\(?\\d{1,4}\\)?$");

    private HeadingContinuations() {
    }

    /** Joins, in place, each split numbered heading's halves (see the class comment). */
    static void join(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.is(Block.Kind.PARA) && b.text().indexOf('\n') > 0) {
                String[] lines = b.text().split("\n");
                if (lines.length == 2 && firstHalf(lines[0]) && secondHalf(lines[0], lines[1])) {
                    blocks.set(i, b.withText(Texts.joinCut(lines[0], lines[1])));
                }
                continue;
            }
            if (i + 1 >= blocks.size() || !(b.is(Block.Kind.HEADING) && b.hashes() >= 2 || b.is(Block.Kind.PARA)) || !firstHalf(b.text())) {
                continue;
            }
            Block next = blocks.get(i + 1);
            boolean sameKind = b.is(Block.Kind.HEADING) ? next.is(Block.Kind.HEADING) && next.hashes() == b.hashes() : next.is(Block.Kind.PARA);
            boolean plainAfterHeading = b.is(Block.Kind.HEADING) && next.is(Block.Kind.PARA);
            if ((sameKind || plainAfterHeading) && next.text().indexOf('\n') < 0 && secondHalf(b.text(), next.text())) {
                blocks.set(i, b.withText(Texts.joinCut(b.text(), next.text())));
                blocks.remove(i + 1);
            }
        }
    }

    private static boolean firstHalf(String text) {
        String t = text.strip();
        return Headings.numberedLevel(t) > 0 && !t.contains("。") && !Texts.endsWithStop(t) && !t.endsWith("；") && !t.endsWith(";")
                && !t.endsWith("：") && !t.endsWith(":");
    }

    private static boolean secondHalf(String first, String text) {
        String t = text.strip();
        return Texts.width(t) <= Texts.width(first.strip()) + 2 && Headings.couldContinue(t) && !CONTENTS_ENTRY.matcher(t).matches()
                && !NOTES_HEADING.matcher(t).matches()
                && Headings.numberedLevel(Texts.joinCut(first, t)) > 0;
    }
}
