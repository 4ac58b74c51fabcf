package org.qikan.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.qikan.check.SampleSite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qikan.browser.ScreenshotTest.ARTICLE;

/**
 * The "cite this article" copy button in a real browser from {@code file://}: it copies the citation's
 * text to the clipboard (pasted back into a text field) and says so; in print the block is the article's
 * provenance and its GB/T 7714 line, each address printed once.
 */
@Tag("browser")
class CiteCopyTest {
    @RegisterExtension
    static final Browser browser = Browser.start();

    @Test
    void theCopyButtonCopiesTheCitationFromFile() {
        browser.viewport(1280, 900);
        browser.open(SampleSite.page(ARTICLE));
        var button = browser.find("button.copy-citation[data-copy=cite-gb-t-7714]");
        assertThat(button.isDisplayed()).isTrue();
        button.click();
        browser.waitUntil("the button to confirm the copy", () -> "true".equals(button.getAttribute("data-copied")));
        assertThat(button.getText()).isEqualTo("已复制");
        String citation = browser.find("#cite-gb-t-7714").getText();
        browser.js("var t = document.createElement('textarea'); t.id = 'paste-here'; document.body.appendChild(t); t.focus();");
        browser.find("#paste-here").sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "v"));
        assertThat(browser.find("#paste-here").getAttribute("value")).isEqualTo(citation);
        assertThat(citation).startsWith("郑远舟. 多极化进程中的国际秩序调适");
    }

    @Test
    void aPrintedArticleSaysWhereItIsFromAndCitesItselfOnce() {
        browser.open(SampleSite.page(ARTICLE));
        browser.emulate("light", "print");
        try {
            assertThat(browser.find(".cite-provenance").isDisplayed()).isTrue();
            assertThat(browser.find(".cite-provenance").getText())
                    .contains("观澜国际评论", "2025", "第12卷", "第1期", "第1-18页", "10.99999/glir.2025.01.001");
            assertThat(browser.find("#cite-gb-t-7714").isDisplayed()).isTrue();
            assertThat(browser.find("#cite-apa").isDisplayed()).isFalse();
            assertThat(browser.find(".cite-downloads").isDisplayed()).isFalse();
            assertThat(browser.find("button.copy-citation").isDisplayed()).isFalse();
            assertThat(browser.js("return getComputedStyle(document.querySelector('.cite-provenance a'), '::after').content"))
                    .isEqualTo("none");
        } finally {
            browser.emulate("light", "screen");
        }
    }
}
