package org.qikan.importer.roundtrip;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Prints an issue as a converter leaves a printed issue: masthead, table of contents, each article's
 * front and body cut into pages (notes at each page's bottom or after the article, running heads, page
 * numbers, paragraphs cut by a page end), English abstracts after each article or at the back.
 */
final class IssuePrinter {
    /** Characters of a full printed line of Chinese text. */
    static final int LINE = 30;
    private final Script.Issue issue;
    private final PrintForm form;
    private final Random random;
    private final StringBuilder out = new StringBuilder();
    /** Notes waiting for the bottom of the page (or the end of the article). */
    private final List<String> pendingNotes = new ArrayList<>();
    private int used;
    private int page = 1;
    private final List<String> articleNotes = new ArrayList<>();
    /**
     * Whether the article being printed has its notes at each page's bottom: as the form says, or where circled
     * markers would pass ㊿ after the article (circled markers restart on every page in print).
     */
    private boolean notesPerPage;
    /** The CSSCI conventions printed on top of the form ({@link CssciForm#NONE}: none). */
    private final CssciForm cssci;
    /**
     * Draws for the notes of an article's front, apart from the others (a seed's layout stays as it was without them):
     * a funding note as a label line, a star note or a numbered note whose marker stands on the title, and authors'
     * notes printed as notes whose markers stand on their names rather than under 作者简介.
     */
    private final Random front;
    /** A star note (* …) waiting for the bottom of the article's first page. */
    private String starNote;
    /**
     * Draws for hard-wrapped pages whose notes the converter printed before the page's last lines (text out of order),
     * apart from the others so that a seed's layout stays as it was without them.
     */
    private final Random outOfOrder;
    /** Draws for where a heading set in display type breaks onto a second line, apart from the others (as {@link #front}). */
    private final Random headingBreaks;
    /** How many headings this printer broke over two lines or more. */
    private int headingsSplit;
    /**
     * Draws for the running head's form, apart from the others; null where it is always {@code 《刊名》2031年第3期}, as
     * when the layouts kept as examples failed ({@link #asFirstWritten()}).
     */
    private Random headForms;
    /** Where each body line of the page being printed starts in {@link #out}. */
    private final List<Integer> pageBodyLines = new ArrayList<>();
    /** Whether the page being printed has a table or figure (its notes are then printed at its bottom). */
    private boolean pageHasFloat;

    IssuePrinter(Script.Issue issue, PrintForm form, long seed) {
        this(issue, form, seed, CssciForm.NONE);
    }

    IssuePrinter(Script.Issue issue, PrintForm form, long seed, CssciForm cssci) {
        this.issue = issue;
        this.form = form;
        this.random = new Random(seed);
        this.front = new Random(seed * 13 + 5);
        this.outOfOrder = new Random(seed * 31 + 7);
        this.headingBreaks = new Random(seed * 37 + 3);
        this.headForms = new Random(seed * 53 + 29);
        this.notesPerPage = form.notesPerPage() && !cssci.references();
        this.cssci = cssci;
    }

    String print() {
        if (cssci.masthead()) {
            line(issue.journalZh() + "\n" + issue.year() + "年第" + issue.number() + "期（总第" + (30 + issue.number()) + "期）");
            line(issue.journalEn().toUpperCase(java.util.Locale.ROOT));
        } else {
            line(heading(1) + issue.journalZh());
            line(issue.journalEn().toUpperCase(java.util.Locale.ROOT));
            line(issue.year() + "年第" + issue.number() + "期");
        }
        if (form.contents()) {
            contents();
        }
        int section = -1;
        for (Script.Article a : issue.articles()) {
            if (a.section() != section) {
                section = a.section();
                line(sectionLine(issue.sections().get(section).zh()));
            }
            article(a);
        }
        if (form.englishAtBack() || cssci.englishWithoutHeading()) {
            if (!cssci.englishWithoutHeading()) {
                line(heading(1) + (random.nextBoolean() ? "英文摘要" : "Abstracts"));
            }
            issue.articles().forEach(this::english);
        }
        return out.toString();
    }

    private String heading(int level) {
        return form.headingMarks() ? "#".repeat(level) + " " : "";
    }

    private String sectionLine(String name) {
        return switch (random.nextInt(3)) {
            case 0 -> heading(2) + "■ " + name;
            case 1 -> heading(2) + "【" + name + "】";
            default -> heading(2) + "■" + name;
        };
    }

    private void contents() {
        line(heading(2) + (random.nextBoolean() ? "目录" : "目 录"));
        int section = -1;
        int pageNo = 1;
        for (Script.Article a : issue.articles()) {
            if (a.section() != section) {
                section = a.section();
                line(sectionLine(issue.sections().get(section).zh()));
            }
            String names = String.join(" ", a.authors().stream().map(Script.Author::zh).toList());
            if (cssci.leaderContents()) {
                line(a.titleZh() + "…".repeat(4 + random.nextInt(20)) + " " + names.replace(" ", "  ") + "  " + pageNo);
                pageNo += 10;
                continue;
            }
            line(a.titleZh());
            line(names + " (" + pageNo + ")");
            pageNo += 10;
        }
        line(heading(2) + "Table of Contents");
        section = -1;
        pageNo = 1;
        for (Script.Article a : issue.articles()) {
            line(a.titleEn());
            line(String.join("; ", a.authors().stream().map(Script.Author::en).toList()) + " (" + pageNo + ")");
            pageNo += 10;
        }
    }

    private void article(Script.Article a) {
        long notes = a.body().stream().filter(p -> p instanceof Script.Paragraph).flatMap(p -> ((Script.Paragraph) p).runs().stream())
                .filter(r -> r.note() != null).count();
        // circled markers go to ㊿: notes numbered through the article (the front's notes on the title and names too) need pages
        notesPerPage = (form.notesPerPage() || form.marker().circled() && notes + 1 + a.authors().size() > 50) && !cssci.references();
        int fundingForm = a.funding() == null ? -1 : front.nextInt(3); // 0: a 基金项目 line, 1: a star note, 2: a numbered note
        if (form.wrapped() && fundingForm > 0) {
            fundingForm = 0; // a star or numbered note on the title is not read yet where hard-wrapped text cuts the page's last paragraph (docs/importing.md)
        }
        // numbered marks on names name their units where the byline is numbered (CssciForm.numbered), never notes
        boolean authorNotes = front.nextInt(3) == 0 && !cssci.references() && cssci.numbered() == null;
        if (fundingForm == 2 && cssci.references()) {
            fundingForm = 1; // numbered markers there cite the reference list
        }
        if (fundingForm > 0 && cssci.numbered() != null) {
            // numbered marks there name units, and a unit line read as a page note ends the title's page for the star note
            // (not handled yet: the note is then on no title page), so the funding prints as a label line
            fundingForm = 0;
        }
        String titleMarker = fundingForm == 1 ? "*" : fundingForm == 2 ? frontMarker(a.funding()) : "";
        if (fundingForm == 1) {
            starNote = a.funding();
        }
        line(heading(1) + a.titleZh() + titleMarker);
        String separator = random.nextBoolean() ? " " : "　";
        List<String> zhNames = a.authors().stream().map(Script.Author::zh).toList();
        String names = cssci.numbered() != null ? cssci.numbered().byline(zhNames, separator)
                : String.join(separator, a.authors().stream().map(x -> authorNotes ? x.zh() + frontMarker(x.bio() + "。") : x.zh()).toList());
        line(switch (form.byline()) {
            case BOX -> "□ " + names;
            case PLAIN -> names;
            case LABELLED -> "作者：" + names;
        });
        if (cssci.numbered() != null) {
            line(cssci.numbered().units(a, false, random.nextBoolean()));
        } else if (cssci.affiliation()) {
            line(CssciForm.affiliationLine(a, random));
        }
        line(form.label(random.nextBoolean() ? "摘要" : random.nextBoolean() ? "提要" : "内容摘要") + a.abstractZh());
        line(form.label("关键词") + String.join(random.nextBoolean() ? "；" : "　", a.keywordsZh()));
        if (fundingForm == 0) {
            line(form.label("基金项目") + a.funding());
        }
        if (!cssci.labelsAtEnd() && !authorNotes) {
            bios(a);
        }
        if (random.nextBoolean()) {
            line(form.label("中图分类号") + "D81");
        }
        body(a);
        if (cssci.labelsAtEnd()) {
            if (!authorNotes) {
                bios(a);
            }
            line("收稿日期：" + issue.year() + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
        }
        endPage();
        if (!form.englishAtBack() && !cssci.englishWithoutHeading()) {
            english(a);
        }
    }

    /** The marker of a note of the article's front (on the title or a name), numbered as the body's are. */
    private String frontMarker(String note) {
        int n;
        if (notesPerPage) {
            pendingNotes.add(note);
            n = pendingNotes.size();
        } else {
            articleNotes.add(note);
            n = articleNotes.size();
        }
        return form.marker().inText(n);
    }

    private void bios(Script.Article a) {
        List<String> bios = a.authors().stream().map(Script.Author::bio).toList();
        if (form.bioOnTwoLines() && bios.size() > 1) {
            line(form.label("作者简介") + bios.get(0) + "；");
            for (int i = 1; i < bios.size(); i++) {
                line(bios.get(i) + (i + 1 < bios.size() ? "；" : "。"));
            }
        } else {
            line(form.label("作者简介") + String.join("；", bios) + "。");
        }
    }

    private void body(Script.Article a) {
        used = 0;
        for (Script.Part part : a.body()) {
            if (part instanceof Script.Heading h) {
                fit(20);
                headingLine(h.text(), h.level());
            } else if (part instanceof Script.Paragraph p) {
                paragraph(p);
            } else {
                tableOrFigure(part);
            }
        }
        if (a.editor() != null) {
            line("【责任编辑：" + a.editor() + "】");
        }
        if (!notesPerPage) {
            notesBlock();
        }
    }

    /**
     * A body heading. Hard-wrapped, it is set in display type, so its measure is three fifths of a body line's: a
     * heading up to twice that long breaks onto a second line where the typesetter chose (the first line the longer,
     * never inside an English word), a longer one is wrapped at its measure. Converted to one paragraph per line, a long
     * heading is split where the print broke it one time in three: both halves headings, the second half a plain line,
     * or (heading marks off) the halves on two lines of one paragraph or as two paragraphs.
     */
    private void headingLine(String text, int level) {
        int width = org.qikan.importer.layout.Texts.width(text);
        if (!form.wrapped()) {
            List<Integer> cuts = width > 28 ? cuts(text, width) : List.of();
            if (cuts.isEmpty() || headingBreaks.nextInt(3) != 0) {
                line(heading(level) + text);
                return;
            }
            int cut = cuts.get(headingBreaks.nextInt(cuts.size()));
            headingsSplit++;
            String first = text.substring(0, cut).strip();
            String second = text.substring(cut).strip();
            boolean style = headingBreaks.nextBoolean();
            if (form.headingMarks()) {
                line(heading(level) + first);
                line(style ? heading(level) + second : second);
            } else if (style) {
                line(first + "\n" + second);
            } else {
                line(first);
                line(second);
            }
            return;
        }
        int measure = form.wrapWidth() * 3 / 5;
        if (width <= measure) {
            line(heading(level) + text);
            return;
        }
        List<Integer> cuts = width > 2 * measure ? List.of() : cuts(text, measure);
        headingsSplit++;
        if (cuts.isEmpty()) {
            for (String l : wrap(text, measure)) {
                out.append(l).append("\n\n");
            }
            return;
        }
        int cut = cuts.get(headingBreaks.nextInt(cuts.size()));
        out.append(text.substring(0, cut).strip()).append("\n\n").append(text.substring(cut).strip()).append("\n\n");
    }

    /** Prints running heads in the one form the printer first had, as when the layouts kept as examples failed. */
    void asFirstWritten() {
        headForms = null;
    }

    /** How many headings were broken over two lines or more (the import report lists each as joined). */
    int headingsSplit() {
        return headingsSplit;
    }

    /**
     * Where a heading's first line may end: at half its width or more, within {@code measure}, never inside an English
     * word, before a closing bracket or mark, or after an opening one (as typesetters break lines).
     */
    private static List<Integer> cuts(String text, int measure) {
        int width = org.qikan.importer.layout.Texts.width(text);
        List<Integer> cuts = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < text.length() - 1; i++) {
            used += org.qikan.importer.layout.Texts.width(text.substring(i, i + 1));
            boolean inWord = Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) < 0x2E80
                    && (text.charAt(i + 1) < 0x2E80 && text.charAt(i + 1) != ' ');
            boolean kinsoku = "）)」』”’》〉】，。、；：！？".indexOf(text.charAt(i + 1)) >= 0 || "（(「『“‘《〈【".indexOf(text.charAt(i)) >= 0;
            if (used * 2 >= width && used <= measure && !inWord && !kinsoku && text.charAt(i + 1) != ' ') {
                cuts.add(i + 1);
            }
        }
        return cuts;
    }

    private void english(Script.Article a) {
        List<String> enNames = a.authors().stream().map(Script.Author::en).toList();
        if (cssci.englishWithoutHeading()) {
            String names = cssci.numbered() == null ? String.join(", ", enNames)
                    : cssci.numbered().byline(enNames, ", ") + "\n" + cssci.numbered().units(a, true, false);
            line(a.titleEn() + "\n" + names + "\nAbstract: " + a.abstractEn() + "\nKey words: " + String.join("; ", a.keywordsEn()));
            return;
        }
        line(heading(2) + a.titleEn());
        if (cssci.numbered() != null) {
            line(cssci.numbered().byline(enNames, ", "));
            line(cssci.numbered().units(a, true, random.nextBoolean()));
        } else {
            line(String.join(random.nextBoolean() ? "; " : ", ", enNames));
        }
        String abstractLabel = random.nextBoolean() ? "Abstract: " : "**Abstract:** ";
        String keywordsLabel = random.nextBoolean() ? "Key words: " : "Keywords: ";
        line((cssci.bracketedEnglishLabels() ? "[Abstract] " : abstractLabel) + a.abstractEn());
        line((cssci.bracketedEnglishLabels() ? "[Key Words] " : keywordsLabel) + String.join("; ", a.keywordsEn()));
    }

    /**
     * Prints a paragraph, cutting it once where the page ends: mid-sentence, between two Han characters, after at
     * least a printed line (30 characters) on the first page, as a page end falls after a full line.
     */
    private void paragraph(Script.Paragraph p) {
        StringBuilder text = new StringBuilder();
        boolean cut = false;
        for (Script.Run run : p.runs()) {
            String t = run.text();
            int room = form.pageWidth() - used - text.length();
            if (!cut && form.wrapped() && room > 0 && room < t.length()) {
                room = lineEnd(text.toString(), t, room);
            }
            if (!cut && room >= LINE && columns(t.substring(0, Math.min(room, t.length()))) >= 2 * LINE && room < t.length() - 2 && cuttable(t, room)) {
                text.append(t, 0, room);
                paragraphLine(text.toString(), true);
                text.setLength(0);
                endPage();
                t = t.substring(room);
                cut = true;
            }
            text.append(t);
            if (run.note() != null) {
                int n;
                if (notesPerPage) {
                    pendingNotes.add(run.note());
                    n = pendingNotes.size();
                } else if (cssci.references()) {
                    if (!articleNotes.contains(run.note())) {
                        articleNotes.add(run.note());
                    }
                    n = articleNotes.indexOf(run.note()) + 1; // numbered by first citation, cited again by its number
                } else {
                    articleNotes.add(run.note());
                    n = articleNotes.size();
                }
                text.append(cssci.references() ? "[" + n + "]" : form.marker().inText(n));
            }
        }
        paragraphLine(text.toString(), !cut);
        used += text.length();
        if (used > form.pageWidth()) {
            endPage();
        }
    }

    /**
     * Where a page end falls in hard-wrapped print: after the last full line of the paragraph's text up to {@code room}
     * characters of {@code t} (a page ends after a full line, not mid-line); 0 when no line of {@code t} is full.
     */
    private int lineEnd(String before, String t, int room) {
        List<String> lines = wrap("国国" + before + t.substring(0, room), form.wrapWidth());
        int last = lines.get(lines.size() - 1).length();
        return Math.max(0, room - last);
    }

    /** A table or figure caption, whole on one page. */
    private void tableOrFigure(Script.Part part) {
        List<String> lines = PrintedTablesAndFigures.print(part, random);
        fit(lines.stream().mapToInt(String::length).sum());
        pageHasFloat = true;
        lines.forEach(this::line);
    }

    /** Columns a text takes in print: a Han character or full-width mark two, other characters one. */
    static int columns(String text) {
        return text.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
    }

    private static boolean cuttable(String t, int at) {
        return Character.UnicodeScript.of(t.charAt(at - 1)) == Character.UnicodeScript.HAN
                && Character.UnicodeScript.of(t.charAt(at)) == Character.UnicodeScript.HAN;
    }

    private void fit(int width) {
        if (used + width > form.pageWidth()) {
            endPage();
        }
        used += width;
    }

    /** The page bottom: its notes (under a rule or not), the page number, the next page's running head. */
    private void endPage() {
        if (starNote == null && notesPerPage && !pendingNotes.isEmpty() && form.wrapped() && outOfOrder.nextInt(3) == 0 && !pageHasFloat) {
            notesAmidPage();
        }
        pageBodyLines.clear();
        pageHasFloat = false;
        if (starNote != null || notesPerPage && !pendingNotes.isEmpty()) {
            if (form.pageRules()) {
                line("---");
            }
            if (starNote != null) {
                line("* " + starNote);
                starNote = null;
            }
            for (int i = 0; i < pendingNotes.size(); i++) {
                line(form.marker().atNote(i + 1) + " " + pendingNotes.get(i));
            }
            pendingNotes.clear();
        }
        if (form.pageNumbers()) {
            line(form.wrapped() ? "-- " + page : random.nextBoolean() ? String.valueOf(page) : "- " + page + " -");
        }
        page++;
        if (form.runningHeads()) {
            String number = issue.year() + "年第" + issue.number() + "期";
            line(switch (headForms == null ? 0 : headForms.nextInt(4)) {
                case 1 -> issue.journalZh() + " " + number;
                case 2 -> number + " " + issue.journalZh();
                case 3 -> number;
                default -> "《" + issue.journalZh() + "》" + number;
            });
        }
        used = 0;
    }

    /**
     * Prints the page's notes before its last body lines, as a converter reading a page out of order does: before a line
     * that, with the lines after it, carries one of the page's markers in running text (the only sign of where the notes
     * end) and starts with a Han character (not a stop, which print never sets at a line's start), where no line after it
     * starts with a marker (this printer breaks lines anywhere; print never sets a marker first on a line, and a reader
     * would take it for a note's head), and only where the last note ends a sentence and no note ends one on an earlier
     * line (which the importer cannot yet tell from a note's end). Not on a page with a table or
     * figure: a table's last row short of cells is told apart by the paragraph under it, not yet across notes. Leaves the notes for the page's bottom where no line is such.
     */
    private void notesAmidPage() {
        String last = pendingNotes.get(pendingNotes.size() - 1).strip();
        if (!org.qikan.importer.layout.Texts.endsWithStop(last) || pendingNotes.stream().anyMatch(this::endsSentenceOnAFullLine)) {
            return;
        }
        List<Integer> before = new ArrayList<>();
        for (int k = 1; k < pageBodyLines.size(); k++) {
            String rest = out.substring(pageBodyLines.get(k));
            String first = rest.lines().findFirst().orElse("").strip();
            if (org.qikan.importer.layout.NoteLabels.RUNNING_MARKER.matcher(rest).find() && rest.lines().allMatch(l -> org.qikan.importer.layout.NoteLabels.noteStart(l.strip()).isEmpty())
                    && !first.isEmpty() && Character.UnicodeScript.of(first.codePointAt(0)) == Character.UnicodeScript.HAN) {
                before.add(pageBodyLines.get(k));
            }
        }
        if (before.isEmpty()) {
            return;
        }
        int at = before.get(outOfOrder.nextInt(before.size()));
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < pendingNotes.size(); i++) {
            for (String l : wrap(form.marker().atNote(i + 1) + " " + pendingNotes.get(i), form.wrapWidth())) {
                notes.append(l).append("\n\n");
            }
        }
        out.insert(at, notes);
        pendingNotes.clear();
    }

    /**
     * Whether a note, printed, has a line before its last that ends a sentence: a reader cannot tell that line from the
     * note's end when the page's text goes on under the notes (the importer does not yet; see WrappedLayout).
     */
    private boolean endsSentenceOnAFullLine(String note) {
        List<String> lines = wrap(form.marker().atNote(1) + " " + note, form.wrapWidth());
        return lines.subList(0, lines.size() - 1).stream().anyMatch(l -> org.qikan.importer.layout.Texts.endsWithStop(l));
    }

    private void notesBlock() {
        if (articleNotes.isEmpty()) {
            return;
        }
        if (starNote != null) { // the article ends on its first page: the star note stands over the notes after it
            line("* " + starNote);
            starNote = null;
        }
        if (cssci.references()) {
            line(cssci.referencesHeading());
        } else if (cssci.notesHeading() != null) {
            line(cssci.notesHeading());
        } else if (form.pageRules()) {
            line("---");
        }
        for (int i = 0; i < articleNotes.size(); i++) {
            line((cssci.references() ? "[" + (i + 1) + "]" : form.marker().atNote(i + 1)) + " " + articleNotes.get(i));
        }
        articleNotes.clear();
    }

    /**
     * A body paragraph's text; hard-wrapped, its first line is indented by two ideographic spaces as typeset (a
     * paragraph's last line can fill the measure, and only the next one's indent then tells where it ends).
     */
    private void paragraphLine(String text, boolean first) {
        if (!form.wrapped()) {
            line(text);
            return;
        }
        List<String> lines = wrap(first ? "国国" + text : text, form.wrapWidth());
        if (first) {
            lines.set(0, "\u3000\u3000" + lines.get(0).substring(2));
        }
        for (String l : lines) {
            pageBodyLines.add(out.length());
            out.append(l).append("\n\n");
        }
    }

    private void line(String text) {
        if (!form.wrapped()) {
            out.append(text).append("\n\n");
            return;
        }
        // lines printed as lines (a table's rows) are wrapped each on its own
        String[] printed = text.split("\n");
        for (int p = 0; p < printed.length; p++) {
            List<String> wrapped = wrap(printed[p], form.wrapWidth());
            for (int l = 0; l < wrapped.size(); l++) {
                out.append(wrapped.get(l)).append(l + 1 < wrapped.size() ? "\n\n" : p + 1 < printed.length ? "\n" : "\n\n");
            }
        }
    }

    /**
     * Lines of at most {@code width} columns (a Han character or full-width mark two, other characters one), as a
     * PDF converter gives them: Chinese cut anywhere, English at spaces, a word longer than the room left broken with
     * {@code ⁃}, or after its own hyphen where it has one.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < 0x2E80 && c != ' ') {
                int end = i;
                while (end < text.length() && text.charAt(end) < 0x2E80 && text.charAt(end) != ' ') {
                    end++;
                }
                String word = text.substring(i, end);
                if (used + word.length() <= width) {
                    line.append(word);
                    used += word.length();
                    i = end;
                    continue;
                }
                int hyphen = word.lastIndexOf('-', width - used - 1);
                int room = width - used - 1;
                if (hyphen > 0) {
                    line.append(word, 0, hyphen + 1);
                    i += hyphen + 1;
                } else if (room >= 3 && word.length() - room >= 3 && word.chars().allMatch(Character::isLetter)) {
                    line.append(word, 0, room).append('⁃');
                    i += room;
                } else if (used == 0) {
                    line.append(word);
                    i = end;
                }
                lines.add(line.toString().strip());
                line.setLength(0);
                used = 0;
                continue;
            }
            int w = c == ' ' ? 1 : 2;
            int len = Character.charCount(text.codePointAt(i)); // a character beyond U+FFFF is never split
            if (used + w > width) {
                lines.add(line.toString().strip());
                line.setLength(0);
                used = 0;
                if (c == ' ') {
                    i++;
                    continue;
                }
            }
            line.append(text, i, i + len);
            used += w;
            i += len;
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }
}
