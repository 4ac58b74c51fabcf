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

    @TempDir
    Path dir;
    private Path content;
    private Path templates;
    private Path out;
    private int colds;
    private BuildSummary lastSummary;

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
        List<String> progress = new ArrayList<>();
        BuildResult result = new SiteBuild(options(out), (java.util.function.Consumer<String>) progress::add).run();
        assertThat(result.succeeded()).as(String.valueOf(result.diagnostics().sorted())).isTrue();
        lastSummary = result.summary();
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
        BuildResult result = new SiteBuild(options(cold).withIncremental(false)).run();
        assertThat(result.succeeded()).isTrue();
        Map<String, String> expected = BuiltSite.fingerprint(cold);
        assertThat(BuiltSite.fingerprint(out)).isEqualTo(expected);
        assertThat(lastSummary.pages()).as("pages in the summary").isEqualTo(result.summary().pages());
        assertThat(lastSummary.files()).as("files in the summary").isEqualTo(result.summary().files());
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
