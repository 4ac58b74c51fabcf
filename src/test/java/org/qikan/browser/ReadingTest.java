package org.qikan.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.qikan.check.Editions;
import org.qikan.check.SampleSite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qikan.browser.ScreenshotTest.ARTICLE;
import static org.qikan.browser.ScreenshotTest.TOC;

/**
 * Reading as people do: in English only (the in-place English view and every English page show no
 * Chinese that is not marked as Chinese), on a phone (abstracts folded, one search box, filters that
 * fit), and on paper (abstracts whole, each address printed once).
 */
@Tag("browser")
class ReadingTest {
    @RegisterExtension
    static final Browser browser = Browser.start();

    /** Visible text with Chinese characters whose nearest lang is not Chinese: text an English reader meets unannounced. */
    private static final String UNMARKED_CHINESE = """
            var out = [];
            var walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (var t = walk.nextNode(); t; t = walk.nextNode()) {
              if (!/[\\u3400-\\u9fff]/.test(t.data)) continue;
              var e = t.parentElement;
              if (!e.checkVisibility({visibilityProperty: true}) || e.closest('.visually-hidden')) continue;
              var marked = e.closest('[lang]');
              if (!marked || marked.lang.indexOf('zh') !== 0) out.push(t.data.trim().slice(0, 40) + ' in ' + e.tagName + '.' + e.className);
            }
            return out;""";

    @AfterEach
    void reset() {
        browser.js("localStorage.clear()");
        browser.viewport(1280, 900);
        browser.emulate("light", "screen");
    }

    @Test
    void theInPlaceEnglishViewIsEnglishFromHeaderToFooter() {
        browser.open(SampleSite.page(TOC));
        browser.find(".view-switch a[data-view='en']").click();
        assertThat(browser.find(".site-search button").getText()).isEqualTo("Search");
        assertThat(browser.find("#site-search-q").getAttribute("placeholder")).isEqualTo("Search all issues");
        assertThat(browser.find(".breadcrumbs li:first-child").getText()).isEqualTo("Home");
        assertThat(browser.find(".site-footer").getText()).contains("Back to top").doesNotContain("回到顶部");
        assertThat(browser.find(".issue-pages h2").getText()).isEqualTo("Also in this issue");
        assertThat(unmarkedChinese()).isEmpty();
        browser.find(".view-switch a[data-view='zh']").click();
        assertThat(browser.find(".site-search button").getText()).isEqualTo("搜索");
        assertThat(browser.find("#site-search-q").getAttribute("placeholder")).contains("搜索");
    }

    /** Every English page of both editions, as rendered: Chinese shows only where it is marked as Chinese. */
    @Test
    void everyEnglishPageShowsOnlyMarkedChinese() {
        for (String edition : List.of(Editions.SAMPLE, Editions.CORPUS)) {
            for (String page : Editions.pages(edition)) {
                if (page.startsWith("en/") && !page.endsWith("search.html")) {
                    browser.open(Editions.root(edition).resolve(page));
                    assertThat(unmarkedChinese()).as(edition + " " + page).isEmpty();
                }
            }
        }
        for (String query : List.of("Zhao+Minghao", "Farrell", "Global+South", "%22Global+South%22")) {
            browser.driver().get(Editions.root(Editions.CORPUS).resolve("en/search.html").toUri() + "?q=" + query);
            browser.waitUntil("results for " + query, () -> !browser.findAll(".search-result a").isEmpty());
            assertThat(unmarkedChinese()).as("English search for " + query).isEmpty();
        }
    }

    @Test
    void onAPhoneTheAbstractsFoldAndTheTextStartsSooner() {
        browser.viewport(390, 844);
        browser.open(SampleSite.page(ARTICLE));
        assertThat(browser.js("return Array.from(document.querySelectorAll('details.fold')).map(d => d.open)")).asList()
                .isNotEmpty().allMatch(open -> open.equals(false));
        double bodyTop = ((Number) browser.js("return document.querySelector('.article-body').getBoundingClientRect().top")).doubleValue();
        assertThat(bodyTop).as("the text starts within two screens").isLessThan(2 * 844);
        browser.find("details.fold summary").click();
        assertThat(browser.js("return document.querySelector('details.fold').open")).isEqualTo(true);
        assertThat(browser.js("return document.documentElement.scrollWidth")).asString().isEqualTo("390");

        browser.viewport(1280, 900);
        browser.open(SampleSite.page(ARTICLE));
        assertThat(browser.js("return Array.from(document.querySelectorAll('details.fold')).every(d => d.open)")).isEqualTo(true);
        assertThat(browser.js("return getComputedStyle(document.querySelector('details.fold summary')).display")).isEqualTo("none");
    }

    @Test
    void theSearchPageHasOneSearchBoxAndFiltersThatFit360Pixels() {
        browser.viewport(360, 740);
        browser.driver().get(SampleSite.page("search.html").toUri() + "?q=%E5%90%88%E4%BD%9C");
        browser.waitUntil("results", () -> !browser.findAll(".search-result a").isEmpty());
        assertThat(browser.findAll("input[type=search]")).hasSize(1);
        assertThat(browser.findAll("[role=search], search")).hasSize(1);
        assertThat(browser.js("return document.documentElement.scrollWidth")).asString().isEqualTo("360");
        Number right = (Number) browser.js("return Math.max.apply(null, Array.from(document.querySelectorAll('.search-filters select'))"
                + ".map(s => s.getBoundingClientRect().right))");
        assertThat(right.doubleValue()).isLessThanOrEqualTo(360);
    }

    @Test
    void inPrintAbstractsAreWholeAndAnAddressPrintsOnce() {
        browser.viewport(390, 844);
        browser.open(SampleSite.page(ARTICLE));
        browser.emulate("light", "print");
        assertThat(browser.js("return document.querySelector('details.fold p').getBoundingClientRect().height")).asString().isNotEqualTo("0");
        String page = Editions.pages(Editions.CORPUS).stream().filter(p -> contains(p, "bare-url")).findFirst().orElseThrow();
        browser.emulate("light", "screen");
        browser.open(Editions.root(Editions.CORPUS).resolve(page));
        browser.emulate("light", "print");
        assertThat(browser.js("return getComputedStyle(document.querySelector('.notes a.bare-url'), '::after').content")).isEqualTo("none");
        assertThat(browser.js("var a = document.querySelector('.notes a.external:not(.bare-url)');"
                + "return a ? getComputedStyle(a, '::after').content : 'none (no such link)'")).asString().doesNotContain("bare");
    }

    private static boolean contains(String page, String text) {
        try {
            return Files.readString(Editions.root(Editions.CORPUS).resolve(page)).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> unmarkedChinese() {
        return (List<String>) browser.js(UNMARKED_CHINESE);
    }
}
