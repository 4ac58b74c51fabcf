package org.qikan;

import org.qikan.site.BuildOptions;
import org.qikan.site.BuildResult;
import org.qikan.site.SiteBuild;
import org.qikan.diag.Diagnostic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small site written inline by a test: a valid journal with one issue and one article to start
 * from, files added or replaced with {@link #file}, then built into {@code out/}.
 */
public final class TestSite {
    public static final String SITE = """
            title: {zh: 测试期刊数字版, en: Test Edition}
            base_url: https://test.example.org/edition/
            contact_email: archive@test.example.org
            """;
    public static final String JOURNAL = """
            name: {zh: 测试国际评论, en: Test International Review}
            issn: 0000-0000
            """;
    public static final String ISSUE = """
            year: 2024
            number: 4
            volume: 15
            cumulative: 87
            published: 2024-08-15
            sections:
              - id: research
                title: {zh: 研究论文, en: Research Articles}
              - id: symposium
                title: {zh: 笔谈, en: Symposium}
            """;
    public static final String ARTICLE = """
            ---
            title: {zh: 测试文章, en: A Test Article}
            section: research
            authors:
              - name: {zh: 王五, en: Wang Wu}
                affiliation: {zh: 测试大学, en: Test University}
            abstract: {zh: 这是摘要。, en: This is the abstract.}
            keywords: {zh: [测试, 芯片], en: [test, chips]}
            first_page: 1
            last_page: 10
            ---
            ## 一、引言

            正文第一段。[^a]

            再次引用。[^a]

            [^a]: 注释一。
            """;

    private final Path root;

    public TestSite(Path root) {
        this.root = root;
        file("content/site.yaml", SITE);
        file("content/tj/journal.yaml", JOURNAL);
        file("content/tj/2024-04/issue.yaml", ISSUE);
        file("content/tj/2024-04/first.md", ARTICLE);
    }

    public TestSite file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite bytes(String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestSite delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path out() {
        return root.resolve("out");
    }

    public BuildResult build() {
        return new SiteBuild(BuildOptions.of(content(), out())).run();
    }

    public String read(String outputPath) {
        try {
            return Files.readString(out().resolve(outputPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The build's problems as the user sees them, paths relative to the site's root folder. */
    public static List<String> messages(BuildResult result, Path base) {
        return result.diagnostics().sorted().stream().map(d -> d.format(base)).toList();
    }

    public List<String> errors(BuildResult result) {
        return result.diagnostics().sorted().stream().filter(Diagnostic::isError).map(d -> d.format(root)).toList();
    }
}
