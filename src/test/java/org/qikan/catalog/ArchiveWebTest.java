package org.qikan.catalog;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.TestSite;
import org.qikan.check.Editions;
import org.qikan.site.BuildResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample edition as a web: authors, keywords and sections link to their pages and back; notes
 * link short citations to the full one, and in-archive citations to the cited article and back.
 */
class ArchiveWebTest {
    private static final String CONSENSUS = "guanlan-review/2025-02/procedural-consensus.html";
    private static final String MULTIPOLARITY = "guanlan-review/2025-01/multipolarity-and-order.html";
    private static final String HAIYAN = "haiyan-studies/2025-01/order-and-regions.html";

    static Document page(String path) throws IOException {
        Path file = Editions.root(Editions.SAMPLE).resolve(path);
        return Jsoup.parse(file.toFile(), "UTF-8", "https://example.org/" + path);
    }

    /** The site-relative path a link of a page points at. */
    static String target(Element link) {
        return link.absUrl("href").replace("https://example.org/", "");
    }

    @Test
    void anAuthorAcrossIssuesAndJournalsWithAChangedAffiliationHasOnePage() throws IOException {
        Document person = page("people/zheng-yuanzhou.html");
        assertThat(person.select(".work-title a").stream().map(ArchiveWebTest::target).toList())
                .containsExactly(CONSENSUS, HAIYAN, MULTIPOLARITY);
        assertThat(person.select(".affiliations li").eachText())
                .containsExactly("滨江大学国际关系学院 (2025)", "海州大学全球治理研究院 (2025)");
        for (String article : List.of(CONSENSUS, HAIYAN, MULTIPOLARITY)) {
            assertThat(page(article).select(".authors a").stream().map(ArchiveWebTest::target))
                    .as(article).contains("people/zheng-yuanzhou.html");
        }
        Document english = page("en/people/zheng-yuanzhou.html");
        assertThat(english.select("h1").text()).startsWith("Zheng Yuanzhou");
        assertThat(english.select(".work-title a").stream().map(ArchiveWebTest::target).toList())
                .contains("en/" + CONSENSUS);
    }

    @Test
    void anAmbiguousNameIsTwoPeopleByTheirIds() throws IOException {
        assertThat(page("people/wang-lei-binjiang.html").select(".work-title a").stream().map(ArchiveWebTest::target).toList())
                .containsExactly(CONSENSUS);
        assertThat(page("people/wang-lei-haizhou.html").select(".work-title a").stream().map(ArchiveWebTest::target).toList())
                .containsExactly(HAIYAN);
        Document index = page("people/index.html");
        assertThat(index.select(".letter-nav a").eachText()).contains("W", "Z");
        assertThat(index.select("#letter-W + ul a").stream().map(ArchiveWebTest::target).toList())
                .contains("people/wang-lei-binjiang.html", "people/wang-lei-haizhou.html");
    }

    @Test
    void aKeywordInTraditionalFormJoinsItsSimplifiedPage() throws IOException {
        Element link = page(HAIYAN).select(".keywords a:contains(國際秩序)").first();
        assertThat(link).isNotNull();
        Document keyword = page(target(link));
        assertThat(keyword.select("h1").text()).startsWith("国际秩序").contains("international order");
        assertThat(keyword.select(".work-title a").stream().map(ArchiveWebTest::target).toList())
                .containsExactly(CONSENSUS, HAIYAN, MULTIPOLARITY);
        Element english = page("en/" + HAIYAN).select(".keywords a:contains(international order)").first();
        assertThat(target(english)).isEqualTo("en/" + target(link));
        assertThat(page("keywords/index.html").select("a").stream().map(ArchiveWebTest::target)).contains(target(link));
    }

    @Test
    void aSectionHasAPageAcrossIssues() throws IOException {
        Element link = page(CONSENSUS).select(".article-section a").first();
        assertThat(target(link)).isEqualTo("guanlan-review/sections/feature.html");
        assertThat(page(target(link)).select(".work-title a").stream().map(ArchiveWebTest::target))
                .contains(CONSENSUS, MULTIPOLARITY);
    }

    @Test
    void theContentsLinkEachSectionHeadingToTheSectionsPageInTheirLanguage() throws IOException {
        Document contents = page("guanlan-review/2025-02/index.html");
        Element heading = contents.select("#section-feature a").first();
        assertThat(heading).as("the section heading of the contents is a link").isNotNull();
        assertThat(target(heading)).isEqualTo("guanlan-review/sections/feature.html");
        assertThat(heading.text()).isEqualTo("特稿 Feature");
        Element english = page("en/guanlan-review/2025-02/index.html").select("#section-feature a").first();
        assertThat(target(english)).isEqualTo("en/guanlan-review/sections/feature.html");
    }

    @Test
    void shortCitationsLinkToTheNoteWithTheFullCitation() throws IOException {
        Document article = page(CONSENSUS);
        assertThat(seeNote(article, 2)).isEqualTo("#note-1");   // 同上。
        assertThat(seeNote(article, 3)).isEqualTo("#note-1");   // 同上，第 9 页。
        assertThat(seeNote(article, 5)).isEqualTo("#note-4");   // Ibid.
        assertThat(seeNote(article, 6)).isEqualTo("#note-4");   // Ibid., p. 14.
        assertThat(seeNote(article, 8)).isEqualTo("#note-4");   // Hale-Wren, op. cit.
        assertThat(seeNote(article, 9)).isEqualTo("#note-7");   // 林知白：前引书
        assertThat(seeNote(article, 10)).isEqualTo("#note-7");  // 林知白：《磋商的惯性》 (short form)
        assertThat(article.select("#note-2 .note-see").text()).isEqualTo("见注 1");
        assertThat(article.select("#note-5 .note-see").text()).isEqualTo("see note 4");
        assertThat(article.select("#note-1 .note-see, #note-4 .note-see, #note-7 .note-see")).isEmpty();
        assertThat(page(HAIYAN).select("#note-2 .note-see").attr("href")).isEqualTo("#note-1");
    }

    private static String seeNote(Document article, int note) {
        return article.select("#note-" + note + " a.note-see").attr("href");
    }

    @Test
    void aNoteCitingAnArticleOfTheArchiveLinksToItAndTheArticleListsIt() throws IOException {
        Element cites = page(CONSENSUS).select("#note-1 a.note-archive").first();
        assertThat(target(cites)).isEqualTo(MULTIPOLARITY);
        List<String> citedIn = page(MULTIPOLARITY).select(".cited-in a").stream().map(ArchiveWebTest::target).toList();
        assertThat(citedIn).containsExactly(CONSENSUS + "#note-1");
        assertThat(page("en/" + MULTIPOLARITY).select(".cited-in a").stream().map(ArchiveWebTest::target).toList())
                .containsExactly(CONSENSUS + "#note-1");
        assertThat(target(page(HAIYAN).select("#note-1 a.note-archive").first())).isEqualTo(CONSENSUS);
        assertThat(page(CONSENSUS).select(".cited-in a").stream().map(ArchiveWebTest::target).toList())
                .containsExactly(HAIYAN + "#note-1");
    }

    @Test
    void eachArticleHasItsReferencesAsCslJson() throws IOException {
        Document article = page(CONSENSUS);
        String json = Files.readString(Editions.root(Editions.SAMPLE).resolve(target(article.select(".references-data a").first())));
        assertThat(json).contains("\"type\" : \"book\"", "\"publisher\" : \"观澜出版社\"", "\"container-title\" : \"观澜国际评论\"",
                "\"family\" : \"Hale-Wren\"", "\"date-parts\" : [ [ 2022 ] ]");
    }

    @Test
    void unresolvedShortCitationsAndLikelyDuplicateAuthorsAreWarnings(@TempDir Path dir) {
        TestSite site = new TestSite(dir)
                .file("content/tj/2024-04/second.md", TestSite.ARTICLE
                        .replace("测试文章", "第二篇").replace("A Test Article", "Second")
                        .replace("测试大学, en: Test University", "另一大学, en: Other University")
                        .replace("[^a]: 注释一。", "[^a]: 同上，第 3 页。"));
        BuildResult result = site.build();
        assertThat(result.succeeded()).isTrue();
        assertThat(TestSite.messages(result, dir)).anySatisfy(m -> assertThat(m)
                        .startsWith("content/tj/2024-04/second.md:18: warning: '同上，第 3 页' in note 1 points at no earlier citation"))
                .anySatisfy(m -> assertThat(m).contains("content/tj/2024-04/second.md:5: warning: author '王五' is printed with another affiliation than at first.md:5"));
        assertThat(result.summary().line()).contains("0 of 1 short citations linked (1 unresolved)");
    }

    @Test
    void aSharedNameWithAnotherAffiliationAndEnglishNameIsAnotherPersonAndAWarning(@TempDir Path dir) {
        TestSite site = new TestSite(dir)
                .file("content/tj/2024-04/second.md", TestSite.ARTICLE.replace("测试文章", "第二篇").replace("A Test Article", "Second")
                        .replace("{zh: 王五, en: Wang Wu}", "{zh: 王五, en: Wang Wu-Ling}")
                        .replace("测试大学, en: Test University", "另一大学, en: Other University"))
                .file("content/tj/2024-04/third.md", TestSite.ARTICLE.replace("测试文章", "第三篇").replace("A Test Article", "Third")
                        .replace("- name: {zh: 王五, en: Wang Wu}", "- name: {zh: 白一, en: Bai Yi}"));
        BuildResult result = site.build();
        assertThat(TestSite.messages(result, dir)).anySatisfy(m -> assertThat(m).startsWith(
                "content/tj/2024-04/second.md:5: warning: author '王五' has the name of the author at first.md:5 but another affiliation"));
        assertThat(site.read("people/wang-wu.html")).contains("first.html").doesNotContain("second.html");
        assertThat(site.read("people/wang-wu-2.html")).contains("second.html").doesNotContain("first.html");
        Document index = Jsoup.parse(site.read("people/index.html"));
        assertThat(index.select(".letter-nav a").eachText()).containsExactly("B", "W");
        assertThat(index.select(".index-list a").eachText()).containsExactly("白一", "王五", "王五");
    }

    @Test
    void notesCitingJoinedIssuesAndWebDocumentsBuildAndReachTheReferencesFile(@TempDir Path dir) throws IOException {
        TestSite site = new TestSite(dir)
                .file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("[^a]: 注释一。",
                        "[^a]: Anna Berg, “Rules at Sea,” Ocean Policy, Vol. 3, Nos. 2-3, 2020, pp. 5-9; "
                                + "《港口合作白皮书》，滨江政务网，2024 年 3 月 9 日，https://www.example.gov/paper.htm。"));
        BuildResult result = site.build();
        assertThat(result.succeeded()).as(TestSite.messages(result, dir).toString()).isTrue();
        String csl = site.read("tj/2024-04/first.csl.json");
        assertThat(csl).contains("\"issue\" : \"2-3\"", "\"type\" : \"webpage\"", "\"URL\" : \"https://www.example.gov/paper.htm\"",
                "\"container-title\" : \"滨江政务网\"");
        assertThat(csl.replaceAll("\\s+", "")).contains("\"date-parts\":[[2024,3,9]]");
    }
}
