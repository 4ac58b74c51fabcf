package org.qikan.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.qikan.check.SampleSite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A short citation's link to the note with the full citation, in a real browser from {@code file://}:
 * the popover of a 同上 note shows "见注 1", and following it lands on note 1.
 */
@Tag("browser")
class LinkedNotesTest {
    @RegisterExtension
    static final Browser browser = Browser.start();

    @Test
    void thePopoverOfAShortCitationLinksToTheFullCitation() {
        browser.viewport(1280, 900);
        browser.open(SampleSite.page("guanlan-review/2025-02/procedural-consensus.html"));
        browser.find("#note-ref-3").click();
        browser.waitUntil("note popover open", () -> !browser.findAll(".note-popover").isEmpty());
        WebElement see = browser.find(".note-popover a.note-see");
        assertThat(see.getText()).isEqualTo("见注 1");
        see.click();
        browser.waitUntil("at note 1", () -> browser.driver().getCurrentUrl().endsWith("#note-1"));
        assertThat(browser.find("#note-1").getText()).contains("多极化进程中的国际秩序调适");
    }
}
