package org.qikan.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.qikan.check.SampleSite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qikan.browser.ScreenshotTest.ARTICLE;
import static org.qikan.browser.ScreenshotTest.TOC;

/** With JavaScript off the edition still reads: note anchors and backlinks, the outline, the language links. */
@Tag("browser")
class WithoutJavaScriptTest {
    @RegisterExtension
    static final Browser browser = Browser.withoutJavaScript();

    @Test
    void javaScriptIsReallyOff() {
        browser.open(SampleSite.page(ARTICLE));
        assertThat(browser.find("html").getAttribute("class")).isNullOrEmpty();
        assertThat(browser.find("html").getAttribute("data-view")).isNull();
    }

    @Test
    void noteReferencesAndBacklinksAreAnchors() {
        browser.open(SampleSite.page(ARTICLE));
        browser.find("#note-ref-3").click();
        browser.waitUntil("at note 3", () -> browser.driver().getCurrentUrl().endsWith("#note-3"));
        assertThat(browser.findAll(".note-popover")).isEmpty();
        WebElement note = browser.find("#note-3");
        assertThat(inViewport(note)).isTrue();
        assertThat(note.getCssValue("background-color")).as(":target highlight").isNotEqualTo("rgba(0, 0, 0, 0)");
        note.findElement(org.openqa.selenium.By.cssSelector("a.note-backlink")).click();
        browser.waitUntil("back at the reference", () -> browser.driver().getCurrentUrl().endsWith("#note-ref-3"));
        assertThat(inViewport(browser.find("#note-ref-3"))).isTrue();
    }

    @Test
    void theOutlineIsOpenAndItsLinksJump() {
        browser.open(SampleSite.page(ARTICLE));
        assertThat(browser.find(".outline-details").getAttribute("open")).isNotNull();
        browser.find(".outline a[href='#s4']").click();
        browser.waitUntil("at section 4", () -> browser.driver().getCurrentUrl().endsWith("#s4"));
        assertThat(inViewport(browser.find("#s4"))).isTrue();
    }

    @Test
    void theTocShowsBothLanguagesAndTheSwitchIsPlainLinks() {
        browser.open(SampleSite.page(TOC));
        assertThat(browser.find(".toc-title.zh").isDisplayed()).isTrue();
        assertThat(browser.find(".toc-title.en").isDisplayed()).isTrue();
        assertThat(browser.find(".view-switch a[data-view='zh']").isDisplayed()).as("no in-place switch without script").isFalse();
        assertThat(browser.find(".view-switch a[aria-current]").getAttribute("data-view")).isEqualTo("bilingual");
        browser.find(".view-switch a[data-view='en']").click();
        browser.waitUntil("on the English TOC", () -> browser.driver().getCurrentUrl().contains("/en/guanlan-review/2025-01/index.html"));
        assertThat(browser.find("h1").getText()).isEqualTo("Vol. 12, No. 1, 2025 (Serial No. 67)");
    }

    @Test
    void theSkipLinkLeadsToTheMainContent() {
        browser.open(SampleSite.page(ARTICLE));
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        WebElement skip = browser.driver().switchTo().activeElement();
        assertThat(skip.getAttribute("class")).isEqualTo("skip-link");
        assertThat(inViewport(skip)).as("the skip link shows when focused").isTrue();
        skip.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitUntil("at main", () -> browser.driver().getCurrentUrl().endsWith("#main"));
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }

    private static boolean inViewport(WebElement element) {
        return (Boolean) browser.driver().executeScript("var r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= window.innerHeight;", element);
    }
}
