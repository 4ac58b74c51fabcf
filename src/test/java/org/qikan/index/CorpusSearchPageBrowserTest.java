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

    /** The English search page answers in English: English title, names and snippet, and a link to the English page. */
    @Test
    void englishSearchShowsEnglishCardsLinkingToEnglishPages() {
        List<String> titles = search("en/search.html", "Zhao Minghao");
        assertThat(titles.get(0)).startsWith("US Chip Containment");
        assertThat(cardText(0, ".result-authors")).contains("ZHAO Minghao").doesNotContain("赵明昊");
        assertThat(browser.js("return document.querySelector('.result-title a').getAttribute('href')")).asString()
                .startsWith("../en/guoji-wenti-yanjiu/");
        assertThat(browser.js("return document.querySelector('.result-snippet').lang")).isEqualTo("en");
        assertThat(status()).isEqualTo("1 article contains “Zhao Minghao”.");
    }

    /** "Farrell" stands only in a note of one article: the card says so, quotes the note and links to it. */
    @Test
    void aNoteOnlyHitSaysSoAndLinksToTheNote() {
        assertThat(search("search.html", "Farrell")).hasSize(1);
        assertThat(cardText(0, ".result-where")).startsWith("注释 ").contains("仅见于注释");
        assertThat(cardText(0, ".result-snippet")).contains("Farrell");
        String href = String.valueOf(browser.js("return document.querySelector('.result-title a').getAttribute('href')"));
        assertThat(href).matches(".*\\.html#note-\\d+");
        String noteId = href.substring(href.indexOf('#') + 1);
        browser.driver().get(site.resolve(href.replace("../", "").replaceAll("#.*", "")).toUri() + "#" + noteId);
        assertThat(browser.find("#" + noteId).getText()).contains("Farrell");
    }

    /** Quoted, only articles with the phrase; typed as two words, those with the phrase first. */
    @Test
    void quotedPhrasesShowOnlyArticlesWithThePhraseAndTypedWordsRankItFirst() throws Exception {
        java.util.regex.Pattern phrase = java.util.regex.Pattern.compile("(?i)\\bglobal[\\s-]+south\\b");
        List<String> withPhrase = CorpusSearch.get().docs().stream()
                .filter(d -> java.util.Arrays.stream(SearchField.values()).anyMatch(f -> phrase.matcher(f.textOf(d)).find()))
                .map(d -> d.title().zh()).toList();
        List<String> quoted = search("search.html", "\"Global South\"");
        Thread.sleep(500);
        quoted = titles();
        assertThat(withPhrase).isNotEmpty();
        assertThat(quoted).hasSameSizeAs(withPhrase);
        quoted.forEach(t -> assertThat(withPhrase).anyMatch(t::startsWith));
        List<String> typed = search("search.html", "Global South");
        assertThat(typed.size()).isGreaterThan(quoted.size());
        for (int i = 0; i < typed.size(); i++) {
            String title = typed.get(i);
            boolean has = withPhrase.stream().anyMatch(title::startsWith);
            assertThat(has).as("result %d (%s): the phrase hits come first", i, title).isEqualTo(i < withPhrase.size());
        }
    }

    /** DOI, CLC number and article number, typed whole, find the articles that carry them and no other. */
    @Test
    void identifiersFindTheirArticles() throws Exception {
        List<SearchDocument> docs = CorpusSearch.get().docs();
        int checked = 0;
        for (SearchDocument doc : docs.subList(0, 6)) {
            for (String id : doc.identifiers()) {
                if (id.contains(" ")) {
                    continue; // "D871.21 K901.4": two numbers, each found on its own
                }
                List<String> expected = docs.stream().filter(d -> d.identifiers().stream()
                        .anyMatch(i -> TextNormalizer.normalize(i).contains(TextNormalizer.normalize(id)))).map(d -> d.title().zh()).toList();
                List<String> titles = search("search.html", id);
                assertThat(titles).as(id).hasSameSizeAs(expected);
                titles.forEach(t -> assertThat(expected).as(id).anyMatch(t::startsWith));
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }

    private static String cardText(int card, String css) {
        return String.valueOf(browser.js("var e = document.querySelectorAll('[data-search-results] > li')[arguments[0]].querySelector(arguments[1]);"
                + "return e ? e.textContent : ''", card, css));
    }

    private static List<String> search(String page, String query) {
        browser.driver().get(site.resolve(page).toUri() + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return awaitTitles();
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
