package org.qikan.check;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.site.BuildOptions;
import org.qikan.site.SiteBuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-pass scan of a page finds the same references (in the same order) and ids as Jsoup's parse of it. */
class PageLinksTest {
    @TempDir
    Path dir;

    private static void assertScanAgreesWithJsoup(String html, String what) {
        PageLinks scanned = PageLinks.scan(html, new HashMap<>());
        PageLinks parsed = PageLinks.of(Jsoup.parse(html));
        assertThat(scanned.references()).as(what).containsExactlyElementsOf(parsed.references());
        assertThat(scanned.ids()).as(what).containsExactlyElementsOf(parsed.ids());
    }

    @Test
    void scanAgreesWithJsoupOnEveryPageOfTheSampleEdition() throws IOException {
        Path site = dir.resolve("site");
        assertThat(new SiteBuild(BuildOptions.of(Path.of("content"), site)).run().succeeded()).isTrue();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(20);
        for (Path page : pages) {
            assertScanAgreesWithJsoup(Files.readString(page), page.toString());
        }
    }

    @Test
    void scanReadsEveryAttributeAndStyleThatLoadsSomething() {
        String html = """
                <!DOCTYPE html><html><head><title>a <a href="x.html"> title</title>
                <meta http-equiv="Refresh" content="5; url=next.html">
                <LINK REL="stylesheet" HREF='css/s.css'><link rel="alternate" href="en/index.html">
                <script>var s = '<a href="in-script.html">';</script>
                <style>@import "imported.css"; body { background: url('bg.png') } a[href="in-style.html"] {}</style></head>
                <body id=top><!-- <a href="commented.html"> -->
                <a href="a.html?x=1&amp;y=2#p&#233;" id="first" id="second">a</a>
                <a name="old-anchor">n</a><img src=pic.png srcset="pic-2x.png 2x, pic-3x.png 3x" alt=""><img alt="no src">
                <video poster="poster.jpg" src="v.mp4"></video><object data="doc.pdf"></object><embed src="e.swf">
                <div style="background-image: url(&quot;div.png&quot;)" data="not-loaded.txt"></div>
                <svg><use xlink:href="sprite.svg#i"></use><image href="svg-image.png"></image></svg>
                <form action="search.html"><input type="image" src="go.png" formaction="other.html"></form>
                <iframe srcdoc="<img src=&quot;inner.png&quot;>"></iframe><iframe src="f.html"><a href="iframe-text.html"></a></iframe>
                <textarea><a href="in-textarea.html"></textarea><table background="table.png"><tr><td>x</td></tr></table>
                <a href="b.html" src="ignored.png">both</a><source src="v.webm"><div name="not-an-anchor"></div>
                </body></html>""";
        assertScanAgreesWithJsoup(html, "tricky page");
        assertThat(PageLinks.scan(html, new HashMap<>()).references()).extracting(PageReferences.Reference::value).containsExactly(
                "next.html", "css/s.css", "en/index.html", "bg.png", "imported.css", "a.html?x=1&y=2#pé", "pic.png", "pic-2x.png",
                "pic-3x.png", "poster.jpg", "v.mp4", "doc.pdf", "e.swf", "div.png", "sprite.svg#i", "svg-image.png", "search.html",
                "go.png", "other.html", "inner.png", "f.html", "table.png", "b.html", "ignored.png", "v.webm");
        assertThat(PageLinks.scan(html, new HashMap<>()).ids()).containsExactly("first", "old-anchor", "top");
    }

    @Test
    void theCheckerFindsTheSameProblemsFromScannedPages() throws IOException {
        Files.writeString(dir.resolve("index.html"), "<html><body><a href=\"b.html#nowhere\">f</a> <a href=\"#gone\">g</a>"
                + "<img src=\"https://example.com/x.png\"><a href=\"missing.html\">m</a><img srcset=\"//cdn.example.com/y.png 2x\"></body></html>");
        Files.writeString(dir.resolve("b.html"), "<html><body><p id=\"here\">b</p><a href=\"index.html#gone\">x</a>"
                + "<a href=\"c.html#there\">c</a></body></html>");
        Files.writeString(dir.resolve("c.html"), "<html><body><p id=\"there\">c</p><a href=\"/abs.html\">abs</a></body></html>");
        List<LinkProblem> parsed = LinkChecker.check(dir);
        ScannedPages scanned = new ScannedPages();
        scanned.scan("index.html", Files.readString(dir.resolve("index.html")));
        scanned.scan("b.html", Files.readString(dir.resolve("b.html"))); // c.html is not handed over: parsed from disk
        assertThat(parsed).hasSize(7);
        assertThat(scanned.check(dir)).isEqualTo(parsed);
    }
}
