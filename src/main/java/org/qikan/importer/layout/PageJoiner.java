package org.qikan.importer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-joins paragraphs that a page break cut, also across the page-bottom notes between the two
 * halves. The join keeps an invisible page mark so that markers on either side still pair with the
 * notes of their own page.
 */
public final class PageJoiner {
    public static final char PAGE_OPEN = '\uE002';
    public static final char PAGE_CLOSE = '\uE003';
    /** A marker already paired with its note (see structure.NotePairer): private-use brackets around the note's number. */
    private static final Pattern PAIRED_MARKER = Pattern.compile("\uE000\\d+\uE001");
    private static final Pattern PAGE_MARK = Pattern.compile(PAGE_OPEN + "(\\d+):(\\d+)" + PAGE_CLOSE);

    private PageJoiner() {
    }

    public static String continuationMark(int page, int line) {
        return PAGE_OPEN + Integer.toString(page) + ":" + line + PAGE_CLOSE;
    }

    /** Joins {@code after} (starting page {@code page}) to {@code before}, keeping the page mark at the seam. */
    public static String joinAcross(String before, String after, int page, int line) {
        String joined = Texts.joinCut(before, after);
        int seam = joined.length() - after.stripLeading().length();
        return joined.substring(0, seam) + continuationMark(page, line) + joined.substring(seam);
    }

    public static String withoutMarks(String text) {
        return PAGE_MARK.matcher(text).replaceAll("");
    }

    /** Pieces of {@code text} with the page each lies on, starting on {@code firstPage}. */
    public static List<PagedText> byPage(Block b) {
        List<PagedText> out = new ArrayList<>();
        Matcher m = PAGE_MARK.matcher(b.text());
        int page = b.page();
        int line = b.line();
        int from = 0;
        while (m.find()) {
            out.add(new PagedText(b.text().substring(from, m.start()), page, line, from));
            page = Integer.parseInt(m.group(1));
            line = Integer.parseInt(m.group(2));
            from = m.end();
        }
        out.add(new PagedText(b.text().substring(from), page, line, from));
        return out;
    }

    /** A piece of a joined paragraph: its text, the page and input line it starts on, its offset in the paragraph. */
    public record PagedText(String text, int page, int line, int offset) {
    }

    /**
     * Joins a paragraph whose text stops mid-sentence with the next paragraph on a later page, or with the next one
     * across a table or figure floating between its halves (unless it announces it with a colon); returns the blocks
     * with the joined paragraphs in place of their halves.
     */
    public static List<Block> join(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        int last = -1;
        boolean floatBetween = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.is(Block.Kind.NOTE) || b.is(Block.Kind.RULE) || b.is(Block.Kind.TABLE) || b.is(Block.Kind.FIGURE)) {
                floatBetween |= b.is(Block.Kind.TABLE) || b.is(Block.Kind.FIGURE);
                out.add(b);
                continue;
            }
            Block before = last < 0 ? null : out.get(last);
            boolean floated = floatBetween && before != null && !introducesFloat(before.text());
            floatBetween = false;
            if (before != null && b.is(Block.Kind.PARA) && (b.page() != lastPage(before) || floated) && continues(before, b)
                    && before.kind() != Block.Kind.BYLINE && !opensFront(blocks, i)) {
                out.set(last, before.withText(joinAcross(before.text(), b.text(), b.page(), b.line())));
                continue;
            }
            out.add(b);
            last = b.is(Block.Kind.PARA) && !b.text().contains("\n") && !LabelWords.startsWithLabel(b.text()) ? out.size() - 1 : -1;
        }
        return out;
    }

    /**
     * Whether {@code next} can continue the paragraph {@code before} cut by a page or column end: the first
     * stops mid-sentence (a note marker after a sentence's end does not count), and neither is a label, an
     * editor's credit, a numbered heading or a section line; an English line never continues Chinese text.
     */
    public static boolean continues(Block before, Block next) {
        String a = withoutMarks(before.text()).strip();
        String b = withoutMarks(next.text()).strip();
        if (a.isEmpty() || b.isEmpty() || endsSentence(a) || b.contains("\n") || a.contains("\n")) {
            return false;
        }
        if (LabelWords.startsWithLabel(a) || LabelWords.startsWithLabel(b) || isCredit(a) || isCredit(b)
                || NoteHeadings.isHeading(a) || NoteHeadings.isHeading(b)
                || NoteHeadings.isReferenceListHeading(a) || NoteHeadings.isReferenceListHeading(b)) {
            return false;
        }
        if (Headings.numberedLevel(b) > 0 || Headings.numberedLevel(a) > 0 || b.startsWith("■") || b.startsWith("【")) {
            return false;
        }
        boolean hanBefore = Texts.isHan(a.codePointBefore(a.length())) || Texts.hanCount(a) > a.length() / 2;
        return !(hanBefore && Texts.hanCount(b) == 0);
    }

    /**
     * Whether a paragraph's text ends by announcing what follows ({@code 如表 1 所示：}): a table or figure after
     * it does not cut it, so the paragraph after the table is not its second half.
     */
    public static boolean introducesFloat(String text) {
        String t = withoutMarks(text).strip();
        return t.endsWith("：") || t.endsWith(":");
    }

    /**
     * Whether the block at {@code i} is a title or byline: a short line without a clause, a Chinese label within two
     * blocks after it. Blocks read as notes do not count: affiliations numbered like notes ({@code [1] 某大学…}) may
     * stand between a byline and the labels.
     */
    private static boolean opensFront(List<Block> blocks, int i) {
        String text = blocks.get(i).text();
        if (Texts.width(text) >= 80 || text.contains("，") || text.contains("。")) {
            return false;
        }
        int seen = 0;
        for (int j = i + 1; j < blocks.size() && seen < 2; j++) {
            if (blocks.get(j).is(Block.Kind.NOTE)) {
                continue;
            }
            seen++;
            List<LabelWords.Labelled> labels = LabelWords.parse(blocks.get(j).text());
            if (!labels.isEmpty() && !labels.get(0).kind().isEnglish()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCredit(String text) {
        return text.contains("责任编辑") || text.contains("责编");
    }

    /** Whether the text ends a sentence, with any note markers after its last character left out. */
    public static boolean endsSentence(String text) {
        String t = PAIRED_MARKER.matcher(withoutMarks(text)).replaceAll("").strip();
        while (true) {
            List<NoteLabels.Marker> markers = NoteLabels.markers(t);
            if (markers.isEmpty() || markers.get(markers.size() - 1).end() != t.length()) {
                break;
            }
            t = t.substring(0, markers.get(markers.size() - 1).start()).strip();
        }
        return Texts.endsSentence(t);
    }

    private static int lastPage(Block b) {
        List<PagedText> pieces = byPage(b);
        return pieces.get(pieces.size() - 1).page();
    }
}
