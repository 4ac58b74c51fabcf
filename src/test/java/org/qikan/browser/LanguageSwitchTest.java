package org.qikan.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qikan.check.SampleSite;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qikan.browser.ScreenshotTest.ARCHIVE;
import static org.qikan.browser.ScreenshotTest.TOC;
import static org.qikan.browser.ScreenshotTest.TOC_EN;

/**
 * The language switch 中文 / English / 双语 of TOC and archive pages: it shows one language or both
 * in place, is remembered across pages and reloads (localStorage, also from file://), starts from
 * the site's default_view, and from an English page leads to the Chinese one.
 */
@Tag("browser")
class LanguageSwitchTest {
    @RegisterExtension
    static final Browser browser = Browser.start();

    @BeforeEach
    void forgetTheView() {
        browser.open(SampleSite.page(TOC));
        browser.js("localStorage.clear()");
        browser.driver().navigate().refresh();
    }

    @Test
    void theDefaultViewComesFromTheSiteSettings() {
        assertThat(browser.js("return document.documentElement.dataset.defaultView")).isEqualTo("bilingual");
        assertThat(view()).isEqualTo("bilingual");
        assertThat(current()).isEqualTo("bilingual");
        assertThat(visibleTitles("zh")).isNotEmpty();
        assertThat(visibleTitles("en")).isNotEmpty();
    }

    @Test
    void switchingChangesTheTocInPlaceAndPersistsAcrossAReload() {
        String url = browser.driver().getCurrentUrl();
        choose("en");
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(url);
        assertThat(visibleTitles("zh")).isEmpty();
        assertThat(visibleTitles("en")).contains("Adjusting the International Order in an Era of Multipolarization: A Framework of Layered Negotiation");
        assertThat(browser.find("h1").getText()).isEqualTo("Vol. 12, No. 1, 2025 (Serial No. 67)");
        assertThat(current()).isEqualTo("en");

        browser.driver().navigate().refresh();
        assertThat(view()).isEqualTo("en");
        assertThat(visibleTitles("zh")).isEmpty();
        assertThat(current()).isEqualTo("en");

        choose("zh");
        assertThat(visibleTitles("en")).isEmpty();
        assertThat(visibleTitles("zh")).contains("多极化进程中的国际秩序调适——一个“分层协商”的分析框架");
        assertThat(browser.find("h1").getText()).isEqualTo("2025年第1期（第12卷，总第67期）");
    }

    @Test
    void theChoiceIsRememberedOnOtherPages() {
        choose("zh");
        browser.open(SampleSite.page(ARCHIVE));
        assertThat(view()).isEqualTo("zh");
        assertThat(browser.find(".issue-list a .view-zh").isDisplayed()).isTrue();
        assertThat(browser.find(".issue-list a .view-en").isDisplayed()).isFalse();
        choose("en");
        assertThat(browser.find(".issue-list a .view-zh").isDisplayed()).isFalse();
        assertThat(browser.find(".issue-list a .view-en").isDisplayed()).isTrue();
        browser.open(SampleSite.page("guanlan-review/2025-02/index.html"));
        assertThat(view()).isEqualTo("en");
    }

    @Test
    void fromTheEnglishPageTheSwitchLeadsToTheChinesePage() {
        browser.open(SampleSite.page(TOC_EN));
        assertThat(current()).isEqualTo("en");
        browser.find(".view-switch a[data-view='zh']").click();
        browser.waitUntil("on the Chinese TOC", () -> browser.driver().getCurrentUrl().endsWith("/guanlan-review/2025-01/index.html")
                && !browser.driver().getCurrentUrl().contains("/en/"));
        assertThat(view()).isEqualTo("zh");
        assertThat(visibleTitles("en")).isEmpty();
    }

    @Test
    void theSwitchWorksByKeyboard() {
        WebElement english = browser.find(".view-switch a[data-view='en']");
        english.sendKeys(Keys.ENTER);
        assertThat(view()).isEqualTo("en");
        browser.find(".view-switch a[data-view='bilingual']").sendKeys(Keys.ENTER);
        assertThat(view()).isEqualTo("bilingual");
        assertThat(browser.focused()).startsWith("a");
    }

    @Test
    void hreflangAlternatesPointAtEachOther() {
        assertThat(browser.findAll("link[rel=alternate][hreflang]")).extracting(e -> e.getAttribute("hreflang"))
                .containsExactlyInAnyOrder("en", "zh-Hans", "x-default");
        assertThat(browser.find("link[rel=alternate][hreflang=en]").getAttribute("href")).endsWith("/en/guanlan-review/2025-01/index.html");
        browser.open(SampleSite.page(TOC_EN));
        assertThat(browser.find("link[rel=alternate][hreflang=zh-Hans]").getAttribute("href"))
                .endsWith("/guanlan-review/2025-01/index.html").doesNotContain("/en/");
    }

    private static void choose(String view) {
        browser.find(".view-switch a[data-view='" + view + "']").click();
        browser.waitUntil("view " + view, () -> view.equals(view()));
    }

    private static String view() {
        return (String) browser.js("return document.documentElement.dataset.view");
    }

    private static String current() {
        return browser.find(".view-switch a[aria-current]").getAttribute("data-view");
    }

    private static List<String> visibleTitles(String language) {
        return browser.findAll(".toc-title." + language).stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }
}
