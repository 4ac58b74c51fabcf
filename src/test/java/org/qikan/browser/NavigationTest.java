package org.qikan.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.qikan.check.SampleSite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qikan.browser.ScreenshotTest.ARTICLE;
import static org.qikan.browser.ScreenshotTest.SYMPOSIUM;

/**
 * Finding one's way in an article: the outline (beside the text and sticky on a wide screen, folded
 * on a phone, operable by keyboard, marking the section being read), back to top, and a visible focus.
 */
@Tag("browser")
class NavigationTest {
    @RegisterExtension
    static final Browser browser = Browser.start();

    @Test
    void onAWideScreenTheOutlineSitsBesideTheTextAndStaysInView() {
        browser.viewport(1280, 900);
        browser.open(SampleSite.page(ARTICLE));
        WebElement outline = browser.find(".outline");
        WebElement body = browser.find(".article-body");
        assertThat(browser.find(".outline-details").getAttribute("open")).isNotNull();
        assertThat(outline.getRect().getX() + outline.getRect().getWidth()).isLessThan(body.getRect().getX());
        browser.js("document.getElementById('s4').scrollIntoView()");
        browser.waitUntil("outline marks section 4", () -> "#s4".equals(browser.js(
                "var a = document.querySelector('.outline a[aria-current]'); return a && a.getAttribute('href');")));
        assertThat((Boolean) browser.js("var r = document.querySelector('.outline').getBoundingClientRect(); return r.top >= 0 && r.top < 40;"))
                .as("sticky outline").isTrue();
    }

    @Test
    void onAPhoneTheOutlineIsFoldedAndOpensByKeyboard() {
        browser.viewport(375, 812);
        browser.open(SampleSite.page(ARTICLE));
        WebElement summary = browser.find(".outline summary");
        assertThat(browser.find(".outline-details").getAttribute("open")).isNull();
        assertThat(browser.find(".outline a[href='#s1']").isDisplayed()).isFalse();
        browser.js("arguments[0].focus()", summary);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(browser.find(".outline a[href='#s1']").isDisplayed()).isTrue();
        new Actions(browser.driver()).sendKeys(Keys.TAB, Keys.ENTER).perform();
        browser.waitUntil("jumped to section 1", () -> browser.driver().getCurrentUrl().endsWith("#s1"));
        browser.viewport(1280, 900);
    }

    @Test
    void aSymposiumOutlineGroupsHeadingsUnderEachPiece() {
        browser.viewport(1280, 900);
        browser.open(SampleSite.page(SYMPOSIUM));
        assertThat(browser.findAll(".outline li.outline-level-1")).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(li -> assertThat(li.findElement(org.openqa.selenium.By.tagName("a")).getAttribute("href")).contains("#piece-"));
    }

    @Test
    void backToTopAppearsAfterScrollingAndReturnsToTheContent() {
        browser.viewport(1280, 900);
        browser.open(SampleSite.page(ARTICLE));
        WebElement button = browser.find(".back-to-top");
        assertThat(button.isDisplayed()).isFalse();
        browser.js("window.scrollTo(0, document.body.scrollHeight)");
        browser.waitUntil("back-to-top shown", button::isDisplayed);
        button.click();
        browser.waitUntil("at the top", () -> ((Number) browser.js("return window.scrollY")).intValue() < 200);
        browser.waitUntil("focus on the main content", () -> browser.focused().equals("main#main"));
    }

    @Test
    void theKeyboardFocusIsVisible() {
        browser.viewport(1280, 900);
        browser.open(SampleSite.page(ARTICLE));
        Actions keys = new Actions(browser.driver());
        for (int i = 0; i < 6; i++) {
            keys.sendKeys(Keys.TAB).perform();
            String style = (String) browser.js("var s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;");
            assertThat(style).as(browser.focused()).doesNotStartWith("none").doesNotEndWith(" 0px");
        }
    }
}
