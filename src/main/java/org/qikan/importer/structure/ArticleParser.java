package org.qikan.importer.structure;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.LabelWords;
import org.qikan.importer.layout.NoteLabels;
import org.qikan.importer.layout.PageJoiner;
import org.qikan.importer.layout.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one article's range of blocks: title and subtitle, byline, the labelled front (abstract, key
 * words, author notes, classification numbers, DOI, funding), the editor line, symposium pieces, and
 * the body that remains. Its state is local to one article's reading; the result is a frozen
 * {@link ImportedArticle} with the English printed after the text and the blocks it consumed beside it.
 */
public final class ArticleParser {
    /** An editor's credit, {@code 【责任编辑：…】}, the name in group 1. */
    static final Pattern EDITOR = Pattern.compile("^[\\[【〔(（]\\s*责任编辑\\s*[：:]\\s*(.+?)\\s*[\\]】〕)）]$");
    private static final Pattern FUNDING_PHRASE = Pattern.compile("^(?:\\*\\s*)?(?:本文系|本文为|本文是|本研究|基金项目)");
    /** A second author's note on its own line: a name of two to four characters, a comma, a short text. */
    private static final Pattern NEXT_BIO = Pattern.compile("^[\\p{IsHan}·]{2,4}[，,][^。]{2,80}[。；;]?$");
    private static final Pattern PAGES = Pattern.compile("(\\d{3,4})\\s*-\\s*(\\d{1,3})\\s*$");
    private static final Pattern KEYWORD_SPLIT = Pattern.compile("[\\s\u3000]*[；;、，,][\\s\u3000]*|[\\s\u3000]+");

    /**
     * What one article's range held: the article as printed there, the English title, names, abstract and key
     * words printed after its text (for {@link EnglishAbstracts}), and every block read into a field rather than
     * the body (the report's coverage counts them as placed).
     */
    public record Parsed(ImportedArticle article, List<Block> english, List<Block> consumed) {
        public Parsed {
            english = List.copyOf(english);
            consumed = List.copyOf(consumed);
        }
    }

    private final List<Block> blocks;
    /** The issue's paired notes, by token number (index + 1): what a marker on the title or a name cites. */
    private final List<Block> notes;
    /** Notes cited from the title or from an author's name (-1: the title), read once the body is known. */
    private final List<FrontNotes.Cited> frontNotes = new ArrayList<>();
    /** The author whose name carries a star marker (王明*), whose note is then the star note; -1 when none. */
    private int starAuthor = -1;
    /** What each note cited from the front became, for the report. */
    private final List<ImportedArticle.FrontNote> frontNotesRead = new ArrayList<>();
    private final List<Block> consumed = new ArrayList<>();
    private final List<Block> body = new ArrayList<>();
    private final List<Block> english = new ArrayList<>();
    /** Funding notes found in the body (marked * or opening with 本文系…), placed once the pieces are known. */
    private final List<Block> fundingNotes = new ArrayList<>();
    private final List<ImportedArticle.Author> authors = new ArrayList<>();
    private final List<String> keywordsZh = new ArrayList<>();
    /** English key words printed among the article's own labels ([Key Words] …), not in an English block. */
    private final List<String> keywordsEn = new ArrayList<>();
    private List<ImportedArticle.Piece> pieces = List.of();
    private int line;
    private int titlePage;
    private String titleZh;
    private String subtitleZh;
    private String abstractZh;
    private String abstractEn;
    private Integer firstPage;
    private Integer lastPage;
    private String doi;
    private String clc;
    private String documentCode;
    private String articleNumber;
    private String fundingZh;
    private String editorZh;
    private int unmarkedJoins;
    private String received;
    /** The next page's first paragraph, where a key words list ran into it across a page end. */
    private Block afterKeywords;

    private ArticleParser(List<Block> blocks, List<Block> notes) {
        this.blocks = blocks;
        this.notes = notes;
    }

    /**
     * Reads the article in {@code range}; {@code notes} are the issue's paired notes by token number (see
     * {@link NotePairer.Pairing#notes()}), which markers on the title or an author's name cite.
     */
    public static Parsed parse(List<Block> blocks, IssueParts.Range range, IssueParts.Range lead, List<Block> notes) {
        return new ArticleParser(blocks, notes).read(range, lead);
    }

    private Parsed read(IssueParts.Range range, IssueParts.Range lead) {
        int i = range.start();
        Block title = blocks.get(i);
        line = title.line();
        titlePage = title.page();
        title(title.text());
        use(title);
        i++;
        if (i < range.end() && blocks.get(i).is(Block.Kind.PARA) && ArticleStarts.isSubtitle(blocks.get(i).text())) {
            String subtitle = blocks.get(i).text();
            FrontNotes.cited(subtitle).forEach(n -> frontNotes.add(new FrontNotes.Cited(-1, n)));
            subtitleZh = Texts.cleanTitle(FrontNotes.withoutMarkersAtEnd(subtitle.strip().replaceFirst("^—+", "")));
            use(blocks.get(i++));
        }
        if (i < range.end() && blocks.get(i).is(Block.Kind.PARA) && Names.isChineseByline(blocks.get(i).text())) {
            String byline = blocks.get(i).text();
            Names.chinese(byline).forEach(n -> authors.add(new ImportedArticle.Author(n)));
            frontNotes.addAll(FrontNotes.byName(byline, authors.stream().map(ImportedArticle.Author::zh).toList()));
            starAuthor = FrontNotes.starredName(byline, authors.stream().map(ImportedArticle.Author::zh).toList());
            use(blocks.get(i++));
            if (i < range.end() && blocks.get(i).is(Block.Kind.PARA) && Affiliations.isLine(blocks.get(i).text())) {
                List<ImportedArticle.Author> withUnits = Affiliations.assign(authors, Affiliations.units(blocks.get(i).text()));
                authors.clear();
                authors.addAll(withUnits);
                use(blocks.get(i++));
            }
        }
        i = front(i, range.end());
        if (lead != null) {
            for (int k = lead.start(); k < lead.end(); k++) {
                body.add(blocks.get(k));
            }
        }
        if (afterKeywords != null) {
            body.add(afterKeywords);
        }
        int leadEnd = body.size();
        for (; i < range.end(); i++) {
            body(blocks.get(i));
        }
        joinLead(lead == null ? 0 : leadEnd);
        englishTail();
        endLabels();
        joinUnmarkedCuts();
        pieces = Pieces.find(body, authors);
        readFrontNotes();
        placeFundingNotes();
        thanksApart();
        ImportedArticle article = new ImportedArticle(null, line, titleZh, null, subtitleZh, null, 0, authors, abstractZh, abstractEn,
                keywordsZh, keywordsEn, firstPage, lastPage, doi, clc, documentCode, articleNumber, fundingZh, editorZh, body, pieces,
                false, unmarkedJoins, received, frontNotesRead);
        return new Parsed(article, english, consumed);
    }

    /**
     * Text printed above the title on its page (two-column fragments out of order) is the article's first text, moved
     * below its front; where its last paragraph stops mid-sentence on a full line, the first paragraph of the next page
     * goes on with it, as any paragraph cut by a page end.
     */
    private void joinLead(int leadEnd) {
        if (leadEnd < 1 || leadEnd >= body.size()) {
            return;
        }
        Block a = body.get(leadEnd - 1);
        int next = leadEnd;
        while (next + 1 < body.size() && (body.get(next).is(Block.Kind.NOTE) || body.get(next).is(Block.Kind.RULE)
                || fundingNotes.contains(body.get(next)))) {
            next++; // the title page's notes, funding or thanks, printed between the halves
        }
        Block b = body.get(next);
        if (a.is(Block.Kind.PARA) && b.is(Block.Kind.PARA) && !a.shortEnd() && b.pageStart() && b.page() != a.page()
                && !fundingNotes.contains(b) && PageJoiner.continues(a, b)) {
            body.set(leadEnd - 1, a.withText(PageJoiner.joinAcross(a.text(), b.text(), b.page(), b.line())).withShortEnd(b.shortEnd()));
            body.remove(next);
            use(a);
            use(b);
        }
    }

    /**
     * English title, names, abstract and key words printed after the article's text: from the first English
     * label back over the English lines above it (title, names), forward over the English lines after it.
     */
    private void englishTail() {
        int label = -1;
        for (int k = 0; k < body.size() && label < 0; k++) {
            List<LabelWords.Labelled> labels = LabelWords.parse(PageJoiner.withoutMarks(body.get(k).text()));
            if (!labels.isEmpty() && labels.get(0).kind().isEnglish() && !body.get(k).is(Block.Kind.NOTE)) {
                label = k;
            }
        }
        if (label < 0) {
            return;
        }
        int from = label;
        while (from - 1 >= 0 && isEnglishLine(body.get(from - 1)) && !Texts.endsSentence(body.get(from - 1).text())) {
            from--;
        }
        int to = label + 1;
        while (to < body.size() && (isEnglishLine(body.get(to)) || body.get(to).is(Block.Kind.RULE))) {
            to++;
        }
        english.addAll(body.subList(from, to));
        body.subList(from, to).clear();
    }

    /**
     * Label lines printed at the article's end, after its text and notes or reference list: 作者简介 (and a second
     * author's note on the next line), 基金项目, 收稿日期 and the like go to the front matter, never the body. Only
     * the run of label lines that ends the body counts (notes and rules may stand among them).
     */
    private void endLabels() {
        int from = body.size();
        boolean label = false;
        for (int k = body.size() - 1; k >= 0; k--) {
            Block b = body.get(k);
            if (b.is(Block.Kind.NOTE) || b.is(Block.Kind.RULE)) {
                continue;
            }
            if (!isEndLabel(b) && !(b.kind() == Block.Kind.PARA && NEXT_BIO.matcher(b.text().strip()).find() && k > 0 && isEndLabel(body.get(k - 1)))) {
                break;
            }
            from = k;
            label = true;
        }
        if (!label) {
            return;
        }
        for (Block b : new ArrayList<>(body.subList(from, body.size()))) {
            if (b.kind() != Block.Kind.PARA) {
                continue;
            }
            List<LabelWords.Labelled> labels = LabelWords.parse(b.text());
            if (labels.isEmpty()) {
                bios(clean(b.text()));
            } else {
                labels.forEach(this::label);
            }
            body.remove(b);
            use(b);
        }
    }

    private static boolean isEndLabel(Block b) {
        List<LabelWords.Labelled> labels = LabelWords.parse(b.text());
        return b.kind() == Block.Kind.PARA && !labels.isEmpty() && switch (labels.get(0).kind()) {
            case BIO, FUNDING, RECEIVED, CLC, DOC_CODE, ARTICLE_NO, DOI -> true;
            default -> false;
        };
    }

    /**
     * Joins a paragraph that stops mid-sentence with the next one where no page end was marked (no notes,
     * page number or running head between them): a page end the converter left no trace of. Only long
     * paragraphs qualify, so that short lines (captions, table rows, list items) stay as printed.
     */
    private void joinUnmarkedCuts() {
        for (int k = 0; k + 1 < body.size(); k++) {
            Block a = body.get(k);
            int next = k + 1;
            while (next + 1 < body.size() && fundingNotes.contains(body.get(next))) {
                next++; // a first-page note printed between the halves of a paragraph (it is placed later) …
                while (next + 1 < body.size() && body.get(next).is(Block.Kind.NOTE)) {
                    next++; // … and the page's other notes under it
                }
            }
            Block b = body.get(next);
            if (plainParagraph(a) && plainParagraph(b) && !fundingNotes.contains(b) && !introduces(a)
                    && longEnough(PageJoiner.withoutMarks(a.text())) && PageJoiner.continues(a, b)) {
                body.set(k, a.withText(PageJoiner.joinAcross(a.text(), b.text(), b.page(), b.line())));
                use(a);
                use(b);
                body.remove(next);
                unmarkedJoins++;
                k--;
            }
        }
    }

    /** A paragraph ending with a colon introduces what follows (a quotation, a list): complete as printed. */
    private static boolean introduces(Block b) {
        String t = PageJoiner.withoutMarks(b.text()).strip();
        return t.endsWith("：") || t.endsWith(":");
    }

    /** Running text whose last printed line was not short (a short one ends a paragraph as printed). */
    private static boolean plainParagraph(Block b) {
        return b.kind() == Block.Kind.PARA && !b.shortEnd();
    }

    /** A full line or more, or a line with a clause break: not a heading, caption or table row. */
    private static boolean longEnough(String text) {
        return Texts.width(text) >= 60 || Texts.width(text) >= 16 && (text.contains("，") || text.contains("、"));
    }

    private static boolean isEnglishLine(Block b) {
        String t = PageJoiner.withoutMarks(b.text()).strip();
        return (b.is(Block.Kind.PARA) || b.is(Block.Kind.HEADING)) && !t.isEmpty() && Texts.hanCount(t) == 0
                && t.codePoints().anyMatch(Texts::isLatinLetter);
    }

    private void use(Block b) {
        consumed.add(b);
    }

    private void title(String text) {
        String joined = "";
        for (String printedLine : text.split("\n")) {
            joined = Texts.joinCut(joined, printedLine); // a title printed over two lines is one title
        }
        FrontNotes.cited(joined).forEach(n -> frontNotes.add(new FrontNotes.Cited(-1, n)));
        String t = Texts.cleanTitle(FrontNotes.withoutMarkersAtEnd(PageJoiner.withoutMarks(joined)));
        int dash = t.indexOf("——");
        if (dash > 0) {
            subtitleZh = t.substring(dash + 2).strip();
            t = t.substring(0, dash).strip();
        }
        titleZh = t;
    }

    /** Reads the labelled blocks after the byline; returns the index of the first body block. */
    private int front(int i, int end) {
        LabelWords.Kind last = null;
        for (; i < end; i++) {
            Block b = blocks.get(i);
            List<LabelWords.Labelled> labels = LabelWords.parse(b.text());
            if (b.is(Block.Kind.RULE)) {
                continue;
            }
            if (!labels.isEmpty() && b.is(Block.Kind.PARA)) {
                use(b);
                if (labels.get(labels.size() - 1).kind() == LabelWords.Kind.KEYWORDS) {
                    b = keywordsToPageEnd(b);
                    labels = LabelWords.parse(b.text());
                }
                labels.forEach(this::label);
                last = labels.get(labels.size() - 1).kind();
            } else if (last == LabelWords.Kind.BIO && b.is(Block.Kind.PARA) && continuesBio(b.text())) {
                for (int k = 0; k < authors.size(); k++) {
                    ImportedArticle.Author a = authors.get(k);
                    if (a.bioZh() == null && b.text().startsWith(a.zh())) {
                        authors.set(k, a.withBioZh(clean(b.text())));
                        break;
                    }
                }
                use(b);
            } else if (last == LabelWords.Kind.BIO && b.is(Block.Kind.PARA) && NEXT_BIO.matcher(b.text().strip()).find()) {
                bios(clean(b.text()));
                use(b);
            } else if (isFunding(b)) {
                addFunding(b.text());
                use(b);
            } else {
                return i;
            }
        }
        return i;
    }

    /**
     * The notes a marker on the title or on an author's name cites are front matter, never body notes: what a funding
     * note's wording says (基金项目…, 本文系…成果) is the article's funding, thanks that name no funder stand at the
     * article's end, a note on a name (or one that starts with an author's name and a comma) is that author's note
     * (作者简介), and anything else cited from the title stands at the article's end. A star note (*) whose marker
     * stands on a name rather than on the title is that author's note too.
     */
    private void readFrontNotes() {
        List<Block> thanks = new ArrayList<>();
        for (FrontNotes.Cited cited : frontNotes) {
            if (cited.note() < 1 || cited.note() > notes.size()) {
                continue;
            }
            Block note = notes.get(cited.note() - 1);
            if (!body.removeIf(b -> b == note)) {
                continue; // printed outside this article: the report names it where the pairing does
            }
            use(note);
            frontNote(note, cited.author(), thanks);
        }
        if (starAuthor >= 0) {
            for (Block note : new ArrayList<>(fundingNotes)) {
                if (NoteLabels.isStar(note.noteLabel()) && FundingNotes.kind(clean(fundingText(note.text()))) != FundingNotes.Kind.FUNDING) {
                    fundingNotes.remove(note);
                    body.removeIf(b -> b == note);
                    use(note);
                    frontNote(note, starAuthor, thanks);
                    break;
                }
            }
        }
        thanks.forEach(body::add);
    }

    private void frontNote(Block note, int author, List<Block> thanks) {
        String text = clean(fundingText(note.text()));
        if (text.isEmpty()) {
            return;
        }
        String became = frontNoteRead(note, author, text, thanks);
        frontNotesRead.add(new ImportedArticle.FrontNote(note.line(), note.noteLabel() == null ? "" : note.noteLabel(),
                (author >= 0 ? "on the name " + authors.get(author).zh() : "on the title") + ": " + became));
    }

    /** Reads a front note into the field its wording says; returns what it became. */
    private String frontNoteRead(Block note, int author, String text, List<Block> thanks) {
        List<LabelWords.Labelled> labels = LabelWords.parse(text);
        if (!labels.isEmpty() && LabelWords.startsWithLabel(text)) {
            for (LabelWords.Labelled l : labels) {
                if (l.kind() == LabelWords.Kind.FUNDING) {
                    addFunding(l.value());
                } else {
                    label(l);
                }
            }
            return "its labels (" + String.join(", ", labels.stream().map(l -> l.kind().name().toLowerCase(java.util.Locale.ROOT)).toList()) + ")";
        }
        int named = author >= 0 ? author : authorNamedAtStart(text);
        switch (FundingNotes.kind(text)) {
            case FUNDING -> {
                addFunding(text);
                return "the funding";
            }
            case THANKS -> {
                thanks.add(Block.para(text, note.line()).withPage(note.page()));
                return "thanks, the article's last paragraph";
            }
            default -> {
                if (named < 0) {
                    thanks.add(Block.para(text, note.line()).withPage(note.page()));
                    return "the article's last paragraph";
                }
                ImportedArticle.Author a = authors.get(named);
                String bio = text.replaceAll("[。；;]+$", "");
                if (a.bioZh() == null) {
                    authors.set(named, a.withBioZh(bio));
                } else if (!a.bioZh().contains(bio)) {
                    authors.set(named, a.withBioZh(a.bioZh() + "；" + bio));
                }
                return "the author's note of " + a.zh();
            }
        }
    }

    /** The author whose name and a comma start {@code text} (王明，示例大学教授), or -1. */
    private int authorNamedAtStart(String text) {
        for (int k = 0; k < authors.size(); k++) {
            String name = authors.get(k).zh();
            if (text.startsWith(name + "，") || text.startsWith(name + ",") || text.startsWith(name + "（") || text.startsWith(name + "(")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A funding note in the body belongs to the piece whose text it falls in (a symposium piece has
     * its own, marked * after its title), or else, on the title's page, to the article; any other
     * stays in the body, where the note pairing reports it.
     */
    private void placeFundingNotes() {
        List<Block> thanks = new ArrayList<>();
        for (Block note : fundingNotes) {
            int piece = pieceHolding(note);
            String text = fundingText(note.text());
            if (FundingNotes.kind(PageJoiner.withoutMarks(text)) == FundingNotes.Kind.THANKS) {
                thanks.add(note); // thanks that name no funding are not a funding note: the article's end, where thanks stand
                continue;
            }
            if (piece >= 0) {
                ImportedArticle.Piece p = pieces.get(piece);
                pieces.set(piece, p.withFunding(p.fundingZh() == null ? text : Texts.joinCut(p.fundingZh(), text)));
            } else if (fundingZh == null && note.page() == titlePage) {
                fundingZh = text;
            } else if (note.page() == titlePage && note.is(Block.Kind.PARA)) {
                fundingZh = fundingZh + " " + text; // a second first-page note (funding in the other language, thanks naming a grant)
            } else {
                continue;
            }
            body.remove(note);
            use(note);
        }
        for (Block note : thanks) {
            body.remove(note);
            use(note);
            body.add(note.is(Block.Kind.PARA) ? note : Block.para(fundingText(note.text()), note.line()));
        }
    }

    /** Thanks printed in the funding note after its funding sentences stand at the article's end, where thanks do. */
    private void thanksApart() {
        FundingNotes.WithThanks split = FundingNotes.thanksApart(fundingZh);
        if (split.thanks() != null) {
            fundingZh = split.funding();
            body.add(Block.para(split.thanks(), line).withPage(titlePage));
        }
    }

    /** Index of the piece whose text holds {@code block}: the last piece starting before it in the body, or -1. */
    private int pieceHolding(Block block) {
        int at = body.indexOf(block);
        int holder = -1;
        for (int p = 0; p < pieces.size(); p++) {
            if (body.indexOf(pieces.get(p).start()) < at) {
                holder = p;
            }
        }
        return holder;
    }

    private boolean continuesBio(String text) {
        return authors.stream().anyMatch(a -> text.startsWith(a.zh() + "，") || text.startsWith(a.zh() + ","));
    }

    private boolean isFunding(Block b) {
        if (b.is(Block.Kind.NOTE)) {
            return NoteLabels.isStar(b.noteLabel()) || "".equals(b.noteLabel()) && b.page() == titlePage;
        }
        return b.is(Block.Kind.PARA) && FUNDING_PHRASE.matcher(b.text().strip()).find() && !b.text().contains("\n");
    }

    /**
     * A short paragraph of funding or thanks on the title's page ({@link FundingNotes}): the first-page note printed
     * with no mark, one or two sentences.
     */
    private boolean isThanks(Block b) {
        String t = PageJoiner.withoutMarks(b.text()).strip();
        return b.is(Block.Kind.PARA) && b.page() == titlePage && !t.contains("\n") && Texts.width(t) <= 240 && Texts.endsWithStop(t)
                && t.split("[。.!?！？]\\s*").length <= 2 && FundingNotes.kind(t) != FundingNotes.Kind.NEITHER;
    }

    private void addFunding(String text) {
        String t = fundingText(text);
        fundingZh = fundingZh == null ? t : Texts.joinCut(fundingZh, t);
    }

    private static String fundingText(String text) {
        return clean(text.strip().replaceFirst("^(?:\\\\?\\*|<sup>\\\\?\\*</sup>)\\s*", ""));
    }

    private void label(LabelWords.Labelled l) {
        String value = clean(l.value());
        switch (l.kind()) {
            case ABSTRACT -> abstractZh = value;
            case EDITOR_NOTE -> editorNote(value);
            case KEYWORDS -> keywords(value);
            case BIO -> bios(value);
            case CLC -> clc = value;
            case DOC_CODE -> documentCode = value;
            case ARTICLE_NO -> articleNumber(value);
            case DOI -> doi = value.replaceFirst("(?i)^https?://doi.org/", "");
            case FUNDING -> fundingZh = value;
            case RECEIVED -> received = value;
            case EN_KEYWORDS -> englishKeywords(value);
            default -> abstractEn = abstractEn == null ? value : abstractEn;
        }
    }

    /** English key words, split at semicolons, or at commas where the line has no semicolon. */
    private void englishKeywords(String value) {
        String separator = value.contains(";") || value.contains("；") ? "\\s*[;；]\\s*" : "\\s*[,，]\\s*";
        for (String k : value.split(separator)) {
            String word = k.strip().replaceAll("[;.。]$", "");
            if (!word.isEmpty()) {
                keywordsEn.add(word);
            }
        }
    }

    /** A symposium's editor's note stands as its abstract; elsewhere it opens the body. */
    private void editorNote(String value) {
        if (abstractZh == null && authors.size() > 1) {
            abstractZh = value;
        } else {
            body.add(new Block(Block.Kind.MARKDOWN, "> **编者按：**" + value, 0));
        }
    }

    /**
     * A key words list never runs on into the next page's text: where the block of a key words label was joined across a
     * page end with text that is no list of key words (a sentence, or an item longer than a key word), the list ends at
     * the page end, and the text after it is kept as the body's first paragraph.
     */
    private Block keywordsToPageEnd(Block b) {
        List<PageJoiner.PagedText> pages = PageJoiner.byPage(b);
        if (pages.size() < 2) {
            return b;
        }
        String rest = b.text().substring(pages.get(1).offset());
        if (readsAsKeywords(PageJoiner.withoutMarks(rest))) {
            return b;
        }
        afterKeywords = Block.para(rest, pages.get(1).line()).withPage(pages.get(1).page()).withPageStart(true).withShortEnd(b.shortEnd());
        return b.withText(pages.get(0).text());
    }

    /** Short items separated by semicolons, with no sentence punctuation: what a key words list continues with. */
    private static boolean readsAsKeywords(String text) {
        if (text.isBlank() || text.contains("。") || text.contains("，") || text.contains(",")) {
            return false;
        }
        for (String k : KEYWORD_SPLIT.split(text)) {
            if (Texts.width(k.strip()) > 24) {
                return false;
            }
        }
        return true;
    }

    private void keywords(String value) {
        for (String k : KEYWORD_SPLIT.split(value)) {
            if (!k.isBlank()) {
                keywordsZh.add(k.strip());
            }
        }
    }

    private void bios(String value) {
        for (String part : value.split("[；;]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            boolean matched = false;
            for (int k = 0; k < authors.size(); k++) {
                ImportedArticle.Author a = authors.get(k);
                if (p.startsWith(a.zh()) && a.bioZh() == null) {
                    authors.set(k, a.withBioZh(p));
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                String name = p.split("[，,]")[0].strip();
                int a = -1;
                for (int k = 0; k < authors.size() && a < 0; k++) {
                    a = authors.get(k).zh().equals(name) ? k : -1;
                }
                if (a < 0 && Texts.hanCount(name) <= 4 && Texts.hanCount(name) >= 2 && name.length() <= 4) {
                    authors.add(new ImportedArticle.Author(name));
                    a = authors.size() - 1;
                }
                if (a < 0 && !authors.isEmpty()) {
                    a = authors.size() - 1;
                }
                if (a >= 0) {
                    ImportedArticle.Author author = authors.get(a);
                    authors.set(a, author.withBioZh(author.bioZh() == null ? p : author.bioZh() + "；" + p));
                }
            }
        }
    }

    private void articleNumber(String value) {
        articleNumber = value;
        Matcher m = PAGES.matcher(value);
        if (m.find()) {
            firstPage = Integer.parseInt(m.group(1));
            lastPage = firstPage + Integer.parseInt(m.group(2)) - 1;
        }
    }

    private void body(Block b) {
        if (b.is(Block.Kind.RULE)) {
            use(b);
            return;
        }
        Matcher editor = EDITOR.matcher(b.text().strip());
        if (b.is(Block.Kind.PARA) && editor.matches()) {
            editorZh = Texts.closeHanSpaces(editor.group(1));
            use(b);
            return;
        }
        if (b.is(Block.Kind.NOTE) && isFunding(b) || isThanks(b)) {
            fundingNotes.add(b);
        }
        body.add(b);
    }

    private static String clean(String text) {
        return PageJoiner.withoutMarks(text).replace("**", "").strip();
    }
}
