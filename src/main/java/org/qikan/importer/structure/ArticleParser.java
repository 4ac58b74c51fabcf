package org.qikan.importer.structure;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.LabelWords;
import org.qikan.importer.layout.NoteLabels;
import org.qikan.importer.layout.PageJoiner;
import org.qikan.importer.layout.Texts;

import java.util.ArrayList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one article's range of blocks: title and subtitle, byline, the labelled front (abstract, key
 * words, author notes, classification numbers, DOI, funding), the editor line, symposium pieces, and
 * the body that remains.
 */
public final class ArticleParser {
    private static final Pattern EDITOR = Pattern.compile("^[\\[【〔(（]\\s*责任编辑\\s*[：:]\\s*(.+?)\\s*[\\]】〕)）]$");
    private static final Pattern FUNDING_PHRASE = Pattern.compile("^(?:\\*\\s*)?(?:本文系|本文为|本文是|本研究|基金项目)");
    /** A second author's note on its own line: a name of two to four characters, a comma, a short text. */
    private static final Pattern NEXT_BIO = Pattern.compile("^[\\p{IsHan}·]{2,4}[，,][^。]{2,80}[。；;]?$");
    private static final Pattern PAGES = Pattern.compile("(\\d{3,4})\\s*-\\s*(\\d{1,3})\\s*$");
    private static final Pattern KEYWORD_SPLIT = Pattern.compile("[\\s\u3000]*[；;、，,][\\s\u3000]*|[\\s\u3000]+");

    private final List<Block> blocks;
    private final Set<Block> placed;
    private final ImportedArticle article = new ImportedArticle();
    private int titlePage;

    private ArticleParser(List<Block> blocks, Set<Block> placed) {
        this.blocks = blocks;
        this.placed = placed;
    }

    public static ImportedArticle parse(List<Block> blocks, IssueParts.Range range, IssueParts.Range lead, Set<Block> placed) {
        return new ArticleParser(blocks, placed).read(range, lead);
    }

    private ImportedArticle read(IssueParts.Range range, IssueParts.Range lead) {
        int i = range.start();
        Block title = blocks.get(i);
        article.line = title.line;
        titlePage = title.page;
        title(title.text);
        use(title);
        i++;
        if (i < range.end() && blocks.get(i).is(Block.Kind.PARA) && ArticleStarts.isSubtitle(blocks.get(i).text)) {
            article.subtitleZh = Texts.cleanTitle(blocks.get(i).text.strip().replaceFirst("^—+", ""));
            use(blocks.get(i++));
        }
        if (i < range.end() && blocks.get(i).is(Block.Kind.PARA) && Names.isChineseByline(blocks.get(i).text)) {
            Names.chinese(blocks.get(i).text).forEach(n -> article.authors.add(new ImportedArticle.Author(n)));
            use(blocks.get(i++));
        }
        i = front(i, range.end());
        if (lead != null) {
            for (int k = lead.start(); k < lead.end(); k++) {
                article.body.add(blocks.get(k));
            }
        }
        for (; i < range.end(); i++) {
            body(blocks.get(i));
        }
        englishTail();
        joinUnmarkedCuts();
        new Pieces(article).find();
        placeFundingNotes();
        return article;
    }

    /**
     * English title, names, abstract and key words printed after the article's text: from the first English
     * label back over the English lines above it (title, names), forward over the English lines after it.
     */
    private void englishTail() {
        List<Block> body = article.body;
        int label = -1;
        for (int k = 0; k < body.size() && label < 0; k++) {
            List<LabelWords.Labelled> labels = LabelWords.parse(PageJoiner.withoutMarks(body.get(k).text));
            if (!labels.isEmpty() && labels.get(0).kind().isEnglish() && !body.get(k).is(Block.Kind.NOTE)) {
                label = k;
            }
        }
        if (label < 0) {
            return;
        }
        int from = label;
        while (from - 1 >= 0 && isEnglishLine(body.get(from - 1)) && !Texts.endsSentence(body.get(from - 1).text)) {
            from--;
        }
        int to = label + 1;
        while (to < body.size() && (isEnglishLine(body.get(to)) || body.get(to).is(Block.Kind.RULE))) {
            to++;
        }
        List<Block> english = new ArrayList<>(body.subList(from, to));
        body.subList(from, to).clear();
        article.englishBlocks.addAll(english);
    }

    /**
     * Joins a paragraph that stops mid-sentence with the next one where no page end was marked (no notes,
     * page number or running head between them): a page end the converter left no trace of. Only long
     * paragraphs qualify, so that short lines (captions, table rows, list items) stay as printed.
     */
    private void joinUnmarkedCuts() {
        List<Block> body = article.body;
        for (int k = 0; k + 1 < body.size(); k++) {
            Block a = body.get(k);
            Block b = body.get(k + 1);
            if (a.is(Block.Kind.PARA) && b.is(Block.Kind.PARA) && a.label == null && b.label == null
                    && longEnough(PageJoiner.withoutMarks(a.text)) && PageJoiner.continues(a, b)) {
                a.text = PageJoiner.joinAcross(a.text, b.text, b.page, b.line);
                use(b);
                body.remove(k + 1);
                article.unmarkedJoins++;
                k--;
            }
        }
    }

    /** A full line or more, or a line with a clause break: not a heading, caption or table row. */
    private static boolean longEnough(String text) {
        return Texts.width(text) >= 60 || Texts.width(text) >= 16 && (text.contains("，") || text.contains("、"));
    }

    private static boolean isEnglishLine(Block b) {
        String t = PageJoiner.withoutMarks(b.text).strip();
        return (b.is(Block.Kind.PARA) || b.is(Block.Kind.HEADING)) && !t.isEmpty() && Texts.hanCount(t) == 0
                && t.codePoints().anyMatch(Texts::isLatinLetter);
    }

    private void use(Block b) {
        placed.add(b);
    }

    private void title(String text) {
        String t = Texts.cleanTitle(PageJoiner.withoutMarks(text));
        int dash = t.indexOf("——");
        if (dash > 0) {
            article.subtitleZh = t.substring(dash + 2).strip();
            t = t.substring(0, dash).strip();
        }
        article.titleZh = t;
    }

    /** Reads the labelled blocks after the byline; returns the index of the first body block. */
    private int front(int i, int end) {
        LabelWords.Kind last = null;
        for (; i < end; i++) {
            Block b = blocks.get(i);
            List<LabelWords.Labelled> labels = LabelWords.parse(b.text);
            if (b.is(Block.Kind.RULE)) {
                continue;
            }
            if (!labels.isEmpty() && b.is(Block.Kind.PARA)) {
                labels.forEach(this::label);
                last = labels.get(labels.size() - 1).kind();
                use(b);
            } else if (last == LabelWords.Kind.BIO && b.is(Block.Kind.PARA) && continuesBio(b.text)) {
                article.authors.stream().filter(a -> a.bioZh == null && b.text.startsWith(a.zh)).findFirst()
                        .ifPresent(a -> a.bioZh = clean(b.text));
                use(b);
            } else if (last == LabelWords.Kind.BIO && b.is(Block.Kind.PARA) && NEXT_BIO.matcher(b.text.strip()).find()) {
                bios(clean(b.text));
                use(b);
            } else if (isFunding(b)) {
                addFunding(b.text);
                use(b);
            } else {
                return i;
            }
        }
        return i;
    }

    /**
     * A funding note in the body belongs to the piece whose text it falls in (a symposium piece has
     * its own, marked * after its title), or else, on the title's page, to the article; any other
     * stays in the body, where the note pairing reports it.
     */
    private void placeFundingNotes() {
        for (Block note : article.fundingNotes) {
            ImportedArticle.Piece piece = pieceHolding(note);
            String text = fundingText(note.text);
            if (piece != null) {
                piece.fundingZh = piece.fundingZh == null ? text : Texts.joinCut(piece.fundingZh, text);
            } else if (article.fundingZh == null && note.page == titlePage) {
                article.fundingZh = text;
            } else {
                continue;
            }
            article.body.remove(note);
            use(note);
        }
    }

    /** The piece whose text holds {@code block}: the last piece starting before it in the body. */
    private ImportedArticle.Piece pieceHolding(Block block) {
        int at = article.body.indexOf(block);
        ImportedArticle.Piece holder = null;
        for (int p = 0; p < article.pieces.size(); p++) {
            if (article.body.indexOf(article.pieceStarts.get(p)) < at) {
                holder = article.pieces.get(p);
            }
        }
        return holder;
    }

    private boolean continuesBio(String text) {
        return article.authors.stream().anyMatch(a -> text.startsWith(a.zh + "，") || text.startsWith(a.zh + ","));
    }

    private boolean isFunding(Block b) {
        if (b.is(Block.Kind.NOTE)) {
            return NoteLabels.isStar(b.label) || "".equals(b.label) && b.page == titlePage;
        }
        return b.is(Block.Kind.PARA) && FUNDING_PHRASE.matcher(b.text.strip()).find() && !b.text.contains("\n");
    }

    private void addFunding(String text) {
        String t = fundingText(text);
        article.fundingZh = article.fundingZh == null ? t : Texts.joinCut(article.fundingZh, t);
    }

    private static String fundingText(String text) {
        return clean(text.strip().replaceFirst("^(?:\\\\?\\*|<sup>\\\\?\\*</sup>)\\s*", ""));
    }

    private void label(LabelWords.Labelled l) {
        String value = clean(l.value());
        switch (l.kind()) {
            case ABSTRACT -> article.abstractZh = value;
            case EDITOR_NOTE -> editorNote(value);
            case KEYWORDS -> keywords(value);
            case BIO -> bios(value);
            case CLC -> article.clc = value;
            case DOC_CODE -> article.documentCode = value;
            case ARTICLE_NO -> articleNumber(value);
            case DOI -> article.doi = value.replaceFirst("(?i)^https?://doi.org/", "");
            case FUNDING -> article.fundingZh = value;
            default -> article.abstractEn = article.abstractEn == null ? value : article.abstractEn;
        }
    }

    /** A symposium's editor's note stands as its abstract; elsewhere it opens the body. */
    private void editorNote(String value) {
        if (article.abstractZh == null && article.authors.size() > 1) {
            article.abstractZh = value;
        } else {
            Block note = Block.para("> **编者按：**" + value, 0);
            note.label = "markdown";
            article.body.add(note);
        }
    }

    private void keywords(String value) {
        for (String k : KEYWORD_SPLIT.split(value)) {
            if (!k.isBlank()) {
                article.keywordsZh.add(k.strip());
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
            for (ImportedArticle.Author a : article.authors) {
                if (p.startsWith(a.zh) && a.bioZh == null) {
                    a.bioZh = p;
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                String name = p.split("[，,]")[0].strip();
                ImportedArticle.Author a = article.authors.stream().filter(x -> x.zh.equals(name)).findFirst().orElse(null);
                if (a == null && Texts.hanCount(name) <= 4 && Texts.hanCount(name) >= 2 && name.length() <= 4) {
                    a = new ImportedArticle.Author(name);
                    article.authors.add(a);
                }
                if (a != null) {
                    a.bioZh = a.bioZh == null ? p : a.bioZh + "；" + p;
                } else if (!article.authors.isEmpty()) {
                    ImportedArticle.Author lastAuthor = article.authors.get(article.authors.size() - 1);
                    lastAuthor.bioZh = lastAuthor.bioZh == null ? p : lastAuthor.bioZh + "；" + p;
                }
            }
        }
    }

    private void articleNumber(String value) {
        article.articleNumber = value;
        Matcher m = PAGES.matcher(value);
        if (m.find()) {
            article.firstPage = Integer.parseInt(m.group(1));
            article.lastPage = article.firstPage + Integer.parseInt(m.group(2)) - 1;
        }
    }

    private void body(Block b) {
        if (b.is(Block.Kind.RULE)) {
            use(b);
            return;
        }
        Matcher editor = EDITOR.matcher(b.text.strip());
        if (b.is(Block.Kind.PARA) && editor.matches()) {
            article.editorZh = Texts.closeHanSpaces(editor.group(1));
            use(b);
            return;
        }
        if (b.is(Block.Kind.NOTE) && isFunding(b)) {
            article.fundingNotes.add(b);
        }
        article.body.add(b);
    }

    private static String clean(String text) {
        return PageJoiner.withoutMarks(text).replace("**", "").strip();
    }
}
