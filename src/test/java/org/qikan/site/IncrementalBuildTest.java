package org.qikan.site;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.TestSite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A build that reuses the cache beside the output gives exactly the files a build from scratch
 * gives, after every kind of change a publisher makes; and it did reuse what had not changed.
 */
class IncrementalBuildTest {
    private static final Pattern REUSED = Pattern.compile("\\((\\d+) of (\\d+) issues reused");
    private static final Pattern BODIES = Pattern.compile("(\\d+) of (\\d+) bodies");
    private static final Pattern OTHER_PAGES = Pattern.compile("(\\d+) of (\\d+) other pages");
    private static final Pattern EXPORTS = Pattern.compile("(\\d+) of (\\d+) articles' exports reused");
    private static final Pattern SCANS = Pattern.compile("\\((\\d+) of (\\d+) pages' scans reused\\)");
    private static final Pattern SEGMENTS = Pattern.compile("indexed (\\d+) articles for search in [0-9.]+ s \\((\\d+) reused\\)(, search files taken back)?(, search files patched)?");

    @TempDir
    Path dir;
    private Path content;
    private Path templates;
    private Path out;
    private int colds;
    private BuildSummary lastSummary;
    /** The index's figures (terms, parts, sizes, files) of the last build, and of the last cold build a test compared with. */
    private String lastSearch;
    private String coldSearch;
    private BuildResult lastResult;
    /** Of the last build: bodies taken back, bodies in all, search segments taken back, articles indexed. */
    private int bodiesReused;
    private int bodies;
    /** Of the last build: pages outside the issues (home, archive, catalog pages) taken back, and in all. */
    private int otherPagesReused;
    private int otherPages;
    private int segmentsReused;
    private int indexed;
    /** Of the last build: whether the search files were taken back from the previous output, no index built. */
    private boolean searchFilesReused;
    /** Of the last build: whether the previous search files were patched where articles changed, no whole index built. */
    private boolean searchFilesPatched;
    /** Of the last build: articles whose export files were taken back, articles exported. */
    private int exportsReused;
    private int exported;
    /** Of the last build: pages whose links were taken from the last build's scan, pages the link check read. */
    private int scansReused;
    private int scanned;

    /** A journal with two issues of two articles each. */
    @BeforeEach
    void writeASite() throws IOException {
        TestSite site = new TestSite(dir.resolve("project"))
                .file("content/tj/2024-04/second.md", TestSite.ARTICLE.replace("测试文章", "第二篇文章").replace("first_page: 1\nlast_page: 10", "first_page: 11\nlast_page: 20"))
                .file("content/tj/2025-01/issue.yaml", TestSite.ISSUE.replace("year: 2024", "year: 2025").replace("number: 4", "number: 1"))
                .file("content/tj/2025-01/first.md", TestSite.ARTICLE.replace("正文第一段。", "二〇二五年的正文。"))
                .file("content/tj/2025-01/second.md", TestSite.ARTICLE.replace("first_page: 1\nlast_page: 10", "first_page: 11\nlast_page: 20"));
        content = site.content();
        templates = site.root().resolve("templates");
        out = dir.resolve("site");
        assertThat(incremental()).as("first build: nothing to reuse").isEqualTo(0);
    }

    @Test
    void nothingChangedReusesEveryIssue() throws IOException {
        assertThat(incremental()).isEqualTo(2);
        assertThat(bodiesReused).as("no body rendered").isEqualTo(bodies).isEqualTo(4);
        assertThat(segmentsReused).as("no article tokenized").isEqualTo(indexed).isEqualTo(4);
        assertThat(exportsReused).as("no citation or JATS file made").isEqualTo(exported).isEqualTo(4);
        assertThat(searchFilesReused).as("no search index built").isTrue();
        assertSameAsColdBuild();
    }

    @Test
    void theSearchIndexIsBuiltAgainWhereAnArticleOrASearchFileOrTheRecordOfThemChanged() throws IOException {
        replace(firstArticle(content.resolve("tj/2024-04")), "正文第一段。", "正文第一段，改过。");
        assertSearchIndexBuiltAgain("an article of the older issue edited: the segments before it loaded again");
        incremental();
        assertThat(searchFilesReused).isTrue();
        assertSameAsColdBuild();

        Path part;
        try (Stream<Path> parts = Files.list(out.resolve("search/parts"))) {
            part = parts.sorted().findFirst().orElseThrow();
        }
        Files.writeString(part, "changed by hand");
        assertSearchIndexBuiltAgain("a search file changed in the output");

        Path record = dir.resolve(BuildCache.FOLDER).resolve("site").resolve(CachedSearchFiles.FILE);
        Files.writeString(record, Files.readString(record).replace("\"stats\"", "\"stats\" : null, \"other\""));
        assertSearchIndexBuiltAgain("a damaged record");
        Files.writeString(record, "\u0000 garbage");
        assertSearchIndexBuiltAgain("a record that is not JSON");

        Files.delete(firstArticle(content.resolve("tj/2024-04")));
        assertSearchIndexBuiltAgain("an article deleted");
    }

    /** Builds with the cache: the search index must have been built, not taken back, and the output be a cold build's. */
    private void assertSearchIndexBuiltAgain(String why) throws IOException {
        incremental();
        assertThat(searchFilesReused).as(why).isFalse();
        assertSameAsColdBuild();
    }

    @Test
    void anArticlesExportsAreMadeAgainOnlyWhenWhatTheyAreMadeFromChanged() throws IOException {
        Path article = firstArticle(content.resolve("tj/2025-01"));
        replace(article, "last_page: 10", "last_page: 12");
        incremental();
        assertThat(exported - exportsReused).as("the article whose pages changed").isEqualTo(1);
        assertSameAsColdBuild();
        assertThat(Files.readString(out.resolve("tj/2025-01/" + slug(article) + ".bib"))).contains("1--12");

        replace(content.resolve("tj/journal.yaml"), "issn: 0000-0000", "issn: 1234-5678");
        incremental();
        assertThat(exportsReused).as("a journal setting every record shows").isEqualTo(0);
        assertSameAsColdBuild();
        assertThat(Files.readString(out.resolve("tj/2024-04/" + slug(firstArticle(content.resolve("tj/2024-04"))) + ".xml")))
                .contains("1234-5678");

        // a journal field added later than the keys were written (the name in traditional characters) counts too
        Files.writeString(content.resolve("tj/journal.yaml"), Files.readString(content.resolve("tj/journal.yaml")) + "name_alternate: 測試國際評論\n");
        assertThat(incremental()).as("issue pages show it (JSON-LD)").isEqualTo(0);
        assertThat(exportsReused).as("JATS shows it").isEqualTo(0);
        assertSameAsColdBuild();
    }

    @Test
    void damagedOrForeignExportEntriesAreIgnored() throws IOException {
        List<Path> files = listed(dir.resolve(BuildCache.FOLDER).resolve("site").resolve(CachedExports.EXPORTS));
        assertThat(files).hasSize(4);
        byte[] bytes = Files.readAllBytes(files.get(0));
        bytes[bytes.length / 2] ^= 1;
        Files.write(files.get(0), bytes);
        Files.copy(files.get(2), files.get(1), StandardCopyOption.REPLACE_EXISTING);
        // forged: another key named inside, a page range changed, and a checksum line that matches (bytes kept as bytes)
        String entry = Files.readString(files.get(3), StandardCharsets.ISO_8859_1);
        String forged = entry.substring(entry.indexOf('\n') + 1).replace(slugOf(files.get(3)), slugOf(files.get(2)))
                .replace("1--10", "1--99");
        Files.writeString(files.get(3), BuildKeys.checksum(forged.getBytes(StandardCharsets.ISO_8859_1)) + "\n" + forged, StandardCharsets.ISO_8859_1);
        incremental();
        assertThat(exported - exportsReused).as("exports made again").isEqualTo(3);
        assertSameAsColdBuild();
        incremental();
        assertThat(exportsReused).as("the cache is whole again").isEqualTo(4);
    }

    @Test
    void theBagItManifestTakesOnlyChecksumsOfUnchangedFilesFromTheCache() throws IOException {
        Path sums = dir.resolve(BuildCache.FOLDER).resolve("site").resolve(CachedChecksums.FILE);
        assertThat(Files.readString(sums)).contains(" tj/2025-01/index.html\n");
        Path article = firstArticle(content.resolve("tj/2025-01"));
        Files.writeString(article, Files.readString(article) + "\n清单里的校验和要换。\n");
        incremental();
        assertSameAsColdBuild();
        // damaged: one checksum changed, the list's own checksum line no longer matches
        String list = Files.readString(sums);
        int at = list.indexOf(' ') + 1;
        Files.writeString(sums, list.substring(0, at) + (list.charAt(at) == '0' ? '1' : '0') + list.substring(at + 1));
        incremental();
        assertSameAsColdBuild();
    }

    @Test
    void aFailedRebuildLeavesThePreviousOutputWhoseFilesItLinkedUntouched() throws IOException {
        incremental();
        Map<String, String> before = BuiltSite.fingerprint(out);
        Path article = firstArticle(content.resolve("tj/2025-01"));
        replace(article, "section: research", "section: nowhere");
        BuildResult failed = new SiteBuild(options(out)).run();
        assertThat(failed.succeeded()).isFalse();
        assertThat(BuiltSite.fingerprint(out)).isEqualTo(before);
        replace(article, "section: nowhere", "section: research");
        assertThat(incremental()).isEqualTo(2);
        assertSameAsColdBuild();
    }

    @Test
    void theSampleEditionRebuiltFromTheCacheIsTheSame() throws IOException {
        content = dir.resolve("sample/content");
        out = dir.resolve("sample-site");
        copyTree(Path.of("content"), content);
        long issues;
        try (Stream<Path> walk = Files.walk(content)) {
            issues = walk.filter(p -> p.getFileName().toString().equals("issue.yaml")).count();
        }
        assertThat(incremental()).isEqualTo(0);
        assertThat(incremental()).isEqualTo(issues);
        assertSameAsColdBuild();
    }

    @Test
    void theLinkCheckTakesUnchangedPagesScansFromTheCacheYetChecksEveryBuild() throws IOException {
        assertThat(incremental()).isEqualTo(2);
        assertThat(scanned).as("pages read for the check").isPositive();
        assertThat(scansReused).as("nothing changed: every page's scan from links.bin").isEqualTo(scanned);
        assertSameAsColdBuild();

        Path article = firstArticle(content.resolve("tj/2025-01"));
        String source = Files.readString(article);
        Files.writeString(article, source + "\n见[后文](#no-such-part)。\n");
        BuildResult broken = new SiteBuild(options(out)).run();
        assertThat(broken.succeeded()).isFalse();
        assertThat(broken.diagnostics().sorted()).anyMatch(d -> d.message().contains("broken link '#no-such-part'"));
        Files.writeString(article, source);
        assertThat(incremental()).isEqualTo(2);
        assertSameAsColdBuild();

        Path list = dir.resolve(BuildCache.FOLDER).resolve("site").resolve(LinkScanFile.FILE);
        byte[] bytes = Files.readAllBytes(list);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(list, bytes);
        incremental();
        assertThat(scansReused).as("a damaged list: every page scanned again").isZero();
        assertSameAsColdBuild();
        incremental();
        assertThat(scansReused).as("the list is whole again").isEqualTo(scanned);

        Files.write(list, java.util.Arrays.copyOf(Files.readAllBytes(list), 40));
        incremental();
        assertThat(scansReused).as("a truncated list").isZero();
        assertSameAsColdBuild();
    }

    @Test
    void anIssueAddedAnArticleEditedATemplateEditedAnArticleDeleted() throws IOException {
        Path issue = content.resolve("tj/2025-01");
        Path added = content.resolve("tj/2023-01");
        copyTree(issue, added);
        replace(added.resolve("issue.yaml"), "(?m)^year: .*$", "year: 2023");
        assertThat(incremental()).as("issue added: the two old issues reused").isEqualTo(2);
        assertSameAsColdBuild();

        Path article = firstArticle(issue);
        Files.writeString(article, Files.readString(article) + "\n新增的一段话，用来检验增量构建。\n");
        assertThat(incremental()).as("article edited: its issue rendered again").isEqualTo(2);
        assertSameAsColdBuild();
        assertThat(Files.readString(out.resolve("tj/2025-01/" + slug(article) + ".html"))).contains("新增的一段话");

        Files.createDirectories(templates);
        Path articleTemplate = templates.resolve("article.peb");
        Files.copy(Path.of("templates/article.peb"), articleTemplate);
        replace(articleTemplate, "</article>", "</article><!-- edited by the publisher -->");
        assertThat(incremental()).as("template edited: every issue rendered again").isEqualTo(0);
        assertSameAsColdBuild();
        assertThat(Files.readString(out.resolve("tj/2025-01/" + slug(article) + ".html"))).contains("edited by the publisher");

        Path deleted = firstArticle(added);
        Files.delete(deleted);
        assertThat(incremental()).as("article deleted: its issue rendered again").isEqualTo(2);
        assertSameAsColdBuild();
        assertThat(out.resolve("tj/2023-01/" + slug(deleted) + ".html")).doesNotExist();
    }

    @Test
    void anEditedArticleIsTheOnlyBodyRenderedAndTokenizedAgain() throws IOException {
        Path article = firstArticle(content.resolve("tj/2025-01"));
        Files.writeString(article, Files.readString(article) + "\n补上的一段。\n");
        assertThat(incremental()).isEqualTo(1);
        assertThat(bodies - bodiesReused).as("bodies rendered").isEqualTo(1);
        assertThat(indexed - segmentsReused).as("articles tokenized").isEqualTo(1);
        assertSameAsColdBuild();
        assertThat(Files.readString(out.resolve("search/text/2.0.js")).length()).isPositive();
    }

    @Test
    void anEditedArticlesSearchFilesArePatchedAndTheResultIsAWholeIndexs() throws IOException {
        Path article = firstArticle(content.resolve("tj/2024-04"));
        Files.writeString(article, Files.readString(article) + "\n补上一段全新的文字：量子通信与海洋治理。\n");
        incremental();
        assertThat(searchFilesPatched).as("a body edited").isTrue();
        assertSameAsColdBuild();
        assertThat(lastSearch).as("the index's figures").isEqualTo(coldSearch);

        replace(article, "title: \\{zh: 测试文章, en: A Test Article\\}", "title: {zh: 改过的题目, en: A Changed Title}");
        Path other = firstArticle(content.resolve("tj/2025-01"));
        Files.writeString(other, Files.readString(other).replace("二〇二五年的正文。", "二〇二五年的正文。[^b]\n\n[^b]: 新的注释，提到芯片。"));
        incremental();
        assertThat(searchFilesPatched).as("a title and a note in two articles").isTrue();
        assertSameAsColdBuild();
        assertThat(lastSearch).isEqualTo(coldSearch);

        Files.writeString(other, Files.readString(other).replace("[^b]\n\n[^b]: 新的注释，提到芯片。", ""));
        incremental();
        assertSameAsColdBuild();

        Path record = dir.resolve(BuildCache.FOLDER).resolve("site").resolve(CachedSearchFiles.FILE);
        Files.writeString(record, Files.readString(record).replace("\"partTerms\"", "\"partTermsOfAnother\""));
        Files.writeString(article, Files.readString(article) + "\n又一段。\n");
        incremental();
        assertThat(searchFilesPatched).as("a record without the parts' terms").isFalse();
        assertSameAsColdBuild();

        Path part;
        try (Stream<Path> parts = Files.list(out.resolve("search/parts"))) {
            part = parts.sorted().findFirst().orElseThrow();
        }
        Files.writeString(part, "changed by hand");
        Files.writeString(article, Files.readString(article) + "\n再一段。\n");
        incremental();
        assertThat(searchFilesPatched).as("a search file changed in the output").isFalse();
        assertSameAsColdBuild();
    }

    @Test
    void aBodyOnlyEditTakesBackEveryPageOutsideItsIssue() throws IOException {
        Path article = firstArticle(content.resolve("tj/2025-01"));
        Files.writeString(article, Files.readString(article) + "\n只改正文的一段。\n");
        incremental();
        assertThat(otherPages).as("home, archive, catalog pages…").isGreaterThan(10);
        assertThat(otherPagesReused).as("none shows the body").isEqualTo(otherPages);
        assertSameAsColdBuild();
    }

    @Test
    void aPublishersTemplateReadingMoreThanThePageIsGivenIsNeverServedStale() throws IOException {
        // the built-in person page lists works through the views it is given; this one reads the entry's works itself
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("person.peb"), Files.readString(Path.of("templates/person.peb"))
                .replace("</section>\n{% endblock %}", "</section>\n"
                        + "<ul class=\"own-list\">{% for w in person.works %}<li>{{ w.article.abstractText.zh }}</li>{% endfor %}</ul>\n{% endblock %}"));
        incremental();
        replace(firstArticle(content.resolve("tj/2024-04")), "abstract: \\{zh: 这是摘要。", "abstract: {zh: 改过的摘要。");
        incremental();
        assertThat(otherPagesReused).as("no page made from the publisher's templates is taken back").isEqualTo(0);
        assertSameAsColdBuild();
        try (Stream<Path> people = Files.list(out.resolve("people"))) {
            assertThat(people.filter(p -> !p.endsWith("index.html")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).as("the publisher's own list of works shows the new abstract").anyMatch(page -> page.contains("<li>改过的摘要。</li>"));
        }
    }

    @Test
    void aCopyOfTheBuiltInTemplatesStillLetsPagesBeTakenBack() throws IOException {
        copyTree(Path.of("templates"), templates);
        incremental();
        Path article = firstArticle(content.resolve("tj/2025-01"));
        Files.writeString(article, Files.readString(article) + "\n只改正文的一段。\n");
        incremental();
        assertThat(otherPagesReused).as("the templates are the built-in ones byte for byte").isEqualTo(otherPages).isGreaterThan(10);
        assertSameAsColdBuild();
    }

    @Test
    void aKeywordOrAuthorChangedOrAnArticleAddedRendersThePagesListingThemAgain() throws IOException {
        Path article = firstArticle(content.resolve("tj/2024-04"));
        replace(article, "keywords: \\{zh: \\[测试, 芯片\\], en: \\[test, chips\\]\\}",
                "keywords: {zh: [测试, 新加的关键词], en: [test, added keyword]}");
        incremental();
        assertThat(otherPagesReused).as("pages of the author and the journal's archive").isPositive().isLessThan(otherPages);
        assertSameAsColdBuild();
        assertThat(out.resolve("keywords/" + keywordPage("新加的关键词"))).exists();

        Path other = firstArticle(content.resolve("tj/2025-01"));
        replace(other, "name: \\{zh: 王五, en: Wang Wu\\}", "name: {zh: 赵六, en: Zhao Liu}");
        incremental();
        assertThat(otherPagesReused).as("keyword pages").isPositive().isLessThan(otherPages);
        assertSameAsColdBuild();

        Files.writeString(content.resolve("tj/2025-01/third.md"), TestSite.ARTICLE.replace("测试文章", "第三篇文章")
                .replace("first_page: 1\nlast_page: 10", "first_page: 21\nlast_page: 30"));
        incremental();
        assertSameAsColdBuild();
        assertThat(Files.readString(out.resolve("people/" + personPage("王五")))).contains("第三篇文章");

        Files.delete(content.resolve("tj/2025-01/third.md"));
        incremental();
        assertSameAsColdBuild();
        assertThat(Files.readString(out.resolve("people/" + personPage("王五")))).doesNotContain("第三篇文章");
    }

    /** The file name of the page of the person named {@code name}. */
    private String personPage(String name) throws IOException {
        return pageNamed(out.resolve("people"), name);
    }

    private String keywordPage(String term) throws IOException {
        return pageNamed(out.resolve("keywords"), term);
    }

    private static String pageNamed(Path folder, String title) throws IOException {
        try (Stream<Path> pages = Files.list(folder)) {
            return pages.filter(p -> !p.getFileName().toString().equals("index.html")).filter(p -> {
                try {
                    return Files.readString(p).contains("<h1 class=\"page-title\">" + title);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(p -> p.getFileName().toString()).findFirst().orElseThrow(() -> new AssertionError("no page of " + title + " in " + folder));
        }
    }

    @Test
    void aTitleShownInOtherIssuesAndCatalogPagesIsRebuiltWherever() throws IOException {
        // the same author in every article: the person page and keyword pages list every title
        Path article = firstArticle(content.resolve("tj/2024-04"));
        replace(article, "title: \\{zh: 测试文章, en: A Test Article\\}", "title: {zh: 改过的题目, en: A Changed Title}");
        incremental();
        assertThat(bodies - bodiesReused).as("the body did not change").isEqualTo(0);
        assertThat(indexed - segmentsReused).as("its search card did").isEqualTo(1);
        assertSameAsColdBuild();
        try (Stream<Path> pages = Files.walk(out)) {
            List<Path> showing = pages.filter(p -> p.toString().endsWith(".html")).filter(p -> {
                try {
                    return Files.readString(p).contains("改过的题目");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(showing).as("pages showing the new title")
                    .anyMatch(p -> p.toString().contains("people"))
                    .anyMatch(p -> p.toString().contains("keywords"))
                    .anyMatch(p -> p.endsWith("tj/2024-04/index.html"));
        }
    }

    @Test
    void aPublisherChangingTheFigurePlaceholderWordRendersTheBodiesAgain() throws IOException {
        Path article = firstArticle(content.resolve("tj/2025-01"));
        Files.writeString(article, Files.readString(article) + "\n::: figure-missing 图 1：测试图\n");
        incremental();
        assertSameAsColdBuild();
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("labels.yaml"), "zh:\n  figureMissing: 此图另见印刷版\n");
        incremental();
        assertThat(bodiesReused).as("every body's key holds the labels").isEqualTo(0);
        assertSameAsColdBuild();
        assertThat(Files.readString(out.resolve("tj/2025-01/" + slug(article) + ".html"))).contains("此图另见印刷版");
    }

    @Test
    void aBodyWhoseImageAppearsIsRenderedAgain() throws IOException {
        Path article = firstArticle(content.resolve("tj/2025-01"));
        Files.writeString(article, Files.readString(article) + "\n![图一](figure-1.png)\n");
        BuildResult missing = new SiteBuild(options(out)).run();
        assertThat(missing.succeeded()).as("the image does not exist yet").isFalse();
        assertThat(missing.diagnostics().sorted()).anyMatch(d -> d.message().contains("figure-1.png") && d.message().contains("does not exist"));
        BuildResult again = new SiteBuild(options(out)).run();
        assertThat(again.diagnostics().sorted()).as("a body taken back gives its error again").isEqualTo(missing.diagnostics().sorted());
        Files.write(content.resolve("tj/2025-01/figure-1.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        incremental();
        assertThat(bodies - bodiesReused).as("the body that refers to the image").isEqualTo(1);
        assertSameAsColdBuild();
    }

    @Test
    void damagedOrForeignBodyAndSearchEntriesAreIgnored() throws IOException {
        Path cache = dir.resolve(BuildCache.FOLDER).resolve("site");
        List<Path> bodyFiles = listed(cache.resolve(BodyCacheFolder.BODIES));
        List<Path> segmentFiles = listed(cache.resolve(SegmentCacheFolder.SEGMENTS));
        assertThat(bodyFiles).hasSize(4);
        assertThat(segmentFiles).hasSize(4);
        // damaged: a byte changed; cut short; foreign: another entry's whole file under this name
        byte[] bytes = Files.readAllBytes(bodyFiles.get(0));
        bytes[bytes.length / 2] ^= 1;
        Files.write(bodyFiles.get(0), bytes);
        Files.copy(bodyFiles.get(2), bodyFiles.get(1), StandardCopyOption.REPLACE_EXISTING);
        byte[] segment = Files.readAllBytes(segmentFiles.get(0));
        Files.write(segmentFiles.get(0), java.util.Arrays.copyOf(segment, segment.length - 7));
        Files.copy(segmentFiles.get(2), segmentFiles.get(1), StandardCopyOption.REPLACE_EXISTING);
        // a foreign file with a sound hash line but another key inside
        String forged = Files.readString(bodyFiles.get(3), StandardCharsets.ISO_8859_1); // bytes kept as bytes
        String otherKey = slugOf(bodyFiles.get(2));
        String body = forged.substring(forged.indexOf('\n') + 1).replace(slugOf(bodyFiles.get(3)), otherKey);
        Files.writeString(bodyFiles.get(3), BuildKeys.checksum(body.getBytes(StandardCharsets.ISO_8859_1)) + "\n" + body, StandardCharsets.ISO_8859_1);
        incremental();
        assertThat(bodies - bodiesReused).as("bodies rendered again").isEqualTo(3);
        assertThat(indexed - segmentsReused).as("articles tokenized again").isEqualTo(2);
        assertSameAsColdBuild();
        incremental();
        assertThat(bodiesReused).as("the cache is whole again").isEqualTo(4);
        assertThat(segmentsReused).isEqualTo(4);
    }

    @Test
    void aPreviewServerKeepsBodiesAndSegmentsInMemoryBetweenBuilds() throws IOException {
        BuildMemory memory = new BuildMemory();
        incremental(memory);
        deleteTree(dir.resolve(BuildCache.FOLDER));
        Path article = firstArticle(content.resolve("tj/2024-04"));
        Files.writeString(article, Files.readString(article) + "\n预览时改的一段。\n");
        incremental(memory);
        assertThat(bodiesReused).as("bodies from memory, with no cache folder").isEqualTo(3);
        assertThat(segmentsReused).as("segments from memory").isEqualTo(3);
        assertSameAsColdBuild();
    }

    @Test
    void aPreviewServerKeepsEachPagesLinksYetChecksEveryBuild() throws IOException {
        BuildMemory memory = new BuildMemory();
        incremental(memory);
        incremental(memory);
        Path article = firstArticle(content.resolve("tj/2025-01"));
        String source = Files.readString(article);
        Files.writeString(article, source + "\n见[后文](#no-such-part)。\n");
        BuildResult broken = new SiteBuild(options(out), BuildListener.NONE, memory).run();
        assertThat(broken.succeeded()).isFalse();
        assertThat(broken.diagnostics().sorted()).anyMatch(d -> d.message().contains("broken link '#no-such-part'"));
        Files.writeString(article, source);
        assertThat(incremental(memory)).isEqualTo(2);
        assertSameAsColdBuild();
    }

    private static List<Path> listed(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }

    private static String slugOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.indexOf('.'));
    }

    @Test
    void aPageChangedInTheOutputIsRenderedAgain() throws IOException {
        Path page = out.resolve("tj/2025-01/index.html");
        Files.writeString(page, "changed by hand");
        assertThat(incremental()).isEqualTo(1);
        assertSameAsColdBuild();
    }

    @Test
    void aDamagedOrForeignCacheIsIgnored() throws IOException {
        Path cache = dir.resolve(BuildCache.FOLDER).resolve("site");
        List<Path> entries;
        try (Stream<Path> list = Files.list(cache.resolve("issues"))) {
            entries = list.sorted().toList();
        }
        assertThat(entries).hasSize(2);
        Files.writeString(entries.get(0), "{\"key\": \"not json");
        assertThat(incremental()).as("a damaged entry").isEqualTo(1);
        assertSameAsColdBuild();

        replace(cache.resolve("manifest.json"), "\"code\" : \"[0-9a-f]+\"", "\"code\" : \"another qikan\"");
        assertThat(incremental()).as("another qikan's cache").isEqualTo(0);
        assertSameAsColdBuild();

        Files.writeString(cache.resolve("manifest.json"), "\u0000\u0001 garbage");
        assertThat(incremental()).as("a damaged manifest").isEqualTo(0);
        assertSameAsColdBuild();
        assertThat(incremental()).as("the cache is whole again").isEqualTo(2);
    }

    @Test
    void aBuildWithoutTheCacheNeitherReadsNorWritesIt() throws IOException {
        Path cache = dir.resolve(BuildCache.FOLDER).resolve("site");
        deleteTree(cache);
        BuildResult result = new SiteBuild(options(out).withIncremental(false)).run();
        assertThat(result.succeeded()).isTrue();
        assertThat(cache).doesNotExist();
    }

    /** Builds into {@code out} with the cache; returns how many issues were reused. */
    private int incremental() {
        return incremental(null);
    }

    /** The same, with what earlier builds in this process kept (as {@code qikan serve} does), where not null. */
    private int incremental(BuildMemory memory) {
        List<String> progress = new ArrayList<>();
        BuildListener listener = (stage, detail) -> progress.add(detail);
        BuildResult result = (memory == null ? new SiteBuild(options(out), listener) : new SiteBuild(options(out), listener, memory)).run();
        assertThat(result.succeeded()).as(String.valueOf(result.diagnostics().sorted())).isTrue();
        lastSummary = result.summary();
        lastResult = result;
        for (String line : progress) {
            Matcher b = BODIES.matcher(line);
            if (b.find()) {
                bodiesReused = Integer.parseInt(b.group(1));
                bodies = Integer.parseInt(b.group(2));
            }
            Matcher o = OTHER_PAGES.matcher(line);
            if (o.find()) {
                otherPagesReused = Integer.parseInt(o.group(1));
                otherPages = Integer.parseInt(o.group(2));
            }
            Matcher e = EXPORTS.matcher(line);
            if (e.find()) {
                exportsReused = Integer.parseInt(e.group(1));
                exported = Integer.parseInt(e.group(2));
            }
            Matcher l = SCANS.matcher(line);
            if (l.find()) {
                scansReused = Integer.parseInt(l.group(1));
                scanned = Integer.parseInt(l.group(2));
            }
            Matcher s = SEGMENTS.matcher(line);
            if (s.find()) {
                indexed = Integer.parseInt(s.group(1));
                segmentsReused = Integer.parseInt(s.group(2));
                searchFilesReused = s.group(3) != null;
                searchFilesPatched = s.group(4) != null;
            }
        }
        lastSearch = searchFigures(progress);
        for (String line : progress) {
            Matcher m = REUSED.matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("no render line in " + progress);
    }

    private void assertSameAsColdBuild() throws IOException {
        Path cold = dir.resolve("cold-" + (++colds));
        List<String> progress = new ArrayList<>();
        BuildResult result = new SiteBuild(options(cold).withIncremental(false), (stage, detail) -> progress.add(detail)).run();
        assertThat(result.succeeded()).isTrue();
        coldSearch = searchFigures(progress);
        Map<String, String> expected = BuiltSite.fingerprint(cold);
        assertThat(BuiltSite.fingerprint(out)).isEqualTo(expected);
        assertThat(lastSummary.pages()).as("pages in the summary").isEqualTo(result.summary().pages());
        assertThat(lastSummary.files()).as("files in the summary").isEqualTo(result.summary().files());
        assertThat(lastResult.diagnostics().sorted()).as("the same warnings as a cold build, those of bodies taken back too")
                .isEqualTo(result.diagnostics().sorted());
    }

    private static String searchFigures(List<String> progress) {
        return progress.stream().filter(l -> l.contains("search: ")).map(l -> l.substring(l.indexOf("search: "))).findFirst().orElseThrow();
    }

    private BuildOptions options(Path output) {
        return BuildOptions.of(content, output);
    }

    private static Path firstArticle(Path issue) throws IOException {
        try (Stream<Path> list = Files.list(issue)) {
            return list.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
    }

    private static String slug(Path article) {
        String name = article.getFileName().toString();
        return name.substring(0, name.length() - 3);
    }

    private static void replace(Path file, String regex, String replacement) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String changed = text.replaceFirst(regex, replacement);
        assertThat(changed).as("pattern %s in %s", regex, file).isNotEqualTo(text);
        Files.writeString(file, changed, StandardCharsets.UTF_8);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
