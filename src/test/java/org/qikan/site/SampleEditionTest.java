package org.qikan.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.check.LinkChecker;
import org.qikan.content.Article;
import org.qikan.content.ContentLoader;
import org.qikan.content.Edition;
import org.qikan.content.Issue;
import org.qikan.content.Journal;
import org.qikan.diag.Diagnostics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds the repository's sample edition and checks what a reader and an archivist would. */
class SampleEditionTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    @TempDir
    static Path out;
    static BuildResult result;
    static Edition edition;

    @BeforeAll
    static void build() {
        result = new SiteBuild(BuildOptions.of(Path.of("content"), out.resolve("site"))).run();
        edition = new ContentLoader(new Diagnostics()).load(Path.of("content")).orElseThrow();
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve("site").resolve(path).toFile(), "UTF-8");
    }

    static List<Path> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(out.resolve("site"))) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void buildsWithNoErrorsNoWarningsAndNoBrokenLinks() throws IOException {
        assertThat(result.diagnostics().sorted()).isEmpty();
        assertThat(result.succeeded()).isTrue();
        assertThat(LinkChecker.check(out.resolve("site"))).isEmpty();
        assertThat(result.summary().journals()).isEqualTo(2);
        assertThat(result.summary().issues()).isEqualTo(3);
        assertThat(result.summary().articles()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void homeListsEachJournalWithItsLatestIssue() throws IOException {
        Document home = page("index.html");
        for (Journal journal : edition.journals()) {
            Element card = home.selectFirst(".journal-card:has(a[href=" + journal.slug() + "/index.html])");
            assertThat(card).isNotNull();
            Issue latest = journal.latestIssue().orElseThrow();
            assertThat(card.select("a[href=" + journal.slug() + "/" + latest.slug() + "/index.html]")).isNotEmpty();
        }
    }

    @Test
    void archiveGroupsIssuesByYearNewestFirst() throws IOException {
        Journal journal = edition.journals().get(0);
        Document archive = page(journal.slug() + "/index.html");
        List<String> links = archive.select(".archive a").eachAttr("href").stream()
                .map(h -> resolve(journal.slug() + "/index.html", h)).toList();
        List<String> expected = journal.issues().stream().map(i -> journal.slug() + "/" + i.slug() + "/index.html").toList();
        assertThat(links).containsExactlyElementsOf(expected);
        assertThat(archive.select(".archive-year h3").eachText()).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void tocIsBilingualWithSectionsTitlesAuthorsAndPages() throws IOException {
        Journal journal = edition.journals().get(0);
        for (Issue issue : journal.issues()) {
            Document toc = page(journal.slug() + "/" + issue.slug() + "/index.html");
            Document tocEn = page("en/" + journal.slug() + "/" + issue.slug() + "/index.html");
            for (Article article : issue.articles()) {
                Element entry = toc.selectFirst(".toc-entry:has(a[href$=/" + article.slug() + ".html])");
                assertThat(entry).as(article.slug()).isNotNull();
                assertThat(entry.text()).contains(article.title().zh(), article.title().en());
                article.allAuthors().forEach(a -> assertThat(entry.text()).contains(a.name().zh(), a.name().en()));
                assertThat(entry.selectFirst(".toc-page").text()).endsWith(String.valueOf(article.firstPage()));
                Element sectionBlock = entry.closest(".toc-section");
                issue.sections().stream().filter(s -> s.id().equals(article.sectionId())).findFirst().ifPresent(s ->
                        assertThat(sectionBlock.selectFirst("h3").text()).contains(s.title().zh(), s.title().en()));
                Element entryEn = tocEn.selectFirst(".toc-entry:has(a[href$=/" + article.slug() + ".html])");
                assertThat(entryEn.text()).contains(article.title().en()).doesNotContain(article.title().zh());
            }
        }
    }

    @Test
    void englishReaderCanNavigateEndToEndInEnglish() throws IOException {
        Document home = page("en/index.html");
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("en");
        String archive = resolve("en/index.html", home.selectFirst(".journal-card h3 a").attr("href"));
        assertThat(archive).startsWith("en/");
        String toc = resolve(archive, page(archive).selectFirst(".archive a").attr("href"));
        assertThat(toc).startsWith("en/");
        String landingPath = resolve(toc, page(toc).selectFirst(".toc-entry a").attr("href"));
        assertThat(landingPath).startsWith("en/");
        Document landing = page(landingPath);
        assertThat(landing.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(landing.selectFirst(".meta-abstract").text()).startsWith("Abstract");
        assertThat(landing.selectFirst(".full-text-link a").attr("hreflang")).isEqualTo("zh-Hans");
    }

    @Test
    void everyHanTextOnEnglishPagesIsMarkedChinese() throws IOException {
        for (Path file : pages()) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            if (!doc.selectFirst("html").attr("lang").equals("en")) {
                continue;
            }
            List<String> unmarked = new ArrayList<>();
            NodeTraversor.traverse((Node node, int depth) -> {
                if (node instanceof TextNode text && HAN.matcher(text.text()).find()
                        && !nearestLang(text).equals("zh-Hans")) {
                    unmarked.add(text.text().strip());
                }
            }, doc.body());
            assertThat(unmarked).as(file.toString()).isEmpty();
        }
    }

    @Test
    void englishMetadataOnChinesePagesIsMarkedEnglish() throws IOException {
        Journal journal = edition.journals().get(0);
        Issue issue = journal.issues().get(0);
        Article article = issue.articles().get(0);
        Document page = page(journal.slug() + "/" + issue.slug() + "/" + article.slug() + ".html");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-Hans");
        Element titleEn = page.selectFirst(".article-title-en");
        assertThat(nearestLang(titleEn)).isEqualTo("en");
        Element abstractEn = page.select(".meta-abstract").last();
        assertThat(abstractEn.text()).contains(article.abstractText().en());
        assertThat(nearestLang(abstractEn)).isEqualTo("en");
    }

    @Test
    void notesAreCrossLinkedBothWaysAndNumberedInReadingOrder() throws IOException {
        int articlesWithRepeatedCitation = 0;
        for (Journal journal : edition.journals()) {
            for (Issue issue : journal.issues()) {
                for (Article article : issue.articles()) {
                    Document page = page(journal.slug() + "/" + issue.slug() + "/" + article.slug() + ".html");
                    List<Element> refs = page.select("a[role=doc-noteref]");
                    assertThat(refs).as(article.slug()).hasSizeGreaterThanOrEqualTo(5);
                    int highest = 0;
                    for (Element ref : refs) {
                        int number = Integer.parseInt(ref.text());
                        assertThat(number).as("first citations come in order").isLessThanOrEqualTo(highest + 1);
                        highest = Math.max(highest, number);
                        Element note = page.getElementById(ref.attr("href").substring(1));
                        assertThat(note).isNotNull();
                        assertThat(note.closest("[role=doc-endnotes]")).isNotNull();
                        assertThat(note.select("a[role=doc-backlink]").eachAttr("href")).contains("#" + ref.id());
                    }
                    for (Element note : page.select("[role=doc-endnotes] li")) {
                        List<Element> backlinks = note.select("a[role=doc-backlink]");
                        backlinks.forEach(b -> assertThat(page.getElementById(b.attr("href").substring(1))).isNotNull());
                        if (backlinks.size() > 1) {
                            articlesWithRepeatedCitation++;
                            assertThat(backlinks.stream().map(b -> b.select("sup").text()).toList()).startsWith("a", "b");
                        }
                    }
                    List<String> ids = page.select("[id]").eachAttr("id");
                    assertThat(ids).as("ids unique in " + article.slug()).doesNotHaveDuplicates();
                }
            }
        }
        assertThat(articlesWithRepeatedCitation).isGreaterThanOrEqualTo(6);
    }

    @Test
    void articlePageHasBilingualHeaderBodyNotesNeighboursAndBreadcrumbs() throws IOException {
        Journal journal = edition.journals().get(0);
        Issue issue = journal.issues().get(0);
        Article middle = issue.articles().get(1);
        Document page = page(journal.slug() + "/" + issue.slug() + "/" + middle.slug() + ".html");
        assertThat(page.selectFirst("h1").text()).contains(middle.title().zh());
        String path = journal.slug() + "/" + issue.slug() + "/" + middle.slug() + ".html";
        assertThat(page.select(".breadcrumbs a").eachAttr("href").stream().map(h -> resolve(path, h)))
                .containsExactly("index.html", journal.slug() + "/index.html", journal.slug() + "/" + issue.slug() + "/index.html");
        assertThat(page.selectFirst("a[rel=prev]").attr("href")).endsWith(issue.articles().get(0).slug() + ".html");
        assertThat(page.selectFirst("a[rel=next]").attr("href")).endsWith(issue.articles().get(2).slug() + ".html");
        if (middle.doi() != null) {
            assertThat(page.select("a[href=https://doi.org/" + middle.doi() + "]")).isNotEmpty();
        }
        assertThat(page.selectFirst("meta[name=citation_title]").attr("content")).isEqualTo(middle.subtitle().hasChinese()
                ? middle.title().zh() + "：" + middle.subtitle().zh() : middle.title().zh()); // Scholar wants the subtitle
    }

    @Test
    void symposiumPiecesKeepTheirOwnTitlesAndAuthors() throws IOException {
        Journal journal = edition.journals().get(0);
        for (Issue issue : journal.issues()) {
            for (Article article : issue.articles()) {
                if (!article.isSymposium()) {
                    continue;
                }
                Document page = page(journal.slug() + "/" + issue.slug() + "/" + article.slug() + ".html");
                assertThat(page.select("section.piece")).hasSize(article.pieces().size());
                article.pieces().forEach(piece -> {
                    Element section = page.getElementById("piece-" + piece.id());
                    assertThat(section.selectFirst(".piece-title").text()).contains(piece.title().zh());
                    piece.authors().forEach(a -> assertThat(section.selectFirst(".authors").text()).contains(a.name().zh()));
                });
                return;
            }
        }
        throw new AssertionError("the sample edition has no symposium");
    }

    @Test
    void nothingIsRequestedFromAnotherHostAndNoLinkIsAbsolute() throws IOException {
        for (Path file : pages()) {
            // parsed with the page's file: URL as base, so that "abs:" resolves (a plain path as base resolves nothing)
            Document doc = Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
            assertThat(doc.select("script[src], img, iframe, source").eachAttr("abs:src"))
                    .as(file + ": scripts").hasSameSizeAs(doc.select("script[src], img, iframe, source"))
                    .as(file.toString()).allMatch(s -> s.startsWith("file:"));
            assertThat(doc.select("link[rel=stylesheet]").eachAttr("abs:href"))
                    .as(file + ": stylesheets").isNotEmpty().allMatch(s -> s.startsWith("file:"));
            // canonical and language alternates are absolute by design where base_url is set; nothing loads them
            assertThat(doc.select("link[href]:not([rel=canonical]):not([hreflang])").eachAttr("abs:href"))
                    .as(file.toString()).allMatch(s -> s.startsWith("file:"));
            assertThat(doc.select("[href], [src]").stream().map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src")))
                    .as(file.toString()).noneMatch(s -> s.startsWith("/"));
        }
    }

    /** The site path a link on the page at {@code pagePath} leads to. */
    static String resolve(String pagePath, String href) {
        Path parent = Path.of(pagePath).getParent();
        return (parent == null ? Path.of(href) : parent.resolve(href)).normalize().toString().replace('\\', '/');
    }

    /** The language of a node: the nearest {@code lang} attribute on it or an ancestor. */
    static String nearestLang(Node node) {
        for (Node n = node; n != null; n = n.parent()) {
            if (n instanceof Element e && e.hasAttr("lang")) {
                return e.attr("lang");
            }
        }
        return "";
    }
}
