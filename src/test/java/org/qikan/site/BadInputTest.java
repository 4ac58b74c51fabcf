package org.qikan.site;

import org.junit.jupiter.api.Test;
import org.qikan.TestSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of bad input gets a clear error naming file and line, and the previously built site
 * survives untouched.
 */
class BadInputTest extends AfterAGoodBuild {
    @Test
    void malformedYaml() throws IOException {
        site.file("content/tj/2024-04/issue.yaml", "year: 2024\nnumber: 4\nsections:\n  - id: research\n   title: [unclosed\n");
        assertThat(failingBuild()).anySatisfy(e -> assertThat(e)
                .startsWith("content/tj/2024-04/issue.yaml:5: error: malformed YAML")
                .contains("indentation"));
    }

    @Test
    void malformedFrontMatterReportsTheFileLine() throws IOException {
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("section: research", "section: research: oops"));
        assertThat(failingBuild()).anySatisfy(e -> assertThat(e).startsWith("content/tj/2024-04/first.md:3: error: malformed YAML"));
    }

    @Test
    void missingRequiredField() throws IOException {
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("section: research\n", ""));
        assertThat(failingBuild()).containsExactly(
                "content/tj/2024-04/first.md:2: error: missing required field 'section'. add section: <id> with one of the section ids of issue.yaml: research, symposium");
    }

    @Test
    void missingChineseTitle() throws IOException {
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("title: {zh: 测试文章, en: A Test Article}", "title: {en: A Test Article}"));
        assertThat(failingBuild()).anySatisfy(e -> assertThat(e)
                .startsWith("content/tj/2024-04/first.md:2: error: missing required field 'title.zh'"));
    }

    @Test
    void unknownSectionId() throws IOException {
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("section: research", "section: reserch"));
        assertThat(failingBuild()).containsExactly(
                "content/tj/2024-04/first.md:3: error: unknown section 'reserch'. did you mean 'research'? use a section id from issue.yaml (research, symposium) or add the section there");
    }

    @Test
    void twoArticlesWithOneSlug() throws IOException {
        site.file("content/tj/2024-04/second.md", TestSite.ARTICLE.replace("section: research", "section: research\nslug: first"));
        assertThat(failingBuild()).containsExactly(
                "content/tj/2024-04/second.md: error: two pages of this issue have the slug 'first' (the other is first.md). give one of them another file name or slug: field");
    }

    @Test
    void noteCitedButNotDefined() throws IOException {
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("再次引用。[^a]", "再次引用。[^missing]"));
        assertThat(failingBuild()).containsExactly(
                "content/tj/2024-04/first.md:16: error: note [^missing] is cited but not defined. add a line '[^missing]: note text' to the body, or correct the label");
    }

    @Test
    void noteDefinedButNeverCited() throws IOException {
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE + "[^orphan]: 无人引用的注释。\n");
        assertThat(failingBuild()).containsExactly(
                "content/tj/2024-04/first.md:19: error: note [^orphan] is never cited. cite it in the text with [^orphan], or delete the note");
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] gbk = "---\ntitle: {zh: \u6d4b\u8bd5}\n---\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        site.bytes("content/tj/2024-04/first.md", gbk);
        assertThat(failingBuild()).containsExactly(
                "content/tj/2024-04/first.md:2: error: invalid UTF-8: byte 0xB2 at byte offset 16. save the file as UTF-8 (for example: iconv -f GB18030 -t UTF-8 in > out)");
    }

    @Test
    void unreadableFile() throws IOException {
        Path article = site.content().resolve("tj/2024-04/first.md");
        Files.delete(article);
        Files.createSymbolicLink(article, site.content().resolve("tj/2024-04/gone.txt"));
        assertThat(failingBuild()).anySatisfy(e -> assertThat(e)
                .startsWith("content/tj/2024-04/first.md: error: cannot read file: no such file"));
    }

    @Test
    void unreadableFileWithoutPermission() throws IOException {
        Path article = site.content().resolve("tj/2024-04/first.md");
        article.toFile().setReadable(false, false);
        try {
            if (Files.isReadable(article)) {
                // root reads everything: make the file unreadable another way, a folder where a file should be
                Files.delete(article);
                Files.createDirectories(site.content().resolve("tj/2024-04/first.md/"));
                site.file("content/tj/journal.yaml", TestSite.JOURNAL);
                Files.delete(site.content().resolve("tj/journal.yaml"));
                Files.createDirectory(site.content().resolve("tj/journal.yaml"));
                assertThat(failingBuild()).anySatisfy(e -> assertThat(e).startsWith("content/tj/journal.yaml: error: cannot read file"));
            } else {
                assertThat(failingBuild()).anySatisfy(e -> assertThat(e)
                        .startsWith("content/tj/2024-04/first.md: error: cannot read file: permission denied"));
            }
        } finally {
            article.toFile().setReadable(true, false);
        }
    }

    @Test
    void slugThatWouldLeaveItsFolder() throws IOException {
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("section: research", "section: research\nslug: ../../escape"));
        assertThat(failingBuild()).containsExactly(
                "content/tj/2024-04/first.md:4: error: invalid slug '../../escape'. use lowercase ASCII letters, digits and hyphens only, such as 'china-eu-trade'");
        assertThat(dir.resolve("escape.html")).doesNotExist();
    }

    @Test
    void symlinkLeadingOutOfContent() throws IOException {
        Path outside = dir.resolve("secret.md");
        Files.writeString(outside, TestSite.ARTICLE);
        Files.createSymbolicLink(site.content().resolve("tj/2024-04/linked.md"), outside);
        assertThat(failingBuild()).anySatisfy(e -> assertThat(e)
                .startsWith("content/tj/2024-04/linked.md: error: refusing to read a file outside the content folder"));
        Files.delete(site.content().resolve("tj/2024-04/linked.md"));
        Files.delete(outside);
    }

    @Test
    void imageOutsideTheContentFolder() throws IOException {
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE + "\n![图](../../../../etc/passwd)\n");
        assertThat(failingBuild()).containsExactly(
                "content/tj/2024-04/first.md:20: error: image '../../../../etc/passwd' is outside the content folder. copy the file into the content folder and refer to it from there");
    }

    @Test
    void imageFromAnotherHost() throws IOException {
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE + "\n![图](https://example.com/x.png)\n");
        assertThat(failingBuild()).anySatisfy(e -> assertThat(e)
                .startsWith("content/tj/2024-04/first.md:20: error: image 'https://example.com/x.png' is on another host"));
    }

    @Test
    void everyErrorOfOneBuildIsReported() throws IOException {
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("section: research", "section: nope"));
        site.file("content/tj/2024-04/second.md", TestSite.ARTICLE.replace("再次引用。[^a]", "再次引用。[^b]"));
        assertThat(failingBuild()).hasSize(2);
    }

    @Test
    void outputFolderNotWrittenByQikanIsNeverReplaced() throws IOException {
        Path precious = dir.resolve("precious");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("thesis.docx"), "years of work");
        BuildResult result = new SiteBuild(BuildOptions.of(site.content(), precious)).run();
        assertThat(result.succeeded()).isFalse();
        assertThat(site.errors(result)).containsExactly(
                "precious: error: the output folder exists and was not written by qikan. choose another --out, or empty the folder if its files may go: a build replaces the output folder whole");
        assertThat(precious.resolve("thesis.docx")).hasContent("years of work");
    }

    @Test
    void scriptInMetadataIsShownAsText() throws IOException {
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("测试文章", "<script>alert(1)</script>标题"));
        BuildResult result = site.build();
        assertThat(result.succeeded()).isTrue();
        String page = site.read("tj/2024-04/first.html");
        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;标题");
        assertThat(org.jsoup.Jsoup.parse(page).select("script:not([type=application/ld+json])"))
                .allSatisfy(s -> assertThat(s.data()).doesNotContain("alert"));
        assertThat(org.jsoup.Jsoup.parse(page).select("script[type=application/ld+json]"))
                .allSatisfy(s -> assertThat(s.data()).doesNotContain("<"));
    }
}
