package org.qikan.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qikan.CpuClock;
import org.qikan.TestSite;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content nobody read closely, and content written by an attacker: raw HTML is sanitized (each removal
 * a warning at its line), dangerous link schemes are errors, and odd but legal Markdown either renders
 * or fails with an error at its line, within seconds, never a stack trace.
 */
@Isolated // its limits are on the CPU time of the whole test JVM, which a class running beside it would add to
class HostileInputTest extends AfterAGoodBuild {
    private static final String FILE = "content/tj/2024-04/first.md";

    private BuildResult succeedingBuild() {
        BuildResult result = site.build();
        assertThat(site.errors(result)).as("no errors").isEmpty();
        assertThat(result.succeeded()).isTrue();
        return result;
    }


    private List<String> warnings(BuildResult result) {
        return result.diagnostics().sorted().stream().filter(d -> !d.isError()).map(d -> d.format(dir)).toList();
    }

    private Document article() {
        return Jsoup.parse(site.read("tj/2024-04/first.html"));
    }

    @Test
    void scriptInABodyIsRemovedWithAWarningAtItsLine() {
        site.file(FILE, TestSite.ARTICLE + "\n<script>alert('body')</script>\n\n段落<img src=x.png onerror=\"alert('img')\">结束。\n");
        site.file("content/tj/2024-04/x.png", "png");
        BuildResult result = succeedingBuild();
        assertThat(warnings(result)).contains(
                FILE + ":20: warning: raw HTML element <script> removed. raw HTML is limited to what scholarly text needs "
                        + "(see docs/content-format.md); write it in Markdown, or set raw_html: true in site.yaml if every source is trusted",
                FILE + ":22: warning: raw HTML attribute 'onerror' removed from <img>. raw HTML is limited to what scholarly text needs "
                        + "(see docs/content-format.md); write it in Markdown, or set raw_html: true in site.yaml if every source is trusted");
        Document page = article();
        assertThat(page.select("main script, article script")).isEmpty();
        assertThat(page.html()).doesNotContain("alert('body')").doesNotContain("onerror");
        assertThat(page.select("img[src=x.png]")).hasSize(1);
    }

    @Test
    void everyKindOfActiveHtmlIsRemovedFromHeadingsNotesAndIssuePages() {
        site.file(FILE, TestSite.ARTICLE.replace("## 一、引言", "## 一、引言<svg onload=alert(1)></svg>")
                .replace("[^a]: 注释一。", "[^a]: 注释一。<span onmouseover=\"alert(2)\">悬停</span>")
                + "\n<iframe srcdoc=\"<script>alert(3)</script>\"></iframe>\n\n<p style=\"background:url(javascript:alert(4))\">样式</p>\n");
        site.file("content/tj/2024-04/pages/notice.md", "---\ntitle: {zh: 启事}\n---\n<object data=\"x.swf\"></object><b>启事</b>\n");
        BuildResult result = succeedingBuild();
        assertThat(warnings(result)).anySatisfy(w -> assertThat(w).startsWith(FILE + ":12: warning: raw HTML element <svg> removed"))
                .anySatisfy(w -> assertThat(w).startsWith(FILE + ":18: warning: raw HTML attribute 'onmouseover' removed from <span>"))
                .anySatisfy(w -> assertThat(w).startsWith(FILE + ":20: warning: raw HTML element <iframe> removed"))
                .anySatisfy(w -> assertThat(w).startsWith(FILE + ":22: warning: raw HTML attribute 'style' removed from <p>"))
                .anySatisfy(w -> assertThat(w).startsWith("content/tj/2024-04/pages/notice.md:4: warning: raw HTML element <object> removed"));
        for (String path : List.of("tj/2024-04/first.html", "tj/2024-04/notice.html", "en/tj/2024-04/first.html")) {
            Document page = Jsoup.parse(site.read(path));
            assertThat(page.select("svg, iframe, object, embed, style, [style], [srcdoc]")).as(path).isEmpty();
            assertThat(page.getAllElements()).as(path).allSatisfy(e -> e.attributes().forEach(a ->
                    assertThat(a.getKey()).doesNotStartWith("on")));
            assertThat(page.select("script")).as(path).allSatisfy(s -> assertThat(s.data()).doesNotContain("alert"));
        }
        assertThat(site.read("tj/2024-04/notice.html")).contains("<b>启事</b>");
        assertThat(site.read("tj/2024-04/first.html")).contains("悬停").contains("样式");
    }

    @Test
    void scholarlyHtmlIsKept() {
        site.file(FILE, TestSite.ARTICLE + "\n<ruby lang=\"zh\">漢<rp>(</rp><rt>hàn</rt><rp>)</rp></ruby>H<sub>2</sub>O x<sup>2</sup>"
                + " <span lang=\"en\" dir=\"ltr\">text</span>\n");
        BuildResult result = succeedingBuild();
        assertThat(warnings(result)).noneMatch(w -> w.contains("raw HTML"));
        assertThat(site.read("tj/2024-04/first.html"))
                .contains("<ruby lang=\"zh\">漢<rp>(</rp><rt>hàn</rt><rp>)</rp></ruby>H<sub>2</sub>O x<sup>2</sup> <span lang=\"en\" dir=\"ltr\">text</span>");
    }

    @Test
    void rawHtmlPassesThroughOnlyWhenTheSiteOptsIn() {
        site.file("content/site.yaml", TestSite.SITE + "raw_html: true\n");
        site.file(FILE, TestSite.ARTICLE + "\n<details><summary>更多</summary><p style=\"color: red\">细节</p></details>\n");
        BuildResult result = succeedingBuild();
        assertThat(warnings(result)).noneMatch(w -> w.contains("raw HTML"));
        assertThat(site.read("tj/2024-04/first.html")).contains("<details><summary>更多</summary><p style=\"color: red\">细节</p></details>");
    }

    @Test
    void rawHtmlOptInMustBeABoolean() throws IOException {
        site.file("content/site.yaml", TestSite.SITE + "raw_html: yes please\n");
        int line = (int) TestSite.SITE.lines().count() + 1;
        assertThat(failingBuild()).containsExactly("content/site.yaml:" + line + ": error: raw_html must be true or false. "
                + "leave it out (raw HTML is sanitized) or write raw_html: true to pass raw HTML through unchanged");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[点我](JaVaScRiPt:alert(1))", "<a href=\"&#106;avascript:alert(1)\">点我</a>",
            "[点我](data:text/html;base64,PHNjcmlwdD4=)", "<a href=\"vbscript:msgbox(1)\">点我</a>",
            "<a href=\"java&#x09;script:alert(1)\">点我</a>", "<img src=\" javascript:alert(1)\" alt=\"x\">"})
    void dangerousLinkSchemesAreErrorsAtTheirLine(String link) throws IOException {
        site.file(FILE, TestSite.ARTICLE + "\n正文 " + link + "\n");
        assertThat(failingBuild()).singleElement().satisfies(e -> assertThat(e)
                .startsWith(FILE + ":20: error: link '")
                .matches(".*uses the scheme '(javascript|data|vbscript):'\\. only http:, https:, mailto:, relative paths and #fragments may be linked.*"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<a href=\"javascript:alert(1)\">x</a>", "<img src=\"vbscript:x\">"})
    void dangerousLinkSchemesAreErrorsEvenWithRawHtml(String link) throws IOException {
        site.file("content/site.yaml", TestSite.SITE + "raw_html: true\n");
        site.file(FILE, TestSite.ARTICLE + "\n正文 " + link + "\n");
        assertThat(failingBuild()).singleElement().satisfies(e -> assertThat(e).startsWith(FILE + ":20: error: link '"));
    }

    @Test
    void withRawHtmlTheLinkCheckStillRefusesEverythingLoadedFromAnotherHost() throws IOException {
        site.file("content/site.yaml", TestSite.SITE + "raw_html: true\n");
        site.file(FILE, TestSite.ARTICLE + "\n<video poster=\"https://e.example/p.jpg\"></video>"
                + "<p style=\"background: url(https://e.example/bg.png)\">x</p>\n");
        assertThat(failingBuild()).containsExactly(
                "out/tj/2024-04/first.html: error: broken link 'https://e.example/bg.png': loads a resource from another host. fix the link in the article's Markdown or in the template",
                "out/tj/2024-04/first.html: error: broken link 'https://e.example/p.jpg': loads a resource from another host. fix the link in the article's Markdown or in the template");
    }

    @Test
    void allowedSchemesPass() {
        site.file(FILE, TestSite.ARTICLE + "\n[站](https://example.org/a) [信](mailto:editor@example.org) [节](#s1)\n");
        succeedingBuild();
        assertThat(article().select("a[href^=mailto:]")).hasSize(1);
    }

    @Test
    @Timeout(600) // a hang guard only; the limit that matters is on CPU time below
    void pathologicalButLegalMarkdownRendersOrFailsAtItsLine() throws IOException {
        String[] bodies = {"_".repeat(2000), ">".repeat(1000) + " 引文", "*".repeat(1500) + "强调" + "*".repeat(1500),
                "|" + " a |".repeat(1000) + "\n|" + " --- |".repeat(1000) + "\n|" + " 1 |".repeat(1000),
                "[".repeat(5000) + "x" + "]".repeat(5000), "<span>".repeat(3000) + "x", "*a **b _c ".repeat(2000),
                "<div>".repeat(12000) + "x"}; // the JATS body recurses once per level, on the article workers' stack
        for (String body : bodies) {
            site.file(FILE, TestSite.ARTICLE + "\n" + body + "\n");
            CpuClock cpu = CpuClock.start();
            BuildResult result = site.build();
            assertThat(cpu.seconds()).as("CPU seconds for one build").isLessThan(20);
            assertThat(site.errors(result)).allSatisfy(e -> assertThat(e).startsWith(FILE + ":"));
        }
    }

    @Test
    void listsNestedHundredsDeepAreAnErrorAtTheirLine() throws IOException {
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            nested.append("  ".repeat(i)).append("- 层\n");
        }
        site.file(FILE, TestSite.ARTICLE + "\n" + nested);
        assertThat(failingBuild()).containsExactly(FILE + ":60: error: block quotes or lists nested more than 40 levels deep. "
                + "flatten the nesting: scholarly text needs a few levels at most");
    }

    @Test
    void aLineOfAMillionCharactersIsAnErrorAtItsLine() throws IOException {
        site.file(FILE, TestSite.ARTICLE + "\n" + "字".repeat(1_000_000) + "\n");
        assertThat(failingBuild()).containsExactly(FILE + ":20: error: line of 1000000 characters is too long to render. "
                + "break it into paragraphs of at most 100000 characters");
    }
}
