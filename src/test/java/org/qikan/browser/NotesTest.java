package org.qikan.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.qikan.check.SampleSite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qikan.browser.ScreenshotTest.ARTICLE;

/**
 * Notes while reading, in a real browser from {@code file://}: a note reference opens its note in a
 * popover that takes focus; Escape, the close button and the popover's back link return focus to the
 * reference; the endnotes' own backlinks lead back to each reference (a and b for a note cited twice);
 * all of it by keyboard as well as by mouse.
 */
@Tag("browser")
class NotesTest {
    @RegisterExtension
    static final Browser browser = Browser.start();

    @BeforeEach
    void openArticle() {
        browser.viewport(1280, 900);
        browser.open(SampleSite.page(ARTICLE));
    }

    @Test
    void clickingANoteReferenceShowsTheNoteAndMovesFocusToIt() {
        browser.find("#note-ref-2").click();
        WebElement popover = waitForPopover();
        assertThat(popover.isDisplayed()).isTrue();
        assertThat(popover.getAttribute("role")).isEqualTo("dialog");
        assertThat(popover.getText()).contains("注释 2").contains("Transitions Without Order");
        assertThat(browser.focused()).startsWith("div#note-popover");
        assertThat(browser.find("#note-ref-2").getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(inViewport(popover)).as("the popover is on screen").isTrue();
        assertThat(browser.driver().getCurrentUrl()).as("no jump to the endnotes").doesNotContain("#");
    }

    @Test
    void escapeClosesThePopoverAndReturnsFocusToTheReference() {
        browser.find("#note-ref-3").click();
        waitForPopover();
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        assertThat(browser.findAll(".note-popover")).isEmpty();
        assertThat(browser.focused()).isEqualTo("a#note-ref-3");
    }

    @Test
    void thePopoversBackLinkReturnsToTheReference() {
        browser.find("#note-ref-4").click();
        waitForPopover();
        browser.find(".note-popover-back").click();
        assertThat(browser.findAll(".note-popover")).isEmpty();
        assertThat(browser.focused()).isEqualTo("a#note-ref-4");
    }

    @Test
    void theCloseButtonAndAClickElsewhereCloseIt() {
        browser.find("#note-ref-1").click();
        waitForPopover();
        browser.find(".note-popover-close").click();
        assertThat(browser.findAll(".note-popover")).isEmpty();
        assertThat(browser.focused()).isEqualTo("a#note-ref-1");
        browser.find("#note-ref-1").click();
        waitForPopover();
        browser.find(".article-title").click();
        assertThat(browser.findAll(".note-popover")).isEmpty();
    }

    @Test
    void byKeyboardTabToAReferenceEnterOpensEscapeCloses() {
        browser.js("document.getElementById('s1').setAttribute('tabindex', '-1'); document.getElementById('s1').focus();");
        Actions keys = new Actions(browser.driver());
        for (int i = 0; i < 20 && !browser.focused().equals("a#note-ref-1"); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.focused()).as("Tab reaches the first note reference").isEqualTo("a#note-ref-1");
        keys.sendKeys(Keys.ENTER).perform();
        waitForPopover();
        assertThat(browser.focused()).startsWith("div#note-popover");
        keys.sendKeys(Keys.TAB).perform();
        assertThat(browser.focused()).as("Tab moves through the popover").startsWith("button");
        keys.sendKeys(Keys.ESCAPE).perform();
        assertThat(browser.findAll(".note-popover")).isEmpty();
        assertThat(browser.focused()).isEqualTo("a#note-ref-1");
        keys.sendKeys(Keys.TAB).perform();
        assertThat(browser.focused()).as("reading continues after the reference").isNotEqualTo("a#note-ref-1");
    }

    @Test
    void aNoteCitedTwiceLinksBackToBothReferences() {
        browser.find("#note-ref-1-b").click();
        assertThat(waitForPopover().getText()).contains("秩序的弹性");
        browser.find(".note-popover-all").click();
        browser.waitUntil("jumped to the note", () -> browser.driver().getCurrentUrl().endsWith("#note-1"));
        // focus follows the jump in the next task, so it is awaited, not read at once
        browser.waitUntil("focus on the note", () -> browser.focused().equals("li#note-1"));
        browser.find("#note-1 a.note-backlink[href='#note-ref-1-b']").click();
        browser.waitUntil("back at the second reference", () -> browser.driver().getCurrentUrl().endsWith("#note-ref-1-b"));
        assertThat(inViewport(browser.find("#note-ref-1-b"))).isTrue();
        browser.waitUntil("focus on the second reference", () -> browser.focused().equals("a#note-ref-1-b"));
        browser.js("location.hash = '#note-1'");
        browser.find("#note-1 a.note-backlink[href='#note-ref-1']").click();
        browser.waitUntil("back at the first reference", () -> browser.driver().getCurrentUrl().endsWith("#note-ref-1"));
        assertThat(inViewport(browser.find("#note-ref-1"))).isTrue();
    }

    @Test
    void onAPhoneTheNoteIsDockedAtTheBottomAndTheReferenceStaysVisible() {
        browser.viewport(375, 812);
        browser.open(SampleSite.page(ARTICLE));
        browser.find("#note-ref-5").click();
        WebElement popover = waitForPopover();
        assertThat(inViewport(popover)).isTrue();
        assertThat(popover.getCssValue("position")).isEqualTo("fixed");
        assertThat(inViewport(browser.find("#note-ref-5"))).isTrue();
        assertThat(popover.getRect().getY()).isGreaterThan(browser.find("#note-ref-5").getRect().getY()
                - ((Long) browser.js("return window.scrollY")).intValue());
    }

    private static WebElement waitForPopover() {
        browser.waitUntil("note popover open", () -> !browser.findAll(".note-popover").isEmpty());
        return browser.find(".note-popover");
    }

    private static boolean inViewport(WebElement element) {
        return (Boolean) browser.js("var r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;", element);
    }
}
