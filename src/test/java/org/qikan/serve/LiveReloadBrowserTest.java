package org.qikan.serve;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.browser.Browser;
import org.qikan.cli.Qikan;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publisher's loop, as the issue asks for it: new journal, issue and article from the command line,
 * {@code qikan serve}, the article open in Chromium; saving an edit reloads the page with the change,
 * a broken front matter shows the error (file:line and hint) over the page, fixing it recovers.
 */
@Tag("browser")
class LiveReloadBrowserTest {
    @RegisterExtension
    static final Browser browser = Browser.start();

    @TempDir
    Path dir;

    @Test
    void editReloadsBrokenFrontMatterShowsTheErrorAndAFixRecovers() throws Exception {
        String content = dir.resolve("content").toString();
        StringWriter out = new StringWriter();
        PrintWriter print = new PrintWriter(out, true);
        assertThat(Qikan.run(print, print, "new", "journal", "east-review", "--content", content)).isZero();
        assertThat(Qikan.run(print, print, "new", "issue", "east-review", "2025-03", "--content", content)).isZero();
        assertThat(Qikan.run(print, print, "new", "article", "east-review/2025-03", "first-look", "--content", content)).isZero();
        Path article = dir.resolve("content/east-review/2025-03/first-look.md");
        String original = Files.readString(article);

        StringWriter served = new StringWriter();
        Thread serve = new Thread(() -> Qikan.run(new PrintWriter(served, true), new PrintWriter(served, true),
                "serve", "--port", "0", "--stop-after", "120", "--content", content, "--out", dir.resolve("site-output").toString()));
        serve.setDaemon(true);
        serve.start();
        String address = awaitAddress(served);

        browser.driver().get(address + "east-review/2025-03/first-look.html");
        browser.waitUntil("the article", () -> browser.find("h1").getText().contains("文章标题"));
        browser.js("window.qikanBeforeReload = true");

        Files.writeString(article, original.replace("正文从这里开始。", "这是修改后的第一句。"));
        browser.waitUntil("the page reloaded with the edit", () -> pageText().contains("这是修改后的第一句")
                && browser.js("return window.qikanBeforeReload") == null);

        Files.writeString(article, original.replace("title: {zh: 文章标题, en: Title of the Article}", "title: {zh: 文章标题, en: Title"));
        browser.waitUntil("the error overlay", () -> !browser.findAll("#qikan-build-errors").isEmpty());
        String overlay = browser.find("#qikan-build-errors").getText();
        assertThat(overlay).contains("Build failed", "content/east-review/2025-03/first-look.md:");
        assertThat(browser.find("#qikan-build-errors .qikan-hint").getText()).isNotBlank();
        browser.screenshot("serve-error-overlay");
        assertThat(pageText()).contains("这是修改后的第一句");

        Files.writeString(article, original.replace("正文从这里开始。", "修好之后的句子。"));
        browser.waitUntil("recovered", () -> browser.findAll("#qikan-build-errors").isEmpty() && pageText().contains("修好之后的句子"));
        browser.screenshot("serve-recovered");
        assertThat(Files.readString(dir.resolve("site-output/east-review/2025-03/first-look.html"))).doesNotContain("__qikan");
    }

    private static String pageText() {
        return (String) browser.js("return document.body.innerText");
    }

    private static String awaitAddress(StringWriter served) throws InterruptedException {
        Pattern serving = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");
        for (int i = 0; i < 600; i++) {
            Matcher m = serving.matcher(served.toString());
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("qikan serve did not start: " + served);
    }
}
