package org.qikan.index;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search page of the sample edition in headless Chromium, opened from file://. */
@Tag("browser")
class SearchPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void buildSite() throws Exception {
        assertThat(CHROMIUM).as("headless Chromium: run scripts/test-deps.sh").isExecutable();
        site = SampleSearchSite.build(tmp.resolve("site"));
    }

    @Test
    void chineseQueryFromFileUrlListsChipArticlesBestFirst() throws Exception {
        Document page = open("search.html?q=" + java.net.URLEncoder.encode("芯片", StandardCharsets.UTF_8));
        var results = page.select("[data-search-results] > li");
        assertThat(results).isNotEmpty();
        Element first = results.first();
        assertThat(first.selectFirst(".result-title").text()).contains("芯片");
        assertThat(first.select("mark").eachText()).contains("芯片");
        assertThat(first.selectFirst(".result-title a").attr("href")).startsWith("guanlan-review/");
        assertThat(page.selectFirst("[data-search-status]").text()).contains("芯片");
    }

    @Test
    void traditionalFormFindsTheSameArticles() throws Exception {
        Document simplified = open("search.html?q=" + java.net.URLEncoder.encode("供应链", StandardCharsets.UTF_8));
        Document traditional = open("search.html?q=" + java.net.URLEncoder.encode("供應鏈", StandardCharsets.UTF_8));
        assertThat(titles(traditional)).isNotEmpty().isEqualTo(titles(simplified));
    }

    @Test
    void bodyMatchLinksToTheNearestHeading() throws Exception {
        Document page = open(search("商业秘密"));
        var results = page.select("[data-search-results] > li");
        assertThat(results).hasSize(1);
        assertThat(results.first().selectFirst(".result-title a").attr("href"))
                .isEqualTo("guanlan-review/2025-02/digital-trade-rules.html#s2-3");
        assertThat(results.first().selectFirst(".result-snippet mark").text()).isEqualTo("商业秘密");
    }

    @Test
    void englishKeywordAndAuthorNameFindTheirArticle() throws Exception {
        assertThat(titles(open(search("cross-border data flows")))).first().asString().contains("数字贸易");
        assertThat(titles(open(search("白露晞")))).first().asString().contains("数字贸易");
        assertThat(titles(open(search("Bai Luxi")))).first().asString().contains("数字贸易");
    }

    @Test
    void filtersNarrowResultsToAYear() throws Exception {
        Document all = open(search("合作"));
        Document in2025 = open(search("合作") + "&year=2025");
        Document in1999 = open(search("合作") + "&year=1999");
        assertThat(titles(all)).isNotEmpty().isEqualTo(titles(in2025));
        assertThat(titles(in1999)).isEmpty();
        assertThat(all.select("[data-filter=journal] option").eachText()).anyMatch(o -> o.startsWith("观澜国际评论"));
    }

    private static String search(String query) {
        return "search.html?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static java.util.List<String> titles(Document page) {
        return page.select("[data-search-results] .result-title").eachText();
    }

    /** Loads a page of the site in headless Chromium and returns the DOM once its scripts have run. */
    static Document open(String pathAndQuery) throws Exception {
        String url = site.toUri() + pathAndQuery;
        Path dom = Files.createTempFile(tmp, "dom", ".html");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--allow-file-access-from-files", "--virtual-time-budget=5000", "--dump-dom", url)
                .redirectOutput(dom.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(chromium.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return Jsoup.parse(Files.readString(dom), url);
    }
}
