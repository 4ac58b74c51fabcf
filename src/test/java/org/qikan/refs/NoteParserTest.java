package org.qikan.refs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NoteParserTest {

    @Test
    void readsAChineseJournalArticle() {
        Reference r = NoteParser.parse(1, 1, "参见肖红、阳镇：《数字伦理监管的进展》，《战略研究》2024 年第 1 期，第 73—89 页。").references().get(0);
        assertThat(r.authors()).containsExactly("肖红", "阳镇");
        assertThat(r.title()).isEqualTo("数字伦理监管的进展");
        assertThat(r.container()).isEqualTo("战略研究");
        assertThat(r.year()).isEqualTo("2024");
        assertThat(r.issue()).isEqualTo("1");
        assertThat(r.page()).isEqualTo("73—89");
        assertThat(r.type()).isEqualTo("article-journal");
    }

    @Test
    void readsAChineseBookAndAnEnglishArticle() {
        Reference book = NoteParser.parse(1, 1, "［美］某甲：《秩序》，滨江出版社 2020 年版，第 5 页。").references().get(0);
        assertThat(book.authors()).containsExactly("某甲");
        assertThat(book.publisher()).isEqualTo("滨江出版社");
        assertThat(book.type()).isEqualTo("book");
        Reference article = NoteParser.parse(2, 1, "Anna Berg and Tom Lee, “Rules at Sea,” Ocean Policy, Vol. 3, No. 2, 2020, pp. 5-9.").references().get(0);
        assertThat(article.authors()).containsExactly("Anna Berg", "Tom Lee");
        assertThat(article.title()).isEqualTo("Rules at Sea");
        assertThat(article.container()).isEqualTo("Ocean Policy");
        assertThat(article.issue()).isEqualTo("2");
        assertThat(article.page()).isEqualTo("5-9");
    }

    @Test
    void givesEachReferenceAsCitationReferenceMetadata() {
        Reference r = NoteParser.parse(1, 1, "肖红、阳镇：《数字伦理监管的进展》，《战略研究》2024 年第 1 期，第 73—89 页。").references().get(0);
        assertThat(r.citationReference()).isEqualTo("citation_author=肖红; citation_author=阳镇; citation_title=数字伦理监管的进展; "
                + "citation_journal_title=战略研究; citation_date=2024; citation_issue=1; citation_pages=73—89");
    }

    @Test
    void readsShortCitations() {
        assertThat(kind("同上。")).isEqualTo(ShortCitation.Kind.IBID);
        assertThat(kind("同上书，第 12 页。")).isEqualTo(ShortCitation.Kind.IBID);
        assertThat(kind("Ibid., p. 4.")).isEqualTo(ShortCitation.Kind.IBID);
        assertThat(kind("ibid.")).isEqualTo(ShortCitation.Kind.IBID);
        assertThat(kind("某甲：前引文，第 3 页。")).isEqualTo(ShortCitation.Kind.EARLIER);
        assertThat(kind("前引某甲书，第 3 页。")).isEqualTo(ShortCitation.Kind.EARLIER);
        assertThat(kind("Berg, op. cit., p. 7.")).isEqualTo(ShortCitation.Kind.EARLIER);
        assertThat(kind("某甲：《秩序》，第 9 页。")).isEqualTo(ShortCitation.Kind.SHORT_FORM);
        assertThat(NoteParser.parse(1, 1, "同上，第 9 页。").shortCitations().get(0).page()).isEqualTo("第 9 页");
        assertThat(NoteParser.parse(1, 1, "笔者的访谈，2024 年 6 月。").shortCitations()).isEmpty();
    }

    private static ShortCitation.Kind kind(String note) {
        return NoteParser.parse(1, 1, note).shortCitations().get(0).kind();
    }

    @Test
    void readsAWebDocumentWithNoAuthorWithItsSiteDateAndAddress() {
        Reference zh = only("《滨江市发布港口合作白皮书》，滨江政务网，2024 年 3 月 9 日，https：//www.example.gov/news/2024-03/09/content.htm。");
        assertThat(zh.authors()).isEmpty();
        assertThat(zh.title()).isEqualTo("滨江市发布港口合作白皮书");
        assertThat(zh.type()).isEqualTo("webpage");
        assertThat(zh.container()).isEqualTo("滨江政务网");
        assertThat(zh.date()).isEqualTo("2024-03-09");
        assertThat(zh.url()).as("the converter's full-width colon mended").isEqualTo("https://www.example.gov/news/2024-03/09/content.htm");
        Reference en = only("“Harbor Cooperation Framework,” Ministry of Ports, June 4, 2023, https://ports.example.org/framework.");
        assertThat(en.type()).isEqualTo("webpage");
        assertThat(en.container()).isEqualTo("Ministry of Ports");
        assertThat(en.date()).isEqualTo("2023-06-04");
        assertThat(en.url()).isEqualTo("https://ports.example.org/framework");
        Reference report = only("“Coastal Trade Outlook”, Harbor Council, March 2024, Article 12.");
        assertThat(report.type()).isEqualTo("document");
        assertThat(report.publisher()).isEqualTo("Harbor Council");
        assertThat(report.date()).isEqualTo("2024-03");
    }

    @Test
    void readsANewspaperArticleWithItsDayAndTellsItFromAJournalArticle() {
        Reference zh = only("郑远舟：《港口与秩序》，载《滨江日报》2023 年 5 月 19 日，第 3 版。");
        assertThat(zh.type()).isEqualTo("article-newspaper");
        assertThat(zh.container()).isEqualTo("滨江日报");
        assertThat(zh.date()).isEqualTo("2023-05-19");
        Reference en = only("Anna Berg, “Ports Under Pressure,” The Harbor Times, July 12, 2023.");
        assertThat(en.type()).isEqualTo("article-newspaper");
        assertThat(en.container()).isEqualTo("The Harbor Times");
        Reference journal = only("Anna Berg, “Rules at Sea,” Ocean Policy, Vol 3, No. 2, 2020, pp. 5-9.");
        assertThat(journal.type()).isEqualTo("article-journal");
        assertThat(journal.volume()).isEqualTo("3");
        Reference doubleIssue = only("Anna Berg, “Rules at Sea,” Ocean Policy, Vol. 3, Nos. 2-3, 2020, pp. 5-9.");
        assertThat(doubleIssue.issue()).isEqualTo("2-3");
    }

    @Test
    void readsAuthorsSeparatedByCommasTranslatorsAndAnOrganisationAsAuthor() {
        Reference two = only("王岚，李舟：《区域秩序的再思考》，载《海洋政治》2021 年第 3 期，第 78-101 页。");
        assertThat(two.authors()).containsExactly("王岚", "李舟");
        assertThat(two.type()).isEqualTo("article-journal");
        Reference translated = only("［英］约翰·米德尔顿著，陈安、周宁译：《港口的世纪》，滨江人民出版社 2015 年版，第 71 页。");
        assertThat(translated.authors()).containsExactly("约翰·米德尔顿");
        assertThat(translated.translators()).containsExactly("陈安", "周宁");
        assertThat(translated.type()).isEqualTo("book");
        assertThat(translated.publisher()).isEqualTo("滨江人民出版社");
        Reference body = only("Department of Harbor Affairs, “Annual Review of Coastal Security,” February 23, 2023.");
        assertThat(body.authors()).containsExactly("Department of Harbor Affairs");
        assertThat(body.date()).isEqualTo("2023-02-23");
        Reference etAl = only("Lena Hart, et al., “Fragments of Order,” Global Review, Vol. 11, No. 5, November 2020, pp. 545-556.");
        assertThat(etAl.authors()).containsExactly("Lena Hart");
        assertThat(etAl.date()).isEqualTo("2020-11");
    }

    @Test
    void readsEnglishBooksAndChaptersWithPlaceAndPublisherInParentheses() {
        Reference book = only("Tom Lee, Harbors and Power (Portsmouth: Tideline Books, 2010), p. 14.");
        assertThat(book.type()).isEqualTo("book");
        assertThat(book.title()).isEqualTo("Harbors and Power");
        assertThat(book.publisher()).isEqualTo("Tideline Books");
        Reference chapter = only("Tom Lee, “Ports as Institutions,” in Anna Berg and Lena Hart, eds., The Sea and the State (Portsmouth: Tideline Books, 2014), pp. 35-56.");
        assertThat(chapter.type()).isEqualTo("chapter");
        assertThat(chapter.container()).isEqualTo("The Sea and the State");
        assertThat(chapter.publisher()).isEqualTo("Tideline Books");
        assertThat(chapter.page()).isEqualTo("35-56");
    }

    @Test
    void readsTheCitationAfterACommentThatLeadsToIt() {
        ParsedNote note = NoteParser.parse(1, 1, "2016 年以来，学界对此有过讨论，参见王岚、李舟：《区域秩序的再思考》，《海洋政治》2021 年第 3 期，第 78 页。");
        assertThat(note.references()).hasSize(1);
        assertThat(note.references().get(0).authors()).containsExactly("王岚", "李舟");
        Reference nested = only("柯舟：《对“去风险”的再认识》，载《海洋政治》2023 年第 8 期，第 31-44 页。");
        assertThat(nested.title()).as("quotation marks inside a book title").isEqualTo("对“去风险”的再认识");
        assertThat(NoteParser.parse(1, 1, "这是笔者的一个判断，并无文献依据。").references()).isEmpty();
    }

    @Test
    void aTitleAloneIsAShortFormThatPointsBackByTitle() {
        ShortCitationResolver resolver = new ShortCitationResolver();
        resolver.resolve(List.of(
                NoteParser.parse(1, 1, "“Harbor Cooperation Framework,” Ministry of Ports, June 4, 2023, https://ports.example.org/framework."),
                NoteParser.parse(2, 2, "“Harbor Cooperation Framework,” p. 33.")));
        assertThat(resolver.links()).singleElement().satisfies(link -> {
            assertThat(link.from()).isEqualTo(2);
            assertThat(link.to()).isEqualTo(1);
        });
        assertThat(resolver.unresolved()).isEmpty();
        assertThat(resolver.promoted()).isEmpty();
    }

    private static Reference only(String note) {
        ParsedNote parsed = NoteParser.parse(1, 1, note);
        assertThat(parsed.references()).as(note).hasSize(1);
        return parsed.references().get(0);
    }
}
