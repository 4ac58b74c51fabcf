package org.qikan.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The imported corpus edition, built with search and opened from file:// in headless Chromium: a
 * reader types into the search box of the home page and gets the right articles.
 */
class CorpusSearchPageBrowserTest {
    private static final String RESULT_TITLES = "return Array.from(document.querySelectorAll('[data-search-results] .result-title'))"
            + ".map(e => e.textContent)";

    @TempDir
    static Path tmp;
    static Path site;
    static WebDriver browser;

    @BeforeAll
    static void buildAndOpen() throws Exception {
        assumeTrue(CorpusDocuments.available(), "corpus at ../shared/corpus");
        assumeTrue(Files.isExecutable(Path.of(WebDriver.CHROMEDRIVER)), "chromedriver at " + WebDriver.CHROMEDRIVER);
        site = SampleSearchSite.build(CorpusDocuments.importEdition(tmp), tmp.resolve("site"));
        browser = WebDriver.start();
    }

    @AfterAll
    static void close() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void typingChipsInTheSearchBoxListsTheChipArticleFirst() throws Exception {
        browser.open(site.resolve("index.html").toUri().toString());
        browser.type("#site-search-q", "芯片" + WebDriver.ENTER);
        List<String> titles = texts(browser.await(RESULT_TITLES));
        assertThat(titles).isNotEmpty();
        assertThat(titles.get(0)).contains("芯片");
        JsonNode location = browser.script("return location.protocol + ' ' + document.querySelector('[data-search-status]').textContent");
        assertThat(location.asText()).startsWith("file: ").contains("芯片");
    }

    @Test
    void traditionalFormFindsWhatSimplifiedFinds() throws Exception {
        assertThat(search("國際關係")).isNotEmpty().isEqualTo(search("国际关系"));
        assertThat(search("地緣技術")).first().asString().contains("地缘技术");
    }

    @Test
    void authorNameFindsTheAuthorsArticle() throws Exception {
        assertThat(search("赵明昊")).first().asString().contains("芯片");
        assertThat(search("杨洁勉")).first().asString().contains("大国关系");
    }

    @Test
    void englishKeywordFindsItsArticle() throws Exception {
        List<String> titles = search("Cognitive Warfare");
        assertThat(titles).isNotEmpty();
        assertThat(titles.get(0)).contains("虚假信息");
    }

    @Test
    void pairsThatNeverOccurTogetherFindNothing() throws Exception {
        browser.open(site.resolve("search.html").toUri() + "?q=" + URLEncoder.encode("片芯", StandardCharsets.UTF_8));
        JsonNode status = browser.await("const s = document.querySelector('[data-search-status]').textContent;"
                + " return s.indexOf('片芯') >= 0 ? [s] : []");
        assertThat(status.get(0).asText()).contains("没有找到");
        assertThat(texts(browser.script(RESULT_TITLES))).isEmpty();
    }

    /** lunr finds 7 articles with 中国, 国外 and 外交; only 3 say 中国外交, and only those are shown and counted. */
    @Test
    void everyShownResultContainsTheQueryAsTyped() throws Exception {
        search("中国外交");
        Thread.sleep(500);
        JsonNode cards = browser.script("return Array.from(document.querySelectorAll('[data-search-results] > li'))"
                + ".map(li => Array.from(li.querySelectorAll('mark')).map(m => m.textContent).join('|'))");
        assertThat(cards).isNotEmpty();
        cards.forEach(card -> assertThat(card.asText()).contains("中国外交"));
        assertThat(browser.script("return document.querySelector('[data-search-status]').textContent").asText())
                .contains("找到 " + cards.size() + " 篇");
    }

    private static List<String> search(String query) throws Exception {
        browser.open(site.resolve("search.html").toUri() + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return texts(browser.await(RESULT_TITLES));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
