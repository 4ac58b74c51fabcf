package org.qikan.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qikan.site.BuildOptions;

class SearchDocumentsTest {
    @Test
    void cutsBodyHtmlAtHeadingsWithIdsAndLeavesNoteMarkersOut() {
        String html = "<p>引言<sup class=\"note-ref\"><a id=\"note-ref-1\" href=\"#note-1\" role=\"doc-noteref\">1</a></sup>文字。</p>"
                + "<h2 id=\"s1\">一、问题的提出</h2><p>第一段。</p><p>第二段</p>"
                + "<h3>无 id 的小标题</h3><p>仍属上一节。</p>"
                + "<h3 id=\"s1-1\">（一）既有研究</h3><table><tr><td>2019</td><td>20</td></tr></table>"
                + "<section class=\"notes\" role=\"doc-endnotes\"><ol><li>注释不入索引。</li></ol></section>";
        List<SearchDocument.BodySection> sections = SearchDocuments.sections(html);
        assertThat(sections).containsExactly(
                new SearchDocument.BodySection("", "", "引言文字。"),
                new SearchDocument.BodySection("s1", "一、问题的提出", "第一段。\n第二段\n无 id 的小标题\n仍属上一节。"),
                new SearchDocument.BodySection("s1-1", "（一）既有研究", "2019\n20"));
    }

    @Test
    void makesADocumentPerArticleOfTheSampleEdition() throws Exception {
        List<SearchDocument> docs = SampleSearchSite.documents(
                BuildOptions.of(SampleSearchSite.CONTENT, java.nio.file.Path.of("target", "unused")));
        assertThat(docs).hasSize(10);
        SearchDocument symposium = docs.stream().filter(d -> d.ref().endsWith("chip-supply-chain-symposium.html")).findFirst().orElseThrow();
        assertThat(symposium.ref()).isEqualTo("guanlan-review/2025-01/chip-supply-chain-symposium.html");
        assertThat(symposium.issueLabel().zh()).isEqualTo("2025年第1期");
        assertThat(symposium.authors().zh()).hasSizeGreaterThan(1);
        assertThat(symposium.keywords().zh()).contains("芯片");
        assertThat(symposium.sections()).contains(symposium.sections().stream()
                .filter(s -> s.heading().equals("芯片制造的地理集聚与“近岸化”的限度")).findFirst().orElseThrow());
        assertThat(symposium.sections()).extracting(SearchDocument.BodySection::anchor).contains("piece-geography", "s1");
        assertThat(symposium.bodyText()).doesNotContainPattern("\\[\\^|note-ref");
    }
}
