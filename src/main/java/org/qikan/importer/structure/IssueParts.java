package org.qikan.importer.structure;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.Headings;
import org.qikan.importer.layout.LabelWords;
import org.qikan.importer.layout.PageJoiner;
import org.qikan.importer.layout.Texts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the block stream into the issue's parts: front matter (masthead, table of contents), one
 * range per article (from its title to the next article), non-article pages (notices between
 * articles, the editorial board, news after them) and the English abstracts section at the back.
 */
public record IssueParts(List<Range> articles, List<Range> leads, List<Range> pages, Range english,
                         List<String> sectionNames, List<Block> sectionBlocks, int frontEnd) {
    private static final Pattern NOTICE = Pattern.compile("公告|启事|通知|征稿|简讯|研讨会|座谈会|会议综述|声明|举办|召开");
    private static final Pattern EN_SECTION = Pattern.compile("(?i)^(?:english )?abstracts$|^英文(?:摘要|提要)$");

    public record Range(int start, int end) {
    }

    /**
     * @param articles per article, its blocks from its title to the next article
     * @param leads per article, text printed above its title on its first page (two-column fragments out of order), or null
     * @param pages non-article pages: notices between articles, the editorial board, news after them
     * @param english the English abstracts section at the back, or null
     * @param sectionNames per article, the section line printed above its title, or null
     * @param sectionBlocks per article, the block of that section line, or null
     * @param frontEnd where the front matter (masthead, contents) ends
     */
    public IssueParts {
        articles = List.copyOf(articles);
        leads = Collections.unmodifiableList(new ArrayList<>(leads));
        pages = List.copyOf(pages);
        sectionNames = Collections.unmodifiableList(new ArrayList<>(sectionNames));
        sectionBlocks = Collections.unmodifiableList(new ArrayList<>(sectionBlocks));
    }

    /** The parts as {@link #split} finds them, one at a time; never leaves this class. */
    private static final class Builder {
        final List<Range> articles = new ArrayList<>();
        final List<Range> leads = new ArrayList<>();
        final List<Range> pages = new ArrayList<>();
        Range english;
        final List<String> sectionNames = new ArrayList<>();
        final List<Block> sectionBlocks = new ArrayList<>();
        int frontEnd;

        IssueParts build() {
            return new IssueParts(articles, leads, pages, english, sectionNames, sectionBlocks, frontEnd);
        }

        private void readBack(List<Block> blocks, int backStart) {
            int i = backStart;
            int englishEnd = i < blocks.size() && EN_SECTION.matcher(Texts.cleanTitle(blocks.get(i).text())).matches() ? i + 1 : i;
            while (englishEnd < blocks.size() && !(blocks.get(englishEnd).is(Block.Kind.HEADING)
                    && Texts.hanCount(blocks.get(englishEnd).text()) > 0)) {
                englishEnd++;
            }
            if (englishEnd > i) {
                english = new Range(i, englishEnd);
            }
            int pageStart = englishEnd;
            for (int j = englishEnd + 1; j <= blocks.size(); j++) {
                if (j == blocks.size() || blocks.get(j).is(Block.Kind.HEADING) && blocks.get(j).hashes() <= 2
                        && Texts.hanCount(blocks.get(j).text()) > 0 && startsPage(blocks.get(j))) {
                    if (pageStart < blocks.size()) {
                        pages.add(new Range(pageStart, j));
                    }
                    pageStart = j;
                }
            }
        }
    }

    public static IssueParts split(List<Block> blocks, Toc toc, IssueInfo info, boolean physicalPages) {
        Builder parts = new Builder();
        List<Integer> starts = ArticleStarts.find(blocks, toc);
        parts.frontEnd = starts.isEmpty() ? blocks.size() : starts.get(0);
        boolean englishPerArticle = starts.size() > 1 && englishLabelIn(blocks, starts.get(0), starts.get(starts.size() - 1));
        int backStart = starts.isEmpty() ? blocks.size() : backMatterStart(blocks, starts.get(starts.size() - 1), info, englishPerArticle);
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k);
            int section = sectionLineBefore(blocks, start);
            parts.sectionNames.add(section < 0 ? null : SectionLines.name(blocks.get(section).text()));
            parts.sectionBlocks.add(section < 0 ? null : blocks.get(section));
            if (k == 0 && section >= 0) {
                parts.frontEnd = Math.min(parts.frontEnd, section);
            }
            int next = k + 1 < starts.size() ? sectionLineBefore(blocks, starts.get(k + 1)) : -1;
            int end = k + 1 < starts.size() ? (next >= 0 ? next : starts.get(k + 1)) : backStart;
            int notice = noticeIn(blocks, start + 1, end);
            Range lead = physicalPages ? leadAbove(blocks, section >= 0 ? section : start, Math.max(0, toc.end())) : null;
            parts.leads.add(lead);
            if (lead != null && k > 0) {
                Range previous = parts.articles.get(k - 1);
                parts.articles.set(k - 1, new Range(previous.start(), Math.min(previous.end(), lead.start())));
            } else if (lead != null) {
                parts.frontEnd = Math.min(parts.frontEnd, lead.start());
            }
            parts.articles.add(new Range(start, notice));
            if (notice < end) {
                parts.pages.add(new Range(notice, end));
            }
        }
        parts.readBack(blocks, backStart);
        return parts.build();
    }

    /** Index of the section line printed just above the title at {@code start}, or -1. */
    private static int sectionLineBefore(List<Block> blocks, int start) {
        int j = start - 1;
        while (j >= 0 && blocks.get(j).is(Block.Kind.RULE)) {
            j--;
        }
        return j >= 0 && !blocks.get(j).is(Block.Kind.NOTE) && SectionLines.name(blocks.get(j).text()) != null ? j : -1;
    }

    /**
     * Body text printed above the title on the title's own page: from the page's first block to the title. The table
     * of contents (blocks before {@code floor}) is never a lead, even where it shares the first article's page.
     */
    private static Range leadAbove(List<Block> blocks, int title, int floor) {
        int page = blocks.get(title).page();
        int j = title;
        while (j - 1 >= floor && blocks.get(j - 1).page() == page && !blocks.get(j - 1).is(Block.Kind.NOTE)) {
            j--;
        }
        boolean body = false;
        for (int k = j; k < title; k++) {
            body |= isBodyText(blocks.get(k));
        }
        return body && (j < title && blocks.get(j).pageStart() || j < title && j > 0 && blocks.get(j - 1).page() != page)
                ? new Range(j, title) : null;
    }

    /**
     * Whether a block is body text: a paragraph of more than a short line's width (40 columns). A page's masthead,
     * journal name and section lines above a title are short lines, never a fragment of a body.
     */
    private static boolean isBodyText(Block b) {
        return b.is(Block.Kind.PARA) && Texts.width(b.text()) > 40 && Texts.hanCount(b.text()) > 0;
    }

    private static boolean startsPage(Block heading) {
        return Headings.numberedLevel(heading.text()) == 0;
    }

    /** The back matter starts at the English abstracts or at a heading that is no article's. */
    /** Whether an English abstract label stands between two article starts: the issue prints English after each article. */
    private static boolean englishLabelIn(List<Block> blocks, int from, int to) {
        for (int i = from; i < to; i++) {
            List<LabelWords.Labelled> labels = LabelWords.parse(blocks.get(i).text());
            if (!labels.isEmpty() && labels.get(0).kind() == LabelWords.Kind.EN_ABSTRACT) {
                return true;
            }
        }
        return false;
    }

    private static int backMatterStart(List<Block> blocks, int lastStart, IssueInfo info, boolean englishPerArticle) {
        for (int i = lastStart + 1; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String text = Texts.cleanTitle(PageJoiner.withoutMarks(b.text()));
            if (b.is(Block.Kind.HEADING) && (EN_SECTION.matcher(text).matches() || !englishPerArticle && isEnglishTitle(text))) {
                return i;
            }
            if (b.is(Block.Kind.PARA) && EN_SECTION.matcher(text).matches()) {
                return i;
            }
            if (!englishPerArticle && !LabelWords.parse(b.text()).isEmpty() && LabelWords.parse(b.text()).get(0).kind().isEnglish()
                    && !chineseTextAfter(blocks, i)) {
                return backOverTitle(blocks, i);
            }
            if (b.is(Block.Kind.HEADING) && b.hashes() == 1 && info.journalZh() != null
                    && Texts.key(text).startsWith(Texts.key(info.journalZh()))) {
                return i;
            }
        }
        return blocks.size();
    }

    /**
     * Whether a paragraph of Chinese running text follows block {@code i}: then an English label there is the article's
     * own (printed among its Chinese labels, before its text), not the start of English back matter, which holds no
     * Chinese text but short titles.
     */
    private static boolean chineseTextAfter(List<Block> blocks, int i) {
        for (int j = i + 1; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            if (b.is(Block.Kind.PARA) && Texts.hanCount(b.text()) >= 40 && LabelWords.parse(b.text()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** From an English label back over the entry's title and byline. */
    private static int backOverTitle(List<Block> blocks, int i) {
        int j = i;
        while (j - 1 >= 0 && Texts.hanCount(blocks.get(j - 1).text()) == 0 && !Texts.endsSentence(blocks.get(j - 1).text())
                && !blocks.get(j - 1).is(Block.Kind.NOTE)) {
            j--;
        }
        return j;
    }

    public static boolean isEnglishTitle(String text) {
        return Texts.hanCount(text) == 0 && text.codePoints().filter(Texts::isLatinLetter).count() >= 8;
    }

    /** A notice printed between two articles starts at a heading naming it as such. */
    private static int noticeIn(List<Block> blocks, int from, int end) {
        for (int i = from; i < end; i++) {
            Block b = blocks.get(i);
            if (b.is(Block.Kind.HEADING) && Headings.numberedLevel(b.text()) == 0 && NOTICE.matcher(b.text()).find()
                    && !nextIsByline(blocks, i)) {
                return i;
            }
        }
        return end;
    }

    private static boolean nextIsByline(List<Block> blocks, int i) {
        return i + 1 < blocks.size() && blocks.get(i + 1).is(Block.Kind.PARA) && Names.isChineseByline(blocks.get(i + 1).text());
    }
}
