package org.qikan.index;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.qikan.browser.Browser;

/**
 * The imported corpus edition, built with search and opened from file:// in headless Chromium: a
 * reader types into the search box of the home page and gets the right articles.
 */
@Tag("browser")
class CorpusSearchPageBrowserTest {
    private static final String RESULT_TITLES = "return Array.from(document.querySelectorAll('[data-search-results] .result-title'))"
            + ".map(e => e.textContent)";

    @TempDir
    static Path tmp;
    static Path site;
    @RegisterExtension
    static final Browser browser = Browser.start();

    @BeforeAll
    static void buildAndOpen() throws Exception {
        assertThat(CorpusDocuments.available()).as("the corpus at ../shared/corpus").isTrue();
        site = SampleSearchSite.build(CorpusDocuments.importEdition(tmp), tmp.resolve("site"));
    }

    @Test
    void typingChipsInTheSearchBoxListsTheChipArticleFirst() throws Exception {
        browser.open(site.resolve("index.html"));
        browser.find("#site-search-q").sendKeys("芯片" + Keys.ENTER);
        List<String> titles = awaitTitles();
        assertThat(titles.get(0)).contains("芯片");
        Object location = browser.js("return location.protocol + ' ' + document.querySelector('[data-search-status]').textContent");
        assertThat(location.toString()).startsWith("file: ").contains("芯片");
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
        browser.driver().get(site.resolve("search.html").toUri() + "?q=" + URLEncoder.encode("片芯", StandardCharsets.UTF_8));
        browser.waitUntil("the status names the query", () -> status().contains("片芯"));
        assertThat(status()).contains("没有找到");
        assertThat(titles()).isEmpty();
    }

    /** lunr finds 7 articles with 中国, 国外 and 外交; only 3 say 中国外交, and only those are shown and counted. */
    @Test
    void everyShownResultContainsTheQueryAsTyped() throws Exception {
        search("中国外交");
        Thread.sleep(500);
        List<?> cards = (List<?>) browser.js("return Array.from(document.querySelectorAll('[data-search-results] > li'))"
                + ".map(li => Array.from(li.querySelectorAll('mark')).map(m => m.textContent).join('|'))");
        assertThat(cards).isNotEmpty();
        cards.forEach(card -> assertThat(card.toString()).contains("中国外交"));
        assertThat(status()).contains("找到 " + cards.size() + " 篇");
    }

    private static List<String> search(String query) {
        browser.driver().get(site.resolve("search.html").toUri() + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return awaitTitles();
    }

    private static List<String> awaitTitles() {
        browser.waitUntil("search results", () -> !titles().isEmpty());
        return titles();
    }

    private static List<String> titles() {
        return ((List<?>) browser.js(RESULT_TITLES)).stream().map(Object::toString).toList();
    }

    private static String status() {
        return String.valueOf(browser.js("return document.querySelector('[data-search-status]').textContent"));
    }
}
