package org.qikan.check;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.site.BuildOptions;
import org.qikan.site.SiteBuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-pass scan of a page qikan rendered finds the same references and ids as Jsoup's parse of it. */
class PageLinksTest {
    @TempDir
    Path dir;

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
            String html = Files.readString(page);
            assertThat(PageLinks.scan(html)).as(page.toString()).isEqualTo(PageLinks.of(Jsoup.parse(html)));
        }
    }

    @Test
    void scanReadsQuotesEntitiesCommentsScriptsAndLetterCase() {
        String html = """
                <!DOCTYPE html><html><head><title>a <a href="x.html"> title</title>
                <LINK REL="stylesheet" HREF='css/s.css'><script>var s = '<a href="in-script.html">';</script>
                <style>a[href="in-style.html"] {}</style></head>
                <body id=top><!-- <a href="commented.html"> -->
                <a href="a.html?x=1&amp;y=2#p&#233;" id="first" id="second">a</a>
                <a name="old-anchor">n</a><img src=pic.png alt=""><img alt="no src">
                <form action="search.html"><input name="q"></form><iframe src="f.html"></iframe>
                <a href="b.html" src="ignored.png">both</a><source src="v.webm"><div name="not-an-anchor"></div>
                </body></html>""";
        PageLinks scanned = PageLinks.scan(html);
        assertThat(scanned).isEqualTo(PageLinks.of(Jsoup.parse(html)));
        assertThat(scanned.references()).extracting(PageLinks.Reference::value).containsExactly(
                "css/s.css", "a.html?x=1&y=2#pé", "pic.png", "search.html", "f.html", "b.html", "v.webm");
        assertThat(scanned.ids()).containsExactlyInAnyOrder("top", "first", "old-anchor");
    }

    @Test
    void theCheckerFindsTheSameProblemsFromScannedPages() throws IOException {
        Files.writeString(dir.resolve("index.html"), "<html><body><a href=\"b.html#nowhere\">f</a> <a href=\"#gone\">g</a>"
                + "<img src=\"https://example.com/x.png\"><a href=\"missing.html\">m</a></body></html>");
        Files.writeString(dir.resolve("b.html"), "<html><body><p id=\"here\">b</p><a href=\"index.html#gone\">x</a></body></html>");
        List<LinkProblem> parsed = LinkChecker.check(dir);
        Map<String, PageLinks> known = Map.of(
                "index.html", PageLinks.scan(Files.readString(dir.resolve("index.html"))),
                "b.html", PageLinks.scan(Files.readString(dir.resolve("b.html"))));
        assertThat(parsed).hasSize(5);
        assertThat(LinkChecker.check(dir, known)).isEqualTo(parsed);
    }
}
