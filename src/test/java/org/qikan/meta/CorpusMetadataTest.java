package org.qikan.meta;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.qikan.check.Editions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The metadata of every article page of the imported corpus edition, Chinese and English view. */
@Tag("corpus")
class CorpusMetadataTest {

    private static Document page(String path) throws Exception {
        return Jsoup.parse(Editions.root(Editions.CORPUS).resolve(path).toFile(), "UTF-8");
    }

    private static List<String> meta(Document page, String name) {
        return page.select("meta[name=" + name + "]").eachAttr("content");
    }

    @Test
    void everyArticlePageCarriesCompleteMetadataFromTheSources() throws Exception {
        Path site = Editions.root(Editions.CORPUS);
        List<String> articles = Editions.pages(Editions.CORPUS).stream()
                .filter(p -> Files.exists(site.resolve(p.replaceFirst("^en/", "").replaceFirst("\\.html$", ".cite.json")))).toList();
        assertThat(articles).hasSize(36);
        Path content = Editions.root(Editions.CORPUS).resolveSibling("content");
        for (String path : articles) {
            Document page = page(path);
            String journal = path.replaceFirst("^en/", "").split("/")[0];
            String journalYaml = Files.readString(content.resolve(journal).resolve("journal.yaml"));
            assertThat(meta(page, "citation_title")).as(path).hasSize(1);
            assertThat(meta(page, "citation_author")).as(path).isNotEmpty();
            String source = Files.readString(content.resolve(path.replaceFirst("^en/", "").replaceFirst("\\.html$", ".md")));
            if (source.contains("    bio:") || source.contains("    affiliation:")) {
                assertThat(meta(page, "citation_author_institution")).as(path).isNotEmpty();
            }
            assertThat(journalYaml).as(path).contains("\"" + meta(page, "citation_journal_title").get(0) + "\"");
            assertThat(meta(page, "citation_publication_date").get(0)).as(path).matches("\\d{4}(/\\d{2}/\\d{2})?");
            assertThat(meta(page, "citation_issue")).as(path).hasSize(1);
            assertThat(meta(page, "citation_firstpage")).as(path).hasSize(source.contains("\nfirst_page:") ? 1 : 0);
            assertThat(meta(page, "DC.description")).as(path).hasSize(source.contains("\nabstract:") ? 1 : 0);
            assertThat(page.select("script[type=application/ld+json]")).as(path).hasSize(1);
            assertThat(page.getElementById("cite-gb-t-7714")).as(path).isNotNull();
        }
        assertThat(meta(page("guoji-wenti-yanjiu/2023-05/03-the-new-washington-consensus-and.html"), "citation_reference"))
                .hasSizeGreaterThan(20);
    }

    /**
     * Checked by hand against GB/T 7714-2015 (8.1, 8.7 contributions to serials): 主要责任者. 题名[J]. 刊名, 年(期): 起止页码.
     * The journal gives no volume, so 年(期) stands alone; there is no URL without a base_url and no DOI, so [J].
     */
    @Test
    void theGbT7714StringOfACorpusArticleFollowsTheStandard() throws Exception {
        Document page = page("guoji-wenti-yanjiu/2023-05/03-the-new-washington-consensus-and.html");
        assertThat(page.getElementById("cite-gb-t-7714").text())
                .isEqualTo("李巍. “新华盛顿共识”与美国经济战略的转型[J]. 国际问题研究, 2023(5): 48-70.");
        assertThat(meta(page, "citation_author_institution")).containsExactly("中国人民大学国际关系学院");
    }
}
