package org.qikan.importer.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads raw PDF text: hard-wrapped lines, running heads and page numbers, a leading space where a
 * printed page starts, notes as lines starting with ① at the page bottom. Re-joins the wrapped lines
 * into paragraphs and marks each article's title lines and byline (found above its abstract label).
 */
public final class WrappedLayout {
    private static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\\d{1,2}[.．]\\s*\\S).*");
    private static final Pattern CN_NAMES = Pattern.compile("^[\\p{IsHan}·]{1,4}(?:[\\s\\u3000]+[\\p{IsHan}·]{1,4}){0,9}$");
    private static final Pattern EN_NAMES = Pattern.compile("^[A-Z][a-zA-Z'\\- ]+(?:\\s*[；;,&]\\s*[A-Z][a-zA-Z'\\- ]+)*$");

    /** The issue's year and number ({@code 2031年第4期}): masthead, never part of a title. */
    private static final Pattern ISSUE_LINE = Pattern.compile("\\d{4}\\s*年\\s*第\\s*\\d{1,2}\\s*期");

    private enum Role { TEXT, FURNITURE, TITLE, EN_TITLE, BYLINE }

    private final SourceLines source;
    private final List<Furniture> furniture;
    private final Role[] roles;
    private int fullWidth;

    public record Furniture(int line, String kind, String text) {
    }

    private WrappedLayout(SourceLines source, List<Furniture> furniture) {
        this.source = source;
        this.furniture = furniture;
        this.roles = new Role[source.size()];
        Arrays.fill(roles, Role.TEXT);
    }

    public static List<Block> read(SourceLines source, List<Furniture> furniture) {
        return new WrappedLayout(source, furniture).blocks();
    }

    private List<Block> blocks() {
        markFurniture();
        fullWidth = fullWidth();
        markFronts();
        List<List<Integer>> pages = pages();
        List<Draft> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            readPage(pages.get(p), p, out);
        }
        return new ArrayList<>(joinAcrossPages(out));
    }

    private void markFurniture() {
        PageFurniture.IssueHeads issueHeads = new PageFurniture.IssueHeads();
        for (int i = 0; i < source.size(); i++) {
            String line = source.line(i);
            if (line.isBlank()) {
                continue;
            }
            String kind = PageFurniture.kind(line);
            if (issueHeads.isRunningHead(line) && kind == null) {
                kind = "running head";
            }
            if (kind != null) {
                roles[i] = Role.FURNITURE;
                furniture.add(new Furniture(i + 1, kind, line.strip()));
            }
        }
    }

    /** The width of a full body line: the 80th percentile of line widths. */
    private int fullWidth() {
        List<Integer> widths = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            if (roles[i] == Role.TEXT && !source.line(i).isBlank()) {
                widths.add(Texts.width(source.line(i).strip()));
            }
        }
        if (widths.isEmpty()) {
            return 60;
        }
        widths.sort(null);
        return widths.get(widths.size() * 8 / 10);
    }

    private boolean isShort(String line, double share) {
        return Texts.width(line.strip()) < fullWidth * share;
    }

    /** Title lines and byline above every abstract label, Chinese and English. */
    private void markFronts() {
        for (int i = 0; i < source.size(); i++) {
            String line = source.line(i).strip();
            List<LabelWords.Labelled> labels = LabelWords.parse(line);
            if (labels.isEmpty()) {
                continue;
            }
            LabelWords.Kind kind = labels.get(0).kind();
            if (kind == LabelWords.Kind.ABSTRACT) {
                markFront(i, CN_NAMES, Role.TITLE);
            } else if (kind == LabelWords.Kind.EN_ABSTRACT) {
                markFront(i, EN_NAMES, Role.EN_TITLE);
            }
        }
    }

    private void markFront(int labelLine, Pattern names, Role titleRole) {
        int by = previousText(labelLine);
        if (by < 0 || !names.matcher(NoteLabels.withoutAnyMarker(source.line(by)).strip()).matches() || roles[by] != Role.TEXT) {
            return;
        }
        roles[by] = Role.BYLINE;
        int t = previousText(by);
        boolean setShort = false;
        for (int n = 0; n < 3 && t >= 0 && looksLikeTitle(t, n == 0); n++) {
            roles[t] = titleRole;
            if (startsPage(t)) {
                break;
            }
            t = previousText(t);
            // a title wrapped over lines fills the measure on each line but its last: a short line above is no part of it,
            // nor is the last line of a labelled block (key words run on over lines, and the title follows them)
            boolean full = t >= 0 && fills(source.line(t), source.line(nextText(t)));
            // a title's lines are all full but the last (wrapped), or all short (set by sense): a full line above a
            // short one is the text before the title
            if (t >= 0 && (!full && !titleLineSetShort(t, titleRole) || full && (setShort || source.line(t).contains("。"))
                    || inLabelledBlock(t) && !source.line(t).strip().endsWith("⁃") && !titleCase(source.line(t)))) {
                break;
            }
            setShort |= !full;
        }
    }

    /**
     * A title's line: its last line is short, the lines before it fill the measure (checked by the caller); no sentence
     * ends in it, nor before a note's marker (a paragraph's last line, …的网络。④, above the next article's title).
     */
    private boolean looksLikeTitle(int i, boolean last) {
        String line = source.line(i).strip();
        return roles[i] == Role.TEXT && !Texts.endsSentence(withoutMarkers(line)) && !line.contains("。") && (!last || isShort(line, 0.85))
                && NoteLabels.noteStart(line).isEmpty() && !LabelWords.startsWithLabel(line)
                && !NUMBERED_HEADING.matcher(line).matches() && !ISSUE_LINE.matcher(line).find();
    }

    /**
     * A short line above a title's line that is still the title's: a title set in larger type breaks where its sense
     * does, on short lines; a section line ({@code ■ …}, {@code 【…】}) is not one, nor a line of the other language.
     */
    private boolean titleLineSetShort(int i, Role titleRole) {
        String line = source.line(i).strip();
        boolean section = line.startsWith("■") || line.startsWith("□") || SECTION_LINE.matcher(line).matches();
        boolean han = Texts.hanCount(line) > 0;
        return !section && (titleRole == Role.TITLE ? han : !han) && Texts.width(line) >= 2 * 6;
    }

    /** The names and page of a contents entry ({@code 王明 李华 (11)}): a line of its own under the entry's title. */
    private static final Pattern CONTENTS_NAMES = Pattern.compile("^[\\p{IsHan}·]{2,4}(?:[\\s\\u3000]+[\\p{IsHan}·]{2,4}){0,5}\\s*[(（]\\d{1,4}[)）]$");

    private static final Pattern SECTION_LINE = Pattern.compile("^[【〔\\[][^】〕\\]]{1,12}[】〕\\]]$");

    /** Whether an English line is in title case: it starts with a capital and so do most of its longer words. */
    private static boolean titleCase(String line) {
        String[] words = line.strip().split("\\s+");
        if (words.length < 2 || words[0].isEmpty() || !Character.isUpperCase(words[0].charAt(0))) {
            return false;
        }
        long longer = java.util.Arrays.stream(words).filter(w -> w.length() >= 4).count();
        long capital = java.util.Arrays.stream(words).filter(w -> w.length() >= 4 && Character.isUpperCase(w.charAt(0))).count();
        return longer > 0 && capital * 2 > longer;
    }

    /** Whether line {@code i} goes on a labelled block: the lines above it fill the measure up to a label's line. */
    private boolean inLabelledBlock(int i) {
        int line = i;
        for (int n = 0; n < 12 && line >= 0; n++) {
            if (LabelWords.startsWithLabel(source.line(line).strip())) {
                return true;
            }
            int above = previousText(line);
            if (above < 0 || !fills(source.line(above), source.line(line))) {
                return false;
            }
            line = above;
        }
        return false;
    }

    private int nextText(int i) {
        for (int j = i + 1; j < source.size(); j++) {
            if (!source.line(j).isBlank() && roles[j] != Role.FURNITURE) {
                return j;
            }
        }
        return i;
    }

    private int previousText(int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!source.line(j).isBlank() && roles[j] != Role.FURNITURE) {
                return j;
            }
        }
        return -1;
    }

    /** A single leading space marks a printed page's first line; two or more are a paragraph's indent. */
    private boolean startsPage(int i) {
        String line = source.line(i);
        return !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\u3000') && !indented(i);
    }

    /** Line indexes per printed page: a page starts after furniture or at a line with a leading space. */
    private List<List<Integer>> pages() {
        List<List<Integer>> pages = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        boolean afterFurniture = false;
        for (int i = 0; i < source.size(); i++) {
            if (source.line(i).isBlank()) {
                continue;
            }
            if (roles[i] == Role.FURNITURE) {
                afterFurniture = true;
                continue;
            }
            if ((afterFurniture || startsPage(i)) && !current.isEmpty()) {
                pages.add(current);
                current = new ArrayList<>();
            }
            afterFurniture = false;
            current.add(i);
        }
        if (!current.isEmpty()) {
            pages.add(current);
        }
        return pages;
    }

    /** A block while its page is read: lines are added to it until the paragraph ends; frozen into a {@link Block}. */
    private static final class Draft {
        Block.Kind kind;
        String text;
        final int line;
        final int page;
        int hashes;
        String noteLabel;
        boolean pageStart;
        boolean shortEnd;
        /** The last line added, as printed, and how many lines the paragraph has so far. */
        String lastLine = "";
        int lines = 1;
        /** Whether its first line is indented as a paragraph's: it goes on no paragraph before it. */
        boolean indented;
        /** Whether its first line is short of three quarters of the measure (a line that can stand alone). */
        boolean aloneWidth;

        Draft(Block.Kind kind, String text, int line, int page) {
            this.kind = kind;
            this.text = text;
            this.line = line;
            this.page = page;
        }

        boolean is(Block.Kind k) {
            return kind == k || k == Block.Kind.PARA && kind == Block.Kind.BYLINE;
        }

        Block freeze() {
            return new Block(kind, text, line, page, hashes, noteLabel, pageStart, shortEnd);
        }
    }

    private void readPage(List<Integer> lines, int page, List<Draft> out) {
        int tail = noteTail(lines, out);
        if (tail > 0) {
            lines = lines.subList(tail, lines.size());
        }
        int top = topNotesEnd(lines);
        int notesFrom = Math.max(top, notesStart(lines.subList(top, lines.size())) + top);
        int notesEnd = midPageNotesEnd(lines, notesFrom);
        readNotes(lines, 0, top, page, out);
        Draft open = readText(lines, top, notesFrom, top, page, out, null);
        readNotes(lines, notesFrom, notesEnd, page, out);
        readText(lines, notesEnd, lines.size(), top, page, out, open);
    }

    /**
     * Reads lines {@code from} to {@code to} of a page as its text, going on with {@code open} (the paragraph the text
     * before a block of notes left open, or null); returns the paragraph left open. {@code top} is where the page's
     * text starts, after notes printed at its top.
     */
    private Draft readText(List<Integer> lines, int from, int to, int top, int page, List<Draft> out, Draft open) {
        int notesFrom = to;
        for (int k = from; k < notesFrom; k++) {
            int i = lines.get(k);
            String line = source.line(i).strip();
            Role role = roles[i];
            if (role == Role.TITLE || role == Role.EN_TITLE) {
                if (open != null && open.is(Block.Kind.HEADING) && open.hashes == (role == Role.TITLE ? 1 : 2)) {
                    open.text = Texts.joinCut(open.text, line);
                } else {
                    open = add(out, Block.Kind.HEADING, line, i, page);
                    open.hashes = role == Role.TITLE ? 1 : 2;
                }
                continue;
            }
            if (role == Role.TEXT && Captions.isCaption(line)) {
                k = captioned(lines, k, notesFrom, page, out) - 1;
                open = null;
                continue;
            }
            boolean newParagraph = open == null || !open.is(Block.Kind.PARA) || role == Role.BYLINE
                    || LabelWords.startsWithLabel(line) || headingLines(lines, k, notesFrom, open) > 0 || indented(i)
                    || endsParagraph(open, fills(open.lastLine, line)) || standsAlone(open, line) || standsAloneAfter(open, line)
                    || Texts.hanCount(open.text) == 0 && Texts.hanCount(line) > 0 // Chinese never goes on English
                    || CONTENTS_NAMES.matcher(line).matches(); // a contents entry's names and page
            if (newParagraph) {
                int headingLines = headingLines(lines, k, notesFrom, open);
                boolean heading = headingLines > 0;
                open = add(out, heading ? Block.Kind.HEADING : role == Role.BYLINE ? Block.Kind.BYLINE : Block.Kind.PARA, line, i, page);
                for (int more = 1; more < headingLines; more++) { // a heading wrapped onto more lines
                    k++;
                    open.text = Texts.joinCut(open.text, source.line(lines.get(k)).strip());
                }
                open.pageStart = k == top;
                open.indented = indented(i);
                open.aloneWidth = isShort(printed(i), 0.75);
                open.shortEnd = Texts.width(printed(i)) < fullWidth * 0.9;
                open.lastLine = printed(i);
                if (role == Role.BYLINE || heading) {
                    open.hashes = heading ? 2 : 0;
                    open.shortEnd = false;
                    open = null;
                }
            } else {
                open.text = spaceLost(open, line) ? open.text.stripTrailing() + "\u3000" + line : Texts.joinCut(open.text, line);
                open.shortEnd = Texts.width(printed(i)) < fullWidth * 0.9;
                open.lastLine = printed(i);
                open.lines++;
            }
        }
        return open;
    }

    /**
     * Where a block of notes read from {@code notesFrom} ends when the page's text goes on under it (text converted out
     * of order puts notes amid the page's lines): at the first line after a line ending a sentence that starts no note,
     * has Han characters and either is a short numbered heading ({@code 四、结语}) or a paragraph's indented first line,
     * which no note goes on with, or, with the lines after it, carries a note marker in running text (a circled number
     * after a character, as notes do not print). Returns the page's end where no text goes on. Not told apart yet: a
     * note of several sentences, one of which ends on a full line, over text that goes on under the notes. Linear in the
     * page's lines: the first line that passes the checks decides, so the rest of the page is scanned for a marker once.
     */
    private int midPageNotesEnd(List<Integer> lines, int notesFrom) {
        for (int k = notesFrom + 1; k < lines.size(); k++) {
            String line = source.line(lines.get(k)).strip();
            String before = source.line(lines.get(k - 1)).strip();
            if (NoteLabels.noteStart(line).isPresent() || Texts.hanCount(line) == 0 || !Texts.endsWithStop(before)) {
                continue;
            }
            if (CHINESE_NUMBERED_HEADING.matcher(line).matches() && isShort(printed(lines.get(k)), 0.75) || indented(lines.get(k))) {
                return k;
            }
            return runningMarkerFrom(lines, k) ? k : lines.size(); // the first candidate decides: one scan per page
        }
        return lines.size();
    }

    /** Whether a running marker ({@link NoteLabels#RUNNING_MARKER}) stands on line {@code from} of the page or after it. */
    private boolean runningMarkerFrom(List<Integer> lines, int from) {
        return lines.subList(from, lines.size()).stream().anyMatch(i -> NoteLabels.RUNNING_MARKER.matcher(source.line(i)).find());
    }

    private static final Pattern CHINESE_NUMBERED_HEADING = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\\S.*");

    /**
     * A note cut by the page's end goes on at the top of the next page: where the page before ended with a note that
     * stops mid-sentence on a full line, and its text above the notes ended a sentence (else the page's first lines are
     * that text's, as a paragraph cut by the page end), the first lines of this page up to the one that ends a sentence
     * (at most three, each before it full, none indented, none a note, label, caption or numbered heading) are the
     * note's. They are joined onto it; returns how many lines they are.
     */
    private int noteTail(List<Integer> lines, List<Draft> out) {
        if (out.isEmpty() || !out.get(out.size() - 1).is(Block.Kind.NOTE) || lines.isEmpty()) {
            return 0;
        }
        Draft note = out.get(out.size() - 1);
        if (Texts.endsSentence(withoutMarkers(note.text)) || Texts.endsWithStop(note.text) || !fills(note.lastLine, source.line(lines.get(0)).strip())) {
            return 0;
        }
        for (int j = out.size() - 1; j >= 0 && out.get(j).page == note.page; j--) {
            Draft d = out.get(j);
            if (!d.is(Block.Kind.NOTE)) {
                if (d.is(Block.Kind.PARA) && !Texts.endsSentence(withoutMarkers(d.text)) && !LabelWords.startsWithLabel(d.text)) {
                    return 0; // the page's text stops mid-sentence too: the next page's first lines are its
                }
                break;
            }
        }
        for (int k = 0; k < Math.min(3, lines.size()); k++) {
            int i = lines.get(k);
            String line = source.line(i).strip();
            if (indented(i) || NoteLabels.noteStart(line).isPresent() || LabelWords.startsWithLabel(line) || Captions.isCaption(line)
                    || NUMBERED_HEADING.matcher(line).matches() || roles[i] != Role.TEXT
                    || k > 0 && !fills(printed(lines.get(k - 1)), line)) {
                return 0;
            }
            if (Texts.endsSentence(withoutMarkers(line))) {
                for (int t = 0; t <= k; t++) {
                    note.text = Texts.joinCut(note.text, source.line(lines.get(t)).strip());
                }
                note.lastLine = printed(i);
                return k + 1;
            }
        }
        return 0;
    }

    /**
     * Reads lines {@code from} to {@code to} of a page as its notes. A first line that starts no note is the end of a
     * note whose head the text lost (out-of-order fragments): an unlabelled note, reported as such. A caption among
     * the notes (two-column fragments) starts after a note's short last line, never after a full one, which goes on
     * ({@code 表60周年…} continues a note).
     */
    private void readNotes(List<Integer> lines, int from, int to, int page, List<Draft> out) {
        Draft note = null;
        String last = "";
        for (int k = from; k < to; k++) {
            int i = lines.get(k);
            String line = source.line(i).strip();
            Optional<NoteLabels.NoteStart> start = NoteLabels.noteStart(line);
            boolean goesOn = note != null && fills(last, line); // a note's full line goes on, whatever the next starts with
            last = printed(i);
            if (start.isPresent() && (!NoteLabels.isStar(start.get().label()) || !goesOn)) { // a star note too, after a note's last line
                note = add(out, Block.Kind.NOTE, start.get().text(), i, page);
                note.noteLabel = start.get().label();
                note.lastLine = last;
            } else if (Captions.isCaption(line) && !goesOn) {
                k = captioned(lines, k, to, page, out) - 1; // a caption printed among the notes (two-column fragments)
                note = null;
            } else if (note != null) {
                note.text = Texts.joinCut(note.text, line);
                note.lastLine = last;
            } else if (k == from && from == 0) {
                note = add(out, Block.Kind.NOTE, line, i, page);
                note.noteLabel = "";
            }
        }
    }

    /**
     * Where notes printed at the top of a page end (two-column text converted out of order puts a page's notes before
     * the rest of its text): the page starts with notes of successive circled numbers, possibly after the end of a note
     * whose head was lost. A note goes on over a line that its full line runs into, where that line is followed by the
     * next note, or ends a sentence short of the measure (the page's text after the notes fills its first line).
     * Returns 0 when the page starts with none.
     */
    private int topNotesEnd(List<Integer> lines) {
        int k = 0;
        if (!lines.isEmpty() && NoteLabels.noteStart(source.line(lines.get(0)).strip()).isEmpty()) {
            k = 1;
        }
        int previous = -1;
        int end = 0;
        for (; k < lines.size(); k++) {
            Optional<NoteLabels.NoteStart> start = NoteLabels.noteStart(source.line(lines.get(k)).strip());
            int n = start.isPresent() ? NoteLabels.CIRCLED.indexOf(start.get().label()) : -1;
            if (n < 0 && previous >= 1 && noteGoesOnAtTop(lines, k)) {
                end = k + 1;
                continue;
            }
            if (n < 0 || previous >= 0 && n != previous + 1 || previous < 0 && n == 0) {
                break;
            }
            previous = n;
            end = k + 1;
        }
        return previous >= 1 ? end : 0;
    }

    /** Whether line {@code lines[k]}, no note's start, is the end of the note above it among a page's top notes. */
    private boolean noteGoesOnAtTop(List<Integer> lines, int k) {
        String line = source.line(lines.get(k)).strip();
        if (indented(lines.get(k)) || !fills(printed(lines.get(k - 1)), line)) {
            return false;
        }
        boolean nextNote = k + 1 < lines.size() && NoteLabels.noteStart(source.line(lines.get(k + 1)).strip())
                .filter(s -> NoteLabels.CIRCLED.indexOf(s.label()) > 0).isPresent();
        return nextNote || Texts.endsSentence(line) && isShort(printed(lines.get(k)), 0.9);
    }

    /** A table or figure caption at {@code lines[k]} and what belongs under it, as one block; returns the index after it. */
    private int captioned(List<Integer> lines, int k, int notesFrom, int page, List<Draft> out) {
        List<String> text = new ArrayList<>();
        for (int j = k; j < notesFrom && (j == k || !indented(lines.get(j))); j++) {
            text.add(source.line(lines.get(j)).strip());
        }
        // the block stops at an indented paragraph's start (more text on the page) or at the notes or the page's end
        int end = k + rowsEnd(text, k + text.size() < notesFrom);
        String caption = Captions.plain(text.get(0));
        Draft b = add(out, Captions.isTable(caption) ? Block.Kind.TABLE : Block.Kind.FIGURE,
                String.join("\n", text.subList(0, end - k)).replaceFirst("^[^\n]*", java.util.regex.Matcher.quoteReplacement(caption)),
                lines.get(k), page);
        b.pageStart = k == 0;
        return end;
    }

    /**
     * Where a caption's block ends in {@code text} (the caption first, up to the next indented paragraph or the
     * notes): after the rows of cells and the source lines under them when the converter kept the rows on lines of
     * their own (a table printed with its columns set apart), else where {@link TablesAndFigures#wrappedEnd} puts it.
     * {@code textFollows}: a paragraph of the same page follows {@code text}.
     */
    private int rowsEnd(List<String> text, boolean textFollows) {
        int rows = 1;
        while (rows < text.size() && PrintedTable.isRow(text.get(rows))) {
            rows++;
        }
        int headerCells = rows >= 2 ? PrintedTable.cellCount(text.get(1)) : 0;
        while (rows >= 2 && rows + 1 < text.size() && (TablesAndFigures.shortCell(text.get(rows)) && PrintedTable.isRow(text.get(rows + 1))
                || TablesAndFigures.numberedLabel(text.get(rows), text.get(rows + 1), headerCells))) {
            rows++; // a one-cell line under the header or between rows: a group label (numbered or not), a wrapped cell
            while (rows < text.size() && PrintedTable.isRow(text.get(rows))) {
                rows++;
            }
        }
        if (rows < 3 || !Captions.isTable(text.get(0))) {
            return TablesAndFigures.wrappedEnd(text, 0, fullWidth);
        }
        if ((rows + 1 < text.size() || rows + 1 == text.size() && textFollows)
                && TablesAndFigures.shortCell(text.get(rows)) && TablesAndFigures.lastRowLike(text.get(rows))) {
            rows++; // a last row short of cells, not at the page's end
        }
        int end = rows;
        while (end < text.size() && Captions.isSource(text.get(end))) {
            end++;
            while (end < text.size() && !Texts.endsSentence(text.get(end - 1)) && Texts.width(text.get(end - 1)) >= fullWidth * 0.9) {
                end++; // a source line wrapped over the measure
            }
        }
        return end;
    }

    private static Draft add(List<Draft> out, Block.Kind kind, String text, int index, int page) {
        Draft b = new Draft(kind, text, index + 1, page);
        out.add(b);
        return b;
    }

    /**
     * A paragraph ends at a short line that ends a sentence; a labelled block at any line that ends one, and at a short
     * line whatever it ends with (key words, classification numbers and DOIs end with no stop).
     */
    private static boolean endsParagraph(Draft open) {
        return endsParagraph(open, !open.shortEnd);
    }

    private static boolean endsParagraph(Draft open, boolean full) {
        boolean labelled = LabelWords.startsWithLabel(open.text) && !abstractLabel(open.text);
        String text = withoutMarkers(open.text);
        return !full && Texts.endsSentence(text) || labelled && Texts.endsWithStop(text) || !full && labelsNoSentence(text);
    }

    /**
     * Whether {@code line} fills the measure, so that the text goes on with {@code next}: it is within a tenth of a
     * full line, or the first word of {@code next} (a Han character, or a Latin word with the space before it) would
     * not have fitted in the room left on it — English lines break at spaces and end short by up to a word.
     */
    private boolean fills(String line, String next) {
        int width = Texts.width(line.stripTrailing());
        if (width >= fullWidth * 0.9 || line.strip().endsWith("⁃")) { // a word broken with ⁃ goes on
            return true;
        }
        String n = next.strip();
        if (n.isEmpty() || line.isBlank()) {
            return false;
        }
        int first = n.codePointAt(0);
        int last = line.strip().codePointBefore(line.strip().length());
        int word;
        if (Texts.isLatinLetter(first) || Character.isDigit(first)) {
            int end = 0;
            while (end < n.length() && n.charAt(end) != ' ' && n.charAt(end) < 0x2E80) {
                end++;
            }
            word = end + (last < 0x2E80 ? 1 : 0);
        } else {
            word = Texts.width(n.substring(0, Character.charCount(first)));
        }
        return width + word > fullWidth;
    }

    /**
     * A short first line (under three quarters of the measure: a justified line of real print can fall some columns
     * short of it) that ends no sentence stands alone — a title, a name line, a section or masthead line — and
     * takes no next line, unless that next line is a short line of the same kind in a label block (key words run on).
     */
    private boolean standsAlone(Draft open, String next) {
        return open.lines == 1 && isShort(open.lastLine, 0.75) && !Texts.endsSentence(withoutMarkers(open.text)) && !LabelWords.startsWithLabel(open.text)
                && !open.lastLine.endsWith("⁃") && !open.lastLine.endsWith("-");
    }

    /** Line {@code i} as it fills the measure: with a paragraph's indent, which takes its room on the line. */
    private String printed(int i) {
        return indented(i) ? source.line(i).stripTrailing() : source.line(i).strip();
    }

    /** The text without the note markers at its end: a sentence ended before its marker (…的港口。①) ends it. */
    static String withoutMarkers(String text) {
        String t = text.stripTrailing();
        java.util.regex.Matcher m = TRAILING_MARKERS.matcher(t);
        return m.find() ? t.substring(0, m.start()) : t;
    }

    private static final Pattern TRAILING_MARKERS = Pattern.compile("(?:[" + NoteLabels.CIRCLED + NoteLabels.SUPERSCRIPT + "]|\\[\\d{1,3}])+$");

    /** Whether a line is indented as a paragraph's first line: two or more spaces (ideographic or not) before it. */
    private boolean indented(int i) {
        String line = source.line(i);
        return line.startsWith("\u3000\u3000") || line.startsWith("  ") || line.startsWith("\u3000 ") || line.startsWith(" \u3000");
    }

    /**
     * Whether the text opens with an abstract label: an abstract runs on over a full line that ends a sentence (the key
     * words label follows it), where other labelled blocks (a bio, a funding note) end at any line that ends one.
     */
    private static boolean abstractLabel(String text) {
        List<LabelWords.Labelled> labels = LabelWords.parse(text);
        return !labels.isEmpty() && (labels.get(0).kind() == LabelWords.Kind.ABSTRACT || labels.get(0).kind() == LabelWords.Kind.EN_ABSTRACT);
    }

    /**
     * A line that stands alone after a paragraph ending a sentence on a full line: short, ending no sentence and with no
     * clause in it — a numbered heading, a section line, an editor's credit, a title. The last line of a paragraph
     * ends with a stop; this one does not, so it goes on no paragraph.
     */
    private boolean standsAloneAfter(Draft open, String line) {
        String text = withoutMarkers(line);
        // a line that starts with a marker (the sentence before is its reference) or ends with a colon goes on the text
        boolean goesOn = NoteLabels.CIRCLED.indexOf(line.codePointAt(0)) >= 0 || line.endsWith("：") || line.endsWith(":");
        return Texts.endsWithStop(withoutMarkers(open.text)) && isShort(line, 0.8) && !text.isEmpty() && !goesOn
                && !Texts.endsSentence(text) && text.codePoints().anyMatch(c -> Texts.isHan(c) || Character.isLetter(c))
                && line.codePoints().noneMatch(c -> c == '，' || c == '。' || c == ',' || c == '；');
    }

    /**
     * Whether a line break in key words set apart by spaces fell at a space: the next line's first character would
     * have fitted on the line, so the converter dropped the space the line broke at; or the line is full and the two
     * parts joined would make a key word longer than a term is.
     */
    private boolean spaceLost(Draft open, String next) {
        List<LabelWords.Labelled> labels = LabelWords.parse(open.text);
        if (labels.isEmpty() || labels.get(0).kind() != LabelWords.Kind.KEYWORDS || next.isEmpty()) {
            return false;
        }
        String value = labels.get(0).value();
        boolean spaced = (value.contains("\u3000") || value.contains("  ")) && value.chars().noneMatch(c -> "；;，,、".indexOf(c) >= 0);
        if (!spaced) {
            return false;
        }
        if (Texts.width(open.lastLine) + Texts.width(next.substring(0, Character.charCount(next.codePointAt(0)))) <= fullWidth) {
            return true;
        }
        // a full line broke at a space or inside a key word; joined, a Chinese key word (a term) has at most 8 characters
        String[] before = value.strip().split("[\\s\u3000]+");
        String head = next.strip().split("[\\s\u3000]+")[0];
        return Texts.hanCount(before[before.length - 1]) + Texts.hanCount(head) > MAX_KEYWORD;
    }

    /** Characters of the longest Chinese key word (terms run from 2 to about 8 characters). */
    private static final int MAX_KEYWORD = 8;

    /** Whether the text opens with a label whose value is no sentence: key words, classification and article numbers, DOI. */
    private static boolean labelsNoSentence(String text) {
        List<LabelWords.Labelled> labels = LabelWords.parse(text);
        if (labels.isEmpty()) {
            return false;
        }
        LabelWords.Kind kind = labels.get(labels.size() - 1).kind();
        return kind == LabelWords.Kind.KEYWORDS || kind == LabelWords.Kind.EN_KEYWORDS || kind == LabelWords.Kind.CLC || kind == LabelWords.Kind.DOC_CODE
                || kind == LabelWords.Kind.ARTICLE_NO || kind == LabelWords.Kind.DOI || kind == LabelWords.Kind.RECEIVED;
    }

    /**
     * How many lines the numbered heading at line {@code k} of a page takes (its text ends before {@code end}): 1, 2
     * for a heading wrapped onto a second line, or 0 when the line starts no heading. A heading follows a break (a
     * paragraph's end, a sentence's end, a short line, a colon that introduces it), ends no sentence and holds no
     * {@code 。}; on one line it falls short of the measure (a full line goes on), on two its first line is full and
     * its second short, and what follows it starts a paragraph (an indent) or another heading, or ends the page's text.
     */
    private int headingLines(List<Integer> lines, int k, int end, Draft open) {
        String line = source.line(lines.get(k)).strip();
        if (!afterBreak(open, line) || !NUMBERED_HEADING.matcher(line).matches() || line.codePoints().noneMatch(Texts::isHan)
                || line.contains("。")) {
            return 0;
        }
        String next = k + 1 < end ? source.line(lines.get(k + 1)).strip() : "";
        if (!fills(line, next) || k + 1 >= end || indented(lines.get(k + 1)) || NUMBERED_HEADING.matcher(next).matches()) {
            return Texts.endsWithStop(line) ? 0 : 1 + displayLines(lines, k, end);
        }
        boolean secondLine = k + 1 < end && !indented(lines.get(k + 1)) && !NUMBERED_HEADING.matcher(next).matches()
                && !fills(next, "") && !Texts.endsSentence(withoutMarkers(next)) && !next.contains("。") && !Texts.endsWithStop(next)
                && roles[lines.get(k + 1)] == Role.TEXT;
        boolean thenBreak = k + 2 >= end || indented(lines.get(k + 2))
                || NUMBERED_HEADING.matcher(source.line(lines.get(k + 2)).strip()).matches();
        return secondLine && thenBreak ? 2 : 0;
    }

    /**
     * How many more lines the numbered heading at line {@code k}, short of the measure, takes (0 when none): a heading
     * is set in larger type, so it wraps well short of a body line, often where its words break (三、……培育的 / 反馈机制),
     * and a long one over three or four lines. A line goes on with the heading when it could be a heading's line: under
     * three quarters of the body's measure (a body line under a heading nearly as wide as a line is longer), not
     * indented, no title or byline, and as {@link Headings#couldContinue} says. The heading's last line is no wider than its
     * first; a line as wide as the first (within a character) may have another after it. A one-line paragraph that ends
     * without a stop under a heading would read the same; body paragraphs end with one.
     */
    private int displayLines(List<Integer> lines, int k, int end) {
        int first = Texts.width(source.line(lines.get(k)).strip());
        int more = 0;
        while (more < 3 && k + more + 1 < end && displayLine(lines.get(k + more + 1))) {
            int width = Texts.width(source.line(lines.get(k + more + 1)).strip());
            if (width > first + 2) {
                break;
            }
            more++;
            if (width < first - 2) {
                break; // a shorter line ends the heading
            }
        }
        return more;
    }

    private boolean displayLine(int i) {
        String line = source.line(i).strip();
        return roles[i] == Role.TEXT && !indented(i) && isShort(printed(i), 0.75) && Headings.couldContinue(withoutMarkers(line))
                && !NUMBERED_HEADING.matcher(line).matches() && !CONTENTS_NAMES.matcher(line).matches();
    }

    private boolean afterBreak(Draft open, String line) {
        return open == null || !open.is(Block.Kind.PARA) || endsParagraph(open) || standsAloneAfter(open, line)
                || Texts.endsWithStop(withoutMarkers(open.text)) // a sentence ended, on a full line or not
                || !fills(open.lastLine, line) && !Texts.endsWithStop(line) // a numbered line after a short one
                || withoutMarkers(open.text).endsWith("：") // or after a colon that introduces it
                || endsList(open.text); // or after a key words list (一、引言 under it is the first heading, never a key word)
    }

    /** Whether a labelled block is a list that no sentence goes on: key words, classification numbers, an article number, a DOI. */
    private static boolean endsList(String text) {
        List<LabelWords.Labelled> labels = LabelWords.parse(text);
        return !labels.isEmpty() && switch (labels.get(labels.size() - 1).kind()) {
            case KEYWORDS, CLC, DOC_CODE, ARTICLE_NO, DOI, EN_KEYWORDS -> true;
            default -> false;
        };
    }

    /** Index in {@code lines} where the page-bottom notes start: at the last line that starts with ①. */
    private int notesStart(List<Integer> lines) {
        for (int k = lines.size() - 1; k >= 0; k--) {
            String line = source.line(lines.get(k)).strip();
            Optional<NoteLabels.NoteStart> start = NoteLabels.noteStart(line);
            if (start.isPresent() && start.get().label().equals("①")) {
                return starNoteAbove(lines, k);
            }
        }
        return starNoteAbove(lines, lines.size());
    }

    /**
     * A first page's star note (* 本文系…) printed over its notes, or alone at the page's end: its first line starts
     * with the star, is not indented, and the lines after it up to {@code notes} (at most three) are its own, each
     * going on from a full line. Returns where the notes start, the star note's line when there is one.
     */
    private int starNoteAbove(List<Integer> lines, int notes) {
        for (int k = notes - 1; k >= Math.max(0, notes - 4); k--) {
            String line = source.line(lines.get(k)).strip();
            Optional<NoteLabels.NoteStart> start = NoteLabels.noteStart(line);
            if (start.isPresent() && NoteLabels.isStar(start.get().label()) && !indented(lines.get(k)) && Texts.hanCount(start.get().text()) > 0) {
                for (int j = k + 1; j < notes; j++) {
                    if (indented(lines.get(j)) || !fills(printed(lines.get(j - 1)), source.line(lines.get(j)).strip())) {
                        return notes;
                    }
                }
                return k;
            }
            if (indented(lines.get(k))) {
                break;
            }
        }
        return notes;
    }

    /**
     * A block of one short line that ends no sentence: a title, section line, editor's credit or heading standing
     * alone. A paragraph cut at a page end fills its last line on the page, and its tail ends a sentence; a line with
     * a sentence's end in it or ending with a colon ({@code …冲突。①具体而言：}) is such a tail, never a line alone.
     */
    private static boolean alone(Draft d) {
        String t = withoutMarkers(d.text);
        return d.lines == 1 && d.aloneWidth && !Texts.endsSentence(t) && !LabelWords.startsWithLabel(d.text)
                && !t.contains("。") && !t.endsWith("：") && !t.endsWith(":"); // a sentence's end or a colon is running text
    }

    /**
     * Whether a block is a chart's labels left as text under a figure: one short line, not indented, with no sentence's
     * punctuation, no label, heading number or note marker ({@code 严重滞后的治理 产业无序扩张的社会风险}). Under a figure
     * with no image such lines stay with the figure: where the paragraph before the figure was cut, its text goes on
     * after them; where it ended a sentence, no text of a paragraph stands alone on a line without punctuation, but a
     * heading (结语, 引言: never numbered) may, and is left as it is.
     */
    private static boolean chartLabels(Draft b) {
        String t = b.text.strip();
        return b.is(Block.Kind.PARA) && b.lines == 1 && b.aloneWidth && !b.indented && !t.isEmpty()
                && t.chars().noneMatch(c -> "，。；：！？,;:!?".indexOf(c) >= 0) && withoutMarkers(t).equals(t)
                && !LabelWords.startsWithLabel(t) && !NUMBERED_HEADING.matcher(t).matches();
    }

    /** A paragraph cut by a page break goes on with the first text of the next page. */
    private static List<Block> joinAcrossPages(List<Draft> blocks) {
        Draft lastPara = null;
        List<Draft> out = new ArrayList<>();
        boolean floatBetween = false;
        for (Draft b : blocks) {
            if (b.is(Block.Kind.NOTE) || b.is(Block.Kind.TABLE) || b.is(Block.Kind.FIGURE)) {
                floatBetween |= !b.is(Block.Kind.NOTE);
                out.add(b);
                continue;
            }
            boolean floated = floatBetween && lastPara != null && !PageJoiner.introducesFloat(lastPara.text);
            boolean lastEnded = lastPara == null || Texts.endsSentence(withoutMarkers(lastPara.text));
            if (floatBetween && chartLabels(b) && out.get(out.size() - 1).is(Block.Kind.FIGURE)
                    && (floated && !lastEnded || lastEnded && !TablesAndFigures.conventionalHeading(b.text))) {
                Draft figure = out.get(out.size() - 1);
                figure.text = figure.text + "\n" + b.text; // a chart's labels, printed under its caption (before the cut text goes on)
                continue;
            }
            floatBetween = false;
            if (b.is(Block.Kind.PARA) && !b.indented && !alone(b) && (b.pageStart && lastPara != null && lastPara.page != b.page && !alone(lastPara) || floated)
                    && !Texts.endsSentence(withoutMarkers(lastPara.text)) && lastPara.kind != Block.Kind.BYLINE
                    && !LabelWords.startsWithLabel(b.text) && !labelsNoSentence(lastPara.text)) { // 收稿日期：… ends no sentence, and is whole
                lastPara.text = PageJoiner.joinAcross(lastPara.text, b.text, b.page, b.line);
                lastPara.shortEnd = b.shortEnd;
                continue;
            }
            out.add(b);
            lastPara = b.is(Block.Kind.PARA) ? b : null;
        }
        return out.stream().map(Draft::freeze).toList();
    }
}
