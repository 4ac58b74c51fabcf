package org.qikan.refs;

import org.junit.jupiter.api.Test;

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
}
