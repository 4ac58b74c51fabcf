package org.qikan.importer.structure;

import org.qikan.catalog.Pinyin;
import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.Layout;
import org.qikan.importer.layout.PageJoiner;
import org.qikan.importer.layout.SourceLines;
import org.qikan.importer.layout.Texts;
import org.qikan.importer.layout.WrappedLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The issue as imported: articles with their TOC entries and English abstracts matched, non-article
 * pages, and everything the report needs to say what was placed where. An immutable value made once by
 * {@link #assemble}; {@code consumed} lists the blocks read into fields, titles, headings of pages and
 * English entries (the bodies, the pages' blocks and the notes the writer writes are the rest of what is placed).
 */
public record PrintedIssue(SourceLines source, Layout layout, List<Block> blocks, List<WrappedLayout.Furniture> furniture,
                           NotePairer.Pairing pairer, Toc toc, IssueInfo info, IssueParts parts, List<ImportedArticle> articles,
                           List<IssuePageText> pages, List<String> sectionIds, List<Toc.Section> sections,
                           List<EnglishAbstracts.Entry> english, List<EnglishAbstracts.Entry> ownEnglish,
                           List<String> tocWithoutArticle, List<String> articlesWithoutToc, List<Block> consumed,
                           List<EnglishAbstracts.Fragment> englishFragments) {
    public PrintedIssue {
        blocks = List.copyOf(blocks);
        furniture = List.copyOf(furniture);
        articles = List.copyOf(articles);
        pages = List.copyOf(pages);
        sectionIds = List.copyOf(sectionIds);
        sections = List.copyOf(sections);
        english = List.copyOf(english);
        ownEnglish = List.copyOf(ownEnglish);
        tocWithoutArticle = List.copyOf(tocWithoutArticle);
        articlesWithoutToc = List.copyOf(articlesWithoutToc);
        consumed = List.copyOf(consumed);
        englishFragments = List.copyOf(englishFragments);
    }

    /** Reads the articles, pages and English abstracts of the parts found in the paired blocks. */
    public static PrintedIssue assemble(SourceLines source, Layout layout, List<WrappedLayout.Furniture> furniture,
                                        NotePairer.Pairing pairer, Toc toc, IssueInfo info, IssueParts parts,
                                        NumberedAffiliations.Found bylines) {
        Assembly a = new Assembly(pairer.blocks(), pairer.notes(), toc, info, parts, bylines);
        a.assemble();
        return new PrintedIssue(source, layout, pairer.blocks(), furniture, pairer, toc, info, parts,
                a.articles.stream().map(ArticleDraft::freeze).toList(), a.pages, a.sectionIds, a.sections, a.english, a.ownEnglish,
                a.tocWithoutArticle, a.articlesWithoutToc, a.consumed, a.englishFragments);
    }

    /** The state of one assembly, local to {@link #assemble}. */
    private static final class Assembly {
        private final List<Block> blocks;
        /** The paired notes by token number. */
        private final List<Block> notes;
        private final Toc toc;
        private final IssueInfo info;
        private final IssueParts parts;
        private final NumberedAffiliations.Found bylines;
        private final List<Block> consumed = new ArrayList<>();
        private final List<ArticleDraft> articles = new ArrayList<>();
        private final List<IssuePageText> pages = new ArrayList<>();
        private final List<String> sectionIds = new ArrayList<>();
        private final List<Toc.Section> sections = new ArrayList<>();
        private List<EnglishAbstracts.Entry> english = List.of();
        private final List<EnglishAbstracts.Entry> ownEnglish = new ArrayList<>();
        private final List<String> tocWithoutArticle = new ArrayList<>();
        private final List<String> articlesWithoutToc = new ArrayList<>();
        private final List<EnglishAbstracts.Fragment> englishFragments = new ArrayList<>();

        Assembly(List<Block> blocks, List<Block> notes, Toc toc, IssueInfo info, IssueParts parts, NumberedAffiliations.Found bylines) {
            this.blocks = blocks;
            this.notes = notes;
            this.bylines = bylines;
            this.toc = toc;
            this.info = info;
            this.parts = parts;
        }

    void assemble() {
        consumed.addAll(blocks.subList(0, parts.frontEnd()));
        List<List<Block>> englishAfter = new ArrayList<>();
        for (int k = 0; k < parts.articles().size(); k++) {
            ArticleParser.Parsed parsed = ArticleParser.parse(blocks, parts.articles().get(k), parts.leads().get(k), notes);
            ArticleDraft draft = new ArticleDraft(parsed.article());
            numberedUnits(draft, parsed.consumed());
            articles.add(draft);
            englishAfter.add(parsed.english());
            consumed.addAll(parsed.consumed());
        }
        parts.sectionBlocks().stream().filter(Objects::nonNull).forEach(consumed::add);
        sections();
        matchToc();
        printedSections();
        for (int k = 0; k < articles.size(); k++) {
            if (!englishAfter.get(k).isEmpty()) {
                EnglishAbstracts.Read read = EnglishAbstracts.read(englishAfter.get(k));
                consumed.addAll(read.consumed());
                int article = k;
                read.fragments().forEach(f -> englishFragments.add(f.following(article)));
                if (!read.entries().isEmpty()) {
                    EnglishAbstracts.Entry own = read.entries().get(0).matchedTo(k);
                    applyEnglish(own, articles.get(k));
                    ownEnglish.add(own);
                }
            }
        }
        if (parts.english() != null) {
            EnglishAbstracts.Read read = EnglishAbstracts.read(blocks.subList(parts.english().start(), parts.english().end()));
            consumed.addAll(read.consumed());
            english = EnglishAbstracts.match(read.entries(), articles.stream().map(a -> a.titleEn).toList());
            english = EnglishNames.rematch(english, articles.stream().map(a -> a.authors.stream().map(ImportedArticle.Author::zh).toList()).toList());
            List<EnglishAbstracts.Entry> entries = english;
            read.fragments().forEach(f -> englishFragments.add(f.following(f.after() >= 0 ? entries.get(f.after()).article() : -1)));
            english.stream().filter(e -> e.article() >= 0).forEach(e -> applyEnglish(e, articles.get(e.article())));
        }
        readPages();
        slugs();
    }

    /**
     * Section lines printed above the titles: where the contents list no sections they make the sections;
     * where they do, an article the contents did not place goes to the section printed above it.
     */
    private void printedSections() {
        int current = -1;
        for (int k = 0; k < articles.size(); k++) {
            String name = parts.sectionNames().get(k);
            if (name != null) {
                current = sectionNamed(name);
            }
            String title = articles.get(k).titleZh + " ";
            if (current >= 0 && (toc.sections().isEmpty() || articlesWithoutToc.stream().anyMatch(t -> t.startsWith(title)))) {
                articles.get(k).section = current;
            }
        }
        if (toc.sections().isEmpty() && sections.size() > 1 && articles.stream().noneMatch(a -> a.section == 0)) {
            sections.remove(0);
            sectionIds.remove(0);
            articles.forEach(a -> a.section--);
        }
    }

    private int sectionNamed(String name) {
        for (int i = 0; i < sections.size(); i++) {
            if (Texts.key(sections.get(i).zh()).equals(Texts.key(name))) {
                return i;
            }
        }
        sections.add(new Toc.Section(name, null));
        sectionIds.add("s" + sections.size());
        return sections.size() - 1;
    }

    private void sections() {
        if (toc.sections().isEmpty()) {
            sections.add(new Toc.Section("文章", "Articles"));
            sectionIds.add("articles");
            return;
        }
        for (int i = 0; i < toc.sections().size(); i++) {
            Toc.Section s = toc.sections().get(i);
            sections.add(s);
            String id = s.en() == null ? "" : slugWords(s.en(), 6);
            if (id.isEmpty() || sectionIds.contains(id)) {
                id = "s" + (i + 1);
            }
            sectionIds.add(id);
        }
    }

    private void matchToc() {
        boolean[] used = new boolean[toc.zh().size()];
        int lastSection = 0;
        for (ArticleDraft a : articles) {
            String key = Texts.key(a.titleZh);
            int found = -1;
            for (int i = 0; i < toc.zh().size(); i++) {
                String tk = Texts.key(toc.zh().get(i).title());
                if (!used[i] && !key.isEmpty() && (key.startsWith(tk) || tk.startsWith(key))) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                a.section = lastSection;
                if (!toc.isEmpty()) {
                    articlesWithoutToc.add(a.titleZh + " (line " + a.line + ")");
                }
                continue;
            }
            used[found] = true;
            TocEntry entry = toc.zh().get(found);
            a.section = entry.section();
            lastSection = a.section;
            if (a.firstPage == null) {
                a.firstPage = entry.page();
            }
            if (a.subtitleZh == null && entry.subtitle() != null) {
                a.subtitleZh = entry.subtitle();
            }
            if (a.authors.isEmpty()) {
                entry.authors().forEach(n -> a.authors.add(new ImportedArticle.Author(n)));
            }
            TocEntry en = toc.english(found);
            if (en != null) {
                a.titleEn = en.title();
                a.subtitleEn = en.subtitle();
                englishNames(a, en.authors());
            }
        }
        for (int i = 0; i < toc.zh().size(); i++) {
            if (!used[i]) {
                tocWithoutArticle.add(toc.zh().get(i).title() + " (TOC line " + toc.zh().get(i).line() + ")");
            }
        }
        lastPages();
    }

    /** An article without its own page range ends before the next article of the issue starts. */
    private void lastPages() {
        for (int i = 0; i + 1 < articles.size(); i++) {
            ArticleDraft a = articles.get(i);
            Integer next = articles.get(i + 1).firstPage;
            if (a.lastPage == null && a.firstPage != null && next != null && next > a.firstPage) {
                a.lastPage = next - 1;
            }
        }
    }

    /** Each author's units where the byline printed numbered units (read by {@link NumberedAffiliations}). */
    private void numberedUnits(ArticleDraft a, List<Block> consumed) {
        List<String> names = a.authors.stream().map(ImportedArticle.Author::zh).toList();
        consumed.stream().filter(b -> b.is(Block.Kind.BYLINE)).map(b -> bylines.authorsAt(b.line())).flatMap(java.util.Optional::stream)
                .filter(numbered -> numbered.stream().map(ImportedArticle.Author::zh).toList().equals(names)).findFirst()
                .ifPresent(numbered -> {
                    for (int k = 0; k < numbered.size(); k++) { // the units, with what the article read of each author (作者简介)
                        ImportedArticle.Author read = a.authors.get(k);
                        ImportedArticle.Author units = numbered.get(k);
                        a.authors.set(k, read.withAffiliationZh(units.affiliationZh() != null ? units.affiliationZh() : read.affiliationZh())
                                .withAffiliationEn(units.affiliationEn() != null ? units.affiliationEn() : read.affiliationEn())
                                .withEn(read.en() != null ? read.en() : units.en()));
                    }
                });
    }

    /** English names in the authors' order; their units too where the English byline printed numbered units. */
    private void englishNames(ArticleDraft a, List<String> names) {
        if (names.size() != a.authors.size()) {
            return;
        }
        List<String> units = bylines.englishUnits(names).orElse(null);
        for (int i = 0; i < names.size(); i++) {
            ImportedArticle.Author author = a.authors.get(i).withEn(names.get(i));
            a.authors.set(i, units == null ? author : author.withAffiliationEn(units.get(i)));
        }
    }

    private void applyEnglish(EnglishAbstracts.Entry e, ArticleDraft a) {
        a.englishMatched = true;
        a.editorZh = e.editor();
        if (a.titleEn == null && e.title() != null) {
            a.titleEn = e.title();
        }
        a.abstractEn = e.text() == null ? null : e.text().replace("\n\n", " ");
        if (!e.keywords().isEmpty()) {
            a.keywordsEn.clear();
            a.keywordsEn.addAll(e.keywords());
        }
        if (a.authors.stream().allMatch(x -> x.en() == null)) {
            englishNames(a, e.authors());
        }
        if (e.bios() != null) {
            for (String part : e.bios().split("\\s*;\\s*")) {
                for (int k = 0; k < a.authors.size(); k++) {
                    ImportedArticle.Author author = a.authors.get(k);
                    if (author.en() != null && part.toLowerCase(Locale.ROOT).startsWith(author.en().toLowerCase(Locale.ROOT))) {
                        a.authors.set(k, author.withBioEn(part.strip()));
                    }
                }
            }
        }
    }

    private void readPages() {
        int notices = 0;
        int news = 0;
        for (IssueParts.Range r : parts.pages()) {
            Block head = blocks.get(r.start());
            String title = Texts.cleanTitle(PageJoiner.withoutMarks(head.text()));
            String slug;
            String titleZh = title;
            String titleEn;
            if (info.journalZh() != null && Texts.key(title).startsWith(Texts.key(info.journalZh()))) {
                slug = "editorial-board";
                titleZh = "编委会";
                titleEn = "Editorial Board";
            } else if (title.matches(".*(公告|启事|通知|征稿|声明).*")) {
                slug = "notice-" + (++notices);
                titleEn = "Notice";
            } else {
                slug = "news-" + (++news);
                titleEn = "News";
            }
            List<Block> text = new ArrayList<>();
            for (int i = r.start(); i < r.end(); i++) {
                Block b = blocks.get(i);
                if (i == r.start() && !"editorial-board".equals(slug)) {
                    consumed.add(b);
                    continue;
                }
                text.add(b);
            }
            pages.add(new IssuePageText(slug, titleZh, titleEn, head.line(), text));
        }
    }

    private void slugs() {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            ArticleDraft a = articles.get(i);
            String words = a.titleEn != null ? slugWords(a.titleEn, 5)
                    : a.titleZh != null ? pinyinWords(a.titleZh, 6) : "";
            String slug = String.format(Locale.ROOT, "%02d", i + 1) + (words.isEmpty() ? "" : "-" + words);
            if (seen.contains(slug)) {
                slug = String.format(Locale.ROOT, "%02d", i + 1);
            }
            seen.add(slug);
            a.slug = slug;
        }
    }

    }

    /**
     * The pinyin of a Chinese title's first {@code max} characters (Latin words count as one), joined by hyphens:
     * a file name a reader can say, where no English title is printed ({@code fa-zhan-xin-zhi} for 发展新质…).
     */
    static String pinyinWords(String text, int max) {
        List<String> syllables = Pinyin.syllables(text);
        return slugWords(String.join(" ", syllables.subList(0, Math.min(max, syllables.size()))), max);
    }

    /** Lowercase ASCII words of an English title, joined by hyphens. */
    public static String slugWords(String text, int max) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip().split(" ")) {
            if (!w.isEmpty() && words.size() < max) {
                words.add(w);
            }
        }
        return String.join("-", words);
    }
}
