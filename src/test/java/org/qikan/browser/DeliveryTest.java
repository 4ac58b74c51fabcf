package org.qikan.browser;

import org.junit.jupiter.api.Tag;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qikan.check.SampleSite;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qikan.browser.ScreenshotTest.ARTICLE;
import static org.qikan.browser.ScreenshotTest.TOC;

/**
 * The edition as delivered: opened from disk ({@code file://}) and served under a sub-path, every
 * stylesheet, script and image loads from the site itself and the pages work; and the print stylesheet
 * gives a clean article with the addresses of external links.
 */
@Tag("browser")
class DeliveryTest {
    private static final String SUB_PATH = "/journals/edition/";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "js", "text/javascript", "svg", "image/svg+xml", "json", "application/json");
    private static Browser browser;
    private static HttpServer server;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Path site = SampleSite.root();
        server.createContext(SUB_PATH, exchange -> {
            Path file = site.resolve(exchange.getRequestURI().getPath().substring(SUB_PATH.length())).normalize();
            boolean found = file.startsWith(site) && Files.isRegularFile(file);
            byte[] body = found ? Files.readAllBytes(file) : new byte[0];
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
            exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.stop(0);
    }

    @Test
    void fromFileEveryPageGetsItsStylesheetScriptAndImages() {
        for (String page : SampleSite.pages()) {
            browser.open(SampleSite.page(page));
            assertThat(browser.driver().getCurrentUrl()).startsWith("file:///");
            assertLoaded(page);
        }
    }

    @Test
    void underASubPathThePagesLoadEverythingFromTheSiteItself() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + SUB_PATH;
        for (String page : List.of("index.html", TOC, ARTICLE, "en/" + ARTICLE)) {
            browser.driver().get(base + page);
            assertLoaded(page);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> resources = (List<Map<String, Object>>) browser.js(
                    "return performance.getEntriesByType('resource').map(function (r) { return {name: r.name, status: r.responseStatus}; });");
            assertThat(resources).isNotEmpty().allSatisfy(r -> {
                assertThat((String) r.get("name")).startsWith(base);
                assertThat(((Number) r.get("status")).intValue()).isEqualTo(200);
            });
        }
        browser.driver().get(base + ARTICLE);
        browser.find("#note-ref-1").click();
        browser.waitUntil("popover", () -> !browser.findAll(".note-popover").isEmpty());
    }

    @Test
    void printingGivesTheArticleAloneWithExternalAddressesShown() {
        browser.open(SampleSite.page(ARTICLE));
        browser.js("var a = document.createElement('a'); a.id = 'ext'; a.href = 'https://example.org/report'; a.textContent = 'report';"
                + "document.querySelector('.article-body p').appendChild(a);");
        browser.emulate("light", "print");
        try {
            for (String hidden : List.of(".site-header", ".breadcrumbs", ".outline", ".article-nav", ".site-footer")) {
                assertThat(browser.find(hidden).getCssValue("display")).as(hidden).isEqualTo("none");
            }
            assertThat(browser.find(".notes").isDisplayed()).isTrue();
            assertThat(browser.js("return getComputedStyle(document.getElementById('ext'), '::after').content"))
                    .isEqualTo("\" <https://example.org/report>\"");
            assertThat(browser.find("body").getCssValue("background-color")).isEqualTo("rgba(255, 255, 255, 1)");
        } finally {
            browser.emulate("light", "screen");
        }
    }

    private static void assertLoaded(String page) {
        assertThat(browser.js("return getComputedStyle(document.body).getPropertyValue('--journal-color').trim() !== ''"))
                .as(page + ": qikan.css applied").isEqualTo(true);
        assertThat(browser.find("html").getAttribute("class")).as(page + ": qikan.js ran").contains("js");
        assertThat(browser.js("return Array.prototype.every.call(document.images, function (i) { return i.complete && i.naturalWidth > 0; })"))
                .as(page + ": images loaded").isEqualTo(true);
    }
}
