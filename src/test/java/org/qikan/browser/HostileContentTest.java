package org.qikan.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.TestSite;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Script written in content never runs: a body, a heading, a note and an issue page full of the
 * usual ways to run script from HTML are built, opened in Chromium from {@code file://}, hovered and
 * toggled, and the page's own marker, which every payload would set, stays unset.
 */
@Tag("browser")
class HostileContentTest {
    @RegisterExtension
    static final Browser browser = Browser.start();

    @TempDir
    static Path dir;
    static TestSite site;

    private static final String RUN = "document.documentElement.setAttribute('data-pwned','yes')";
    private static final String PAYLOADS = "\n<script>" + RUN + "</script>\n\n"
            + "图<img src=\"nowhere.png\" onerror=\"" + RUN + "\">片\n\n"
            + "<svg onload=\"" + RUN + "\"><circle r=\"1\"/></svg>\n\n"
            + "<iframe srcdoc=\"&lt;script&gt;parent." + RUN + "&lt;/script&gt;\"></iframe>\n\n"
            + "<details open ontoggle=\"" + RUN + "\"><summary>x</summary>y</details>\n\n"
            + "<span onmouseover=\"" + RUN + "\">悬停此处</span> <b onclick=\"" + RUN + "\">点击此处</b>\n\n"
            + "<p style=\"background-image: url(javascript:" + RUN.replace("'", "") + ")\">样式</p>\n\n"
            + "<form><button formaction=\"first.html\" onfocus=\"" + RUN + "\" autofocus>按钮</button></form>\n";

    @BeforeAll
    static void buildAHostileSite() {
        site = new TestSite(dir);
        site.file("content/tj/2024-04/nowhere.png", "not an image");
        site.file("content/tj/2024-04/pages/nowhere.png", "not an image");
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE
                .replace("## 一、引言", "## 一、引言<img src=\"nowhere.png\" onerror=\"" + RUN + "\">")
                .replace("[^a]: 注释一。", "[^a]: 注释一。<span onmouseover=\"" + RUN + "\">注释悬停</span>")
                + PAYLOADS);
        site.file("content/tj/2024-04/pages/notice.md", "---\ntitle: {zh: 启事}\n---\n" + PAYLOADS);
        assertThat(site.errors(site.build())).isEmpty();
    }

    @Test
    void noScriptFromContentRunsInChromium() {
        assertThat(site.out().resolve("tj/2024-04/first.html")).content().contains("悬停此处").contains("注释悬停");
        for (String page : List.of("tj/2024-04/first.html", "tj/2024-04/notice.html", "en/tj/2024-04/first.html")) {
            browser.open(site.out().resolve(page));
            browser.js("document.querySelectorAll('main *').forEach(e => {"
                    + "for (const type of ['mouseover', 'mouseenter', 'click', 'focus']) e.dispatchEvent(new Event(type, {bubbles: true}));"
                    + "if (e.tagName === 'DETAILS') e.open = !e.open; });");
            pause();
            assertThat(browser.js("return document.documentElement.getAttribute('data-pwned')")).as(page).isNull();
            assertThat(browser.js("return document.querySelectorAll('main script, main iframe, main svg, main [onerror]').length"))
                    .as(page).isEqualTo(0L);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
