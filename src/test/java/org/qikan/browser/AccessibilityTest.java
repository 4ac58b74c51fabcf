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
import static org.qikan.browser.ScreenshotTest.ARTICLE;
import static org.qikan.browser.ScreenshotTest.TOC;

/**
 * Quality gate: axe-core (the version scripts/test-deps.sh pins, from npm) in headless Chromium finds no serious or
 * critical violation on any page of the sample and the imported corpus editions (home, archive, TOC, articles, issue pages,
 * English views), nor in the states the script creates: a note popover open, the TOC switched to
 * English, dark mode, a phone-width viewport.
 */
@Tag("browser")
class AccessibilityTest {
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
