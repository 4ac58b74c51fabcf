package org.qikan.check;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Quality gate: every internal link, asset and #fragment of the sample and corpus editions resolves; and the checker itself. */
class LinkCheckerTest {
    @TempDir
    Path site;

    @Test
    void everyLinkOfTheSampleEditionResolves() throws IOException {
        everyLinkAssetAndFragmentResolves(Editions.SAMPLE);
    }

    @Test
    @Tag("corpus")
    void everyLinkOfTheCorpusEditionResolves() throws IOException {
        everyLinkAssetAndFragmentResolves(Editions.CORPUS);
    }

    private static void everyLinkAssetAndFragmentResolves(String edition) throws IOException {
        List<LinkProblem> problems = LinkChecker.check(Editions.root(edition));
        assertThat(problems).isEmpty();
        System.out.printf("Links (%s edition): %d pages, 0 broken links or fragments%n", edition, Editions.pages(edition).size());
    }

    @Test
    void aSiteWhoseLinksAllResolveHasNoProblems() throws IOException {
        write("index.html", page("<a href=\"a/b.html#x\">b</a> <img src=\"img/logo.svg\" alt=\"\"> <a href=\"#top\">top</a>"
                + " <a href=\"https://doi.org/10.1/x\">doi</a> <a href=\"a/b.html?q=1#x\">query</a> <a href=\"mailto:e@example.org\">mail</a>"));
        write("a/b.html", page("<p id=\"x\">x</p><a href=\"../index.html\">up</a><link rel=\"stylesheet\" href=\"../css/s.css\">"));
        write("img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        write("css/s.css", "body{}");
        assertThat(LinkChecker.check(site)).isEmpty();
    }

    @Test
    void theSameReferenceFromPagesOfOneFolderOrOfAnotherIsCheckedForEachPage() throws IOException {
        // each reference is resolved once per folder: a page's own fragment, a file beside it, and the same text
        // from another folder (which points elsewhere) must still be judged for the page that makes it
        write("a.html", page("<p id=\"x\">a</p><a href=\"#x\">x</a> <a href=\"c.html\">c</a> <a href=\"gone.html\">g</a>"));
        write("b.html", page("<p id=\"y\">b</p><a href=\"#x\">x</a> <a href=\"c.html\">c</a> <a href=\"gone.html\">g</a>"));
        write("c.html", page("<p>c</p>"));
        write("sub/d.html", page("<a href=\"c.html\">c</a> <a href=\"../c.html\">up</a> <a href=\"#x\">x</a>"));
        assertThat(LinkChecker.check(site)).extracting(LinkProblem::page, LinkProblem::reference, LinkProblem::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a.html", "gone.html", "no such file"),
                        org.assertj.core.groups.Tuple.tuple("b.html", "#x", "no element with id 'x'"),
                        org.assertj.core.groups.Tuple.tuple("b.html", "gone.html", "no such file"),
                        org.assertj.core.groups.Tuple.tuple("sub/d.html", "c.html", "no such file"),
                        org.assertj.core.groups.Tuple.tuple("sub/d.html", "#x", "no element with id 'x'"));
    }

    @Test
    void reportsAMissingFileAMissingFragmentAndAnAbsolutePath() throws IOException {
        write("index.html", page("<a href=\"missing.html\">m</a> <a href=\"b.html#nowhere\">f</a>"
                + " <a href=\"#gone\">local</a> <a href=\"/b.html\">abs</a>"));
        write("b.html", page("<p id=\"here\">b</p>"));
        assertThat(LinkChecker.check(site)).extracting(LinkProblem::reference, LinkProblem::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("missing.html", "no such file"),
                        org.assertj.core.groups.Tuple.tuple("b.html#nowhere", "no element with id 'nowhere'"),
                        org.assertj.core.groups.Tuple.tuple("#gone", "no element with id 'gone'"),
                        org.assertj.core.groups.Tuple.tuple("/b.html", "absolute path: breaks from file:// and under a sub-path"));
    }

    @Test
    void reportsResourcesLoadedFromAnotherHostButNotLinksReadersFollow() throws IOException {
        write("index.html", page("<link rel=\"stylesheet\" href=\"https://cdn.example.com/x.css\">"
                + "<script src=\"//cdn.example.com/x.js\"></script><img src=\"http://example.com/x.png\" alt=\"\">"
                + "<a href=\"https://example.com/\">ok</a><link rel=\"alternate\" hreflang=\"en\" href=\"https://example.com/en/\">"));
        assertThat(LinkChecker.check(site)).extracting(LinkProblem::reference).containsExactly(
                "https://cdn.example.com/x.css", "//cdn.example.com/x.js", "http://example.com/x.png");
        assertThat(LinkChecker.check(site)).allSatisfy(p -> assertThat(p.reason()).isEqualTo("loads a resource from another host"));
    }

    @Test
    void everyAttributeAndStyleThatLoadsSomethingIsChecked() throws IOException {
        write("index.html", page("<video poster=\"https://e.example/p.jpg\" src=\"v.mp4\"></video>"
                + "<img src=\"a.png\" srcset=\"a.png 1x, https://e.example/2x.png 2x\" alt=\"\">"
                + "<p style=\"background: url('https://e.example/bg.png')\">x</p>"
                + "<style>@import \"https://e.example/i.css\"; p { background: url(//e.example/s.png) }</style>"
                + "<object data=\"https://e.example/o.swf\"></object><embed src=\"https://e.example/e.swf\">"
                + "<meta http-equiv=\"refresh\" content=\"0; url=https://e.example/away\">"
                + "<input type=\"image\" src=\"https://e.example/button.png\" alt=\"go\">"
                + "<iframe srcdoc=\"&lt;img src=&quot;https://e.example/in.png&quot;&gt;\"></iframe>"
                + "<svg><image href=\"https://e.example/svg.png\"/></svg>"
                + "<img src=\"data:image/png;base64,AAAA\" alt=\"\">"));
        write("a.png", "png");
        assertThat(LinkChecker.check(site)).extracting(LinkProblem::reference, LinkProblem::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("https://e.example/p.jpg", "loads a resource from another host"),
                org.assertj.core.groups.Tuple.tuple("v.mp4", "no such file"),
                org.assertj.core.groups.Tuple.tuple("https://e.example/2x.png", "loads a resource from another host"),
                org.assertj.core.groups.Tuple.tuple("https://e.example/bg.png", "loads a resource from another host"),
                org.assertj.core.groups.Tuple.tuple("https://e.example/i.css", "loads a resource from another host"),
                org.assertj.core.groups.Tuple.tuple("//e.example/s.png", "loads a resource from another host"),
                org.assertj.core.groups.Tuple.tuple("https://e.example/o.swf", "loads a resource from another host"),
                org.assertj.core.groups.Tuple.tuple("https://e.example/e.swf", "loads a resource from another host"),
                org.assertj.core.groups.Tuple.tuple("https://e.example/away", "loads a resource from another host"),
                org.assertj.core.groups.Tuple.tuple("https://e.example/button.png", "loads a resource from another host"),
                org.assertj.core.groups.Tuple.tuple("https://e.example/in.png", "loads a resource from another host"),
                org.assertj.core.groups.Tuple.tuple("https://e.example/svg.png", "loads a resource from another host"));
    }

    @Test
    void reportsLinksToFoldersAndOutsideTheSite() throws IOException {
        write("index.html", page("<a href=\"a/\">folder</a> <a href=\"../elsewhere.html\">out</a>"));
        write("a/index.html", page("a"));
        assertThat(LinkChecker.check(site)).extracting(LinkProblem::reference, LinkProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a/", "points at a folder: link index.html so that it works from file://"),
                org.assertj.core.groups.Tuple.tuple("../elsewhere.html", "points outside the site"));
    }

    @Test
    void decodesPercentEncodedPathsAndFragments() throws IOException {
        write("index.html", page("<a href=\"%E6%96%87.html#%E6%B3%A8\">zh</a>"));
        write("文.html", page("<p id=\"注\">注</p>"));
        assertThat(LinkChecker.check(site)).isEmpty();
    }

    @Test
    void pagesTheBuildScannedAreJudgedEachForItselfAcrossManyFolders() throws IOException {
        // the build's scans give one object for equal references, which the check resolves once per folder: a broken
        // fragment, a missing asset and a load from another host must still be reported on every page that makes them,
        // in folders enough that the folders' outcomes are let go and worked out again (they are kept for the last 8)
        ScannedPages scanned = new ScannedPages();
        List<String> expected = new java.util.ArrayList<>();
        for (int f = 0; f < 12; f++) {
            String folder = String.format(java.util.Locale.ROOT, "f%02d/", f);
            write(folder + "target.html", page("<p id=\"here\">t</p>"));
            write(folder + "logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
            for (String name : List.of("a.html", "b.html")) {
                String html = page("<a href=\"target.html#here\">ok</a> <a href=\"target.html#gone\">f</a>"
                        + " <img src=\"logo.svg\" alt=\"\"> <img src=\"" + (f % 2 == 0 ? "missing.png" : "logo.svg") + "\" alt=\"\">"
                        + " <img src=\"https://e.example/x.png\" alt=\"\"> <a href=\"#top\">top</a> <a href=\"#mine\">own</a>"
                        + (name.equals("a.html") ? "<p id=\"mine\">a</p>" : "")
                        + " <a href=\"../f00/target.html#here\">other folder</a>");
                write(folder + name, html);
                scanned.scan(folder + name, html);
                expected.add(folder + name + ": target.html#gone (no element with id 'gone')");
                if (f % 2 == 0) {
                    expected.add(folder + name + ": missing.png (no such file)");
                }
                expected.add(folder + name + ": https://e.example/x.png (loads a resource from another host)");
                if (name.equals("b.html")) {
                    expected.add(folder + name + ": #mine (no element with id 'mine')");
                }
            }
            scanned.scan(folder + "target.html", page("<p id=\"here\">t</p>"));
        }
        assertThat(scanned.check(site)).extracting(LinkProblem::toString).containsExactlyElementsOf(expected);
        assertThat(LinkChecker.check(site)).extracting(LinkProblem::toString).containsExactlyElementsOf(expected);
    }

    @Test
    void followsLinkedFilesAndFoldersAsTheBrowserWould() throws IOException {
        write("real/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        write("real/page.html", page("<p id=\"x\">x</p>"));
        Files.createSymbolicLink(site.resolve("logo.svg"), site.resolve("real/logo.svg"));
        Files.createSymbolicLink(site.resolve("linked"), site.resolve("real"));
        write("index.html", page("<img src=\"logo.svg\" alt=\"\"> <img src=\"linked/logo.svg\" alt=\"\">"
                + " <a href=\"linked/page.html#x\">x</a> <a href=\"linked/page.html#y\">y</a> <a href=\"linked\">folder</a>"
                + " <img src=\"linked/none.svg\" alt=\"\">"));
        assertThat(LinkChecker.check(site)).extracting(LinkProblem::reference, LinkProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("linked/page.html#y", "no element with id 'y'"),
                org.assertj.core.groups.Tuple.tuple("linked", "points at a folder: link index.html so that it works from file://"),
                org.assertj.core.groups.Tuple.tuple("linked/none.svg", "no such file"));
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body id=\"top\">" + body + "</body></html>";
    }
}
