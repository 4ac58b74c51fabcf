package org.qikan.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.qikan.check.Editions;
import org.qikan.check.SampleSite;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screenshots of the main kinds of page at a phone (375 px) and a desktop (1280 px) width, light and
 * dark, saved under {@code target/screenshots/} for a person to review; and the responsive layout
 * checked on every page: nothing wider than a 360 px phone.
 */
@Tag("browser")
class ScreenshotTest {
    static final String HOME = "index.html";
    static final String ARCHIVE = "guanlan-review/index.html";
    static final String TOC = "guanlan-review/2025-01/index.html";
    static final String ARTICLE = "guanlan-review/2025-01/multipolarity-and-order.html";
    static final String SYMPOSIUM = "guanlan-review/2025-01/chip-supply-chain-symposium.html";
    static final String TOC_EN = "en/guanlan-review/2025-01/index.html";
    static final String ARTICLE_EN = "en/guanlan-review/2025-01/multipolarity-and-order.html";

    @RegisterExtension
    static final Browser browser = Browser.start();

    @Test
    void savesScreenshotsAtPhoneAndDesktopWidths() throws Exception {
        String[][] pages = {{"home", HOME}, {"archive", ARCHIVE}, {"toc", TOC}, {"article", ARTICLE},
                {"symposium", SYMPOSIUM}, {"toc-en", TOC_EN}, {"article-en", ARTICLE_EN}};
        for (int width : new int[] {375, 1280}) {
            browser.viewport(width, width < 600 ? 812 : 900);
            for (String[] page : pages) {
                browser.open(SampleSite.page(page[1]));
                assertThat(browser.screenshot(page[0] + "-" + width)).isNotEmptyFile();
            }
            browser.open(SampleSite.page(ARTICLE));
            browser.find("#note-ref-3").click();
            browser.waitUntil("popover open", () -> !browser.findAll(".note-popover").isEmpty());
            assertThat(browser.viewportScreenshot("article-note-open-" + width)).isNotEmptyFile();
        }
        browser.emulate("dark", "screen");
        try {
            for (int width : new int[] {375, 1280}) {
                browser.viewport(width, width < 600 ? 812 : 900);
                browser.open(SampleSite.page(ARTICLE));
                assertThat(browser.viewportScreenshot("article-dark-" + width)).isNotEmptyFile();
                browser.open(SampleSite.page(TOC));
                assertThat(browser.viewportScreenshot("toc-dark-" + width)).isNotEmptyFile();
            }
        } finally {
            browser.emulate("light", "screen");
        }
        assertThat(Files.list(Browser.SCREENSHOTS).count()).isGreaterThanOrEqualTo(2L * pages.length + 2);
    }

    @Test
    void savesScreenshotsOfTheImportedCorpusEdition() throws Exception {
        java.nio.file.Path corpus = Editions.root(Editions.CORPUS);
        List<String> pages = Editions.pages(Editions.CORPUS);
        String toc = pages.stream().filter(p -> !p.startsWith("en/") && p.split("/").length == 3 && p.endsWith("/index.html"))
                .findFirst().orElseThrow();
        String longest = pages.stream().filter(p -> !p.startsWith("en/") && !p.endsWith("index.html"))
                .max(java.util.Comparator.comparingLong((String p) -> corpus.resolve(p).toFile().length()).thenComparing(p -> p))
                .orElseThrow();
        for (int width : new int[] {375, 1280}) {
            browser.viewport(width, width < 600 ? 812 : 900);
            browser.open(corpus.resolve(toc));
            assertThat(browser.screenshot("corpus-toc-" + width)).isNotEmptyFile();
            browser.open(corpus.resolve(longest));
            assertThat(browser.viewportScreenshot("corpus-article-" + width)).isNotEmptyFile();
            browser.js("document.querySelector('.article-body').scrollIntoView()");
            assertThat(browser.viewportScreenshot("corpus-article-body-" + width)).isNotEmptyFile();
        }
    }

    @Test
    void noPageIsWiderThanAPhone() {
        browser.viewport(360, 740);
        List<String> tooWide = new ArrayList<>();
        for (String edition : List.of(Editions.SAMPLE, Editions.CORPUS)) {
          for (String page : Editions.pages(edition)) {
            browser.open(Editions.root(edition).resolve(page));
            long overflow = (Long) browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            if (overflow > 0) {
                tooWide.add(page + " (" + overflow + " px too wide: " + browser.js(
                        "var w = document.documentElement.clientWidth, out = [];"
                                + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                                + " if (r.right > w + 1 && out.length < 5) out.push(e.tagName + '.' + e.className); });"
                                + "return out.join(', ');") + ")");
            }
          }
        }
        assertThat(tooWide).isEmpty();
    }
}
