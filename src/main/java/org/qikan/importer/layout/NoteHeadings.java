package org.qikan.importer.layout;


import java.util.List;
import java.util.regex.Pattern;

/**
 * The heading some journals print over an article's notes ({@code 注释：}, {@code 注 释}, {@code 【注释】},
 * {@code Notes}): a line of its own followed by the notes. The notes become the page's note list, so the
 * heading is made a rule, like a reference list's heading, and never reaches the body; no paragraph cut at a page
 * end is joined across it.
 */
public final class NoteHeadings {
    private static final Pattern HEADING = Pattern.compile(
            "^(?:[\\[【〔［]\\s*)?(?:注\\s*释|尾\\s*注|注)(?:\\s*[\\]】〕］])?\\s*[：:]?$|^(?i:notes|endnotes)\\s*:?$");

    /** A reference list's heading (参考文献, 参考文献：, [参考文献], 【参考文献】, 主要参考文献, References). */
    private static final Pattern REFERENCE_LIST = Pattern.compile(
            "^(?:[\\[【〔［]\\s*)?(?:主\\s*要\\s*)?参\\s*考\\s*文\\s*献(?:\\s*[\\]】〕］])?\\s*[：:]?$|^(?i:references|bibliography)\\s*:?$");

    private NoteHeadings() {
    }

    /** Whether {@code line} is a reference list's heading: no paragraph cut at a page end is joined across or onto it. */
    public static boolean isReferenceListHeading(String line) {
        return REFERENCE_LIST.matcher(PageJoiner.withoutMarks(line).replace("**", "").strip()).matches();
    }

    public static boolean isHeading(String line) {
        return HEADING.matcher(PageJoiner.withoutMarks(line).replace("**", "").strip()).matches();
    }

    /** Makes each notes heading in {@code blocks} (one line, the next block but rules a note) a rule, in place. */
    public static void asRules(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!(b.is(Block.Kind.PARA) || b.is(Block.Kind.HEADING)) || b.text().contains("\n") || !isHeading(b.text())) {
                continue;
            }
            int next = i + 1;
            while (next < blocks.size() && blocks.get(next).is(Block.Kind.RULE)) {
                next++;
            }
            if (next < blocks.size() && blocks.get(next).is(Block.Kind.NOTE)) {
                blocks.set(i, b.asRule(b.page()));
            }
        }
    }
}
