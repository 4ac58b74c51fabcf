package org.qikan.refs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a cited book was published and the DOI a citation prints reach the works' CSL-JSON ({@code publisher-place},
 * {@code DOI}) and the {@code citation_reference} content ({@code citation_doi}).
 */
class PublisherPlaceAndDoiTest {
    private static Reference read(String note) {
        List<Reference> refs = NoteParser.parse(1, 1, note).references();
        assertThat(refs).as(note).hasSize(1);
        return refs.get(0);
    }

    @Test
    void aChineseBookGivesItsPlaceApartFromItsPublisher() {
        Reference r = read("王海：《城市与世界》，北京：世界知识出版社，2019年，第12页。");
        assertThat(r.type()).isEqualTo("book");
        assertThat(r.place()).isEqualTo("北京");
        assertThat(r.publisher()).isEqualTo("世界知识出版社");
        assertThat(r.year()).isEqualTo("2019");
        assertThat(r.page()).isEqualTo("12");
        assertThat(read("王海：《城市与世界》，北京: 世界知识出版社 2019 年版，第 12 页。").place()).isEqualTo("北京");
        assertThat(read("［美］某甲：《秩序》，滨江出版社 2020 年版，第 5 页。").place()).isNull();
    }

    @Test
    void anEnglishBookGivesItsPlace() {
        Reference r = read("John Smith, Cities in the World, New York: Routledge, 2019, p. 12.");
        assertThat(r.publisher()).isEqualTo("Routledge");
        assertThat(r.place()).isEqualTo("New York");
        Reference inParentheses = read("Anna Berg, Rules at Sea (Cambridge: Cambridge University Press, 2018), p. 3.");
        assertThat(inParentheses.publisher()).isEqualTo("Cambridge University Press");
        assertThat(inParentheses.place()).isEqualTo("Cambridge");
    }

    @Test
    void aDoiInEveryPrintedFormIsTheReferencesDoiNotItsAddress() {
        for (String note : List.of(
                "Anna Berg and Tom Lee, “Rules at Sea,” Ocean Policy, Vol. 3, No. 2, 2020, pp. 5-9, doi:10.1234/op.2020.0302.",
                "Anna Berg and Tom Lee, “Rules at Sea,” Ocean Policy, Vol. 3, No. 2, 2020, pp. 5-9, DOI: 10.1234/op.2020.0302.",
                "Anna Berg and Tom Lee, “Rules at Sea,” Ocean Policy, Vol. 3, No. 2, 2020, pp. 5-9, https://doi.org/10.1234/op.2020.0302.",
                "Anna Berg and Tom Lee, “Rules at Sea,” Ocean Policy, Vol. 3, No. 2, 2020, pp. 5-9, https://dx.doi.org/10.1234/op.2020.0302")) {
            Reference r = read(note);
            assertThat(r.doi()).as(note).isEqualTo("10.1234/op.2020.0302");
            assertThat(r.url()).as(note).isNull();
            assertThat(r.type()).as(note).isEqualTo("article-journal");
            assertThat(r.container()).as(note).isEqualTo("Ocean Policy");
            assertThat(r.page()).as(note).isEqualTo("5-9");
        }
        Reference zh = read("肖红、阳镇：《数字伦理监管的进展》，《战略研究》2024 年第 1 期，第 73—89 页，DOI：10.16234/j.cnki.zlyj.2024.01.005。");
        assertThat(zh.doi()).isEqualTo("10.16234/j.cnki.zlyj.2024.01.005");
        assertThat(zh.container()).isEqualTo("战略研究");
    }

    @Test
    void placeAndDoiReachTheCslJsonAndTheCitationReference() throws Exception {
        Reference book = read("王海：《城市与世界》，北京：世界知识出版社，2019年，第12页。");
        Reference article = NoteParser.parse(2, 3, "Anna Berg, “Rules at Sea,” Ocean Policy, Vol. 3, No. 2, 2020, pp. 5-9, "
                + "https://doi.org/10.1234/op.2020.0302.").references().get(0);
        JsonNode items = new ObjectMapper().readTree(CslJson.of("j-2031-02-a", List.of(book, article)));
        assertThat(items.get(0).path("publisher-place").asText()).isEqualTo("北京");
        assertThat(items.get(0).path("publisher").asText()).isEqualTo("世界知识出版社");
        assertThat(items.get(0).has("DOI")).isFalse();
        assertThat(items.get(1).path("DOI").asText()).isEqualTo("10.1234/op.2020.0302");
        assertThat(items.get(1).has("URL")).isFalse();
        assertThat(article.citationReference()).isEqualTo("citation_author=Anna Berg; citation_title=Rules at Sea; "
                + "citation_journal_title=Ocean Policy; citation_date=2020; citation_volume=3; citation_issue=2; citation_pages=5-9; "
                + "citation_doi=10.1234/op.2020.0302");
    }
}
