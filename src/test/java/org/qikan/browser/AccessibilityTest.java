package org.qikan.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qikan.check.Editions;
import org.qikan.check.SampleSite;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qikan.browser.ScreenshotTest.ARCHIVE;
import static org.qikan.browser.ScreenshotTest.ARTICLE;
import static org.qikan.browser.ScreenshotTest.ARTICLE_EN;
import static org.qikan.browser.ScreenshotTest.HOME;
import static org.qikan.browser.ScreenshotTest.SYMPOSIUM;
import static org.qikan.browser.ScreenshotTest.TOC;
import static org.qikan.browser.ScreenshotTest.TOC_EN;

/**
 * Quality gate: axe-core (the version scripts/test-deps.sh pins, from npm) in headless Chromium finds no serious or
 * critical violation on any page of the sample and the imported corpus editions (home, archive, TOC, articles, issue pages,
 * English views), nor in the states the script creates: a note popover open, the TOC switched to
 * English, dark mode, a phone-width viewport.
 */
@Tag("browser")
class AccessibilityTest {
    static final String ISSUE_PAGE = "guanlan-review/2025-01/editors-note.html";
    static final String SEARCH = "search.html";
    @RegisterExtension
    static final Browser browser = Browser.start();

    @ParameterizedTest(name = "{0} edition")
    @ValueSource(strings = {Editions.SAMPLE, Editions.CORPUS})
    void noPageHasSeriousOrCriticalViolations(String edition) {
        List<String> found = new ArrayList<>();
        int minor = 0;
        List<String> pages = Editions.pages(edition);
        for (String page : pages) {
            browser.open(Editions.root(edition).resolve(page));
            for (Browser.AxeViolation v : browser.axe()) {
                if (v.seriousOrCritical()) {
                    found.add(page + ": " + v);
                } else {
                    minor++;
                    System.out.println("axe (not failing): " + page + ": " + v);
                }
            }
        }
        assertThat(found).isEmpty();
        System.out.printf("axe-core (%s edition): %d pages, 0 serious or critical violations (%d moderate or minor)%n", edition, pages.size(), minor);
    }

    /**
     * Every kind of page (home, archive, TOC, article, symposium, issue page, search with results; the
     * Chinese pages and their English views under en/), light and dark, at 390 and 1280 px; the Chinese
     * TOC and archive in each in-place view (中文 / English / 双语), each Chinese article with a note open.
     */
    @Test
    void everyPageKindInEveryStateIsAccessible() {
        List<String> kinds = List.of(HOME, ARCHIVE, TOC, ARTICLE, SYMPOSIUM, ISSUE_PAGE, SEARCH,
                "en/" + HOME, "en/" + ARCHIVE, TOC_EN, ARTICLE_EN, "en/" + SYMPOSIUM, "en/" + ISSUE_PAGE, "en/" + SEARCH);
        List<String> found = new ArrayList<>();
        int checked = 0;
        try {
            for (String scheme : List.of("light", "dark")) {
                for (int width : List.of(390, 1280)) {
                    browser.emulate(scheme, "screen");
                    browser.viewport(width, 900);
                    for (String page : kinds) {
                        String state = page + " (" + scheme + ", " + width + " px";
                        for (String view : inPlaceViews(page)) {
                            openIn(page, view);
                            found.addAll(seriousIn(state + (view.isEmpty() ? "" : ", view " + view) + ")"));
                            checked++;
                        }
                        if (page.equals(ARTICLE) || page.equals(SYMPOSIUM)) {
                            openIn(page, "");
                            browser.js("document.querySelector('a[role=doc-noteref]').click()");
                            browser.waitUntil("note open", () -> !browser.findAll(".note-popover").isEmpty());
                            found.addAll(seriousIn(state + ", note open)"));
                            checked++;
                        }
                    }
                }
            }
        } finally {
            browser.emulate("light", "screen");
            browser.viewport(1280, 900);
            browser.js("localStorage.clear()");
        }
        assertThat(found).isEmpty();
        System.out.printf("axe-core %s: %d page states, 0 serious or critical violations%n", Browser.AXE_VERSION, checked);
    }

    /** The in-place views a Chinese TOC or archive page offers; one (the page as it opens) elsewhere. */
    private static List<String> inPlaceViews(String page) {
        return page.equals(TOC) || page.equals(ARCHIVE) ? List.of("zh", "en", "bilingual") : List.of("");
    }

    private static void openIn(String page, String view) {
        if (page.endsWith(SEARCH)) {
            browser.driver().get(SampleSite.page(page).toUri() + "?q=" + (page.startsWith("en/") ? "Bai+Luxi" : "%E5%A4%9A%E6%9E%81%E5%8C%96"));
            browser.waitUntil("search results", () -> !browser.findAll(".search-result a").isEmpty());
            return;
        }
        browser.open(SampleSite.page(page));
        if (!view.isEmpty()) {
            browser.js("localStorage.setItem('qikan.view', arguments[0])", view);
            browser.open(SampleSite.page(page));
        }
    }

    private static List<String> seriousIn(String state) {
        return serious().stream().map(v -> state + ": " + v).toList();
    }

    @Test
    void anOpenNotePopoverIsAccessible() {
        browser.open(SampleSite.page(ARTICLE));
        browser.find("#note-ref-2").click();
        browser.waitUntil("popover open", () -> !browser.findAll(".note-popover").isEmpty());
        assertThat(serious()).isEmpty();
    }

    @Test
    void everyLanguageViewOfTheTocIsAccessible() {
        for (String view : List.of("zh", "en", "bilingual")) {
            browser.open(SampleSite.page(TOC));
            browser.find(".view-switch a[data-view='" + view + "']").click();
            assertThat(serious()).as(view).isEmpty();
        }
    }

    @Test
    void darkModeAndPhoneWidthAreAccessible() {
        browser.emulate("dark", "screen");
        browser.viewport(375, 812);
        try {
            for (String page : List.of("index.html", TOC, ARTICLE, "en/" + TOC)) {
                browser.open(SampleSite.page(page));
                assertThat(serious()).as(page).isEmpty();
            }
        } finally {
            browser.emulate("light", "screen");
            browser.viewport(1280, 900);
        }
    }

    @Test
    void theGateSeesAViolationWhenThereIsOne() {
        browser.open(SampleSite.page(ARTICLE));
        browser.js("var img = document.createElement('img'); img.src = '../../guanlan-review/logo.svg';"
                + "document.querySelector('.article-body').appendChild(img);");
        assertThat(serious()).extracting(Browser.AxeViolation::rule).contains("image-alt");
    }

    private static List<Browser.AxeViolation> serious() {
        return browser.axe().stream().filter(Browser.AxeViolation::seriousOrCritical).toList();
    }
}
