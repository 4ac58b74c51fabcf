package org.qikan.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.qikan.CpuClock;
import org.qikan.TestSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors in sources say what is wrong in plain words, at the exact line, and what to do. */
@Isolated // its limits are on the CPU time of the whole test JVM, which a class running beside it would add to
class SourceMessagesTest extends AfterAGoodBuild {
    private static final String FILE = "content/tj/2024-04/first.md";

    @Test
    void aTabUsedForIndentationIsReportedAtItsLineWithTheReason() throws IOException {
        site.file("content/tj/2024-04/issue.yaml", "year: 2024\nnumber: 4\n\tvolume: 15\n");
        assertThat(failingBuild()).containsExactly("content/tj/2024-04/issue.yaml:3: error: malformed YAML: found character tab "
                + "that cannot start any token. (Do not use tab for indentation) (while scanning for the next token) at column 1. indent with spaces only: YAML does not allow tabs for indentation");
    }

    @Test
    void anUnclosedFlowSequenceNamesTheReasonAndLine() throws IOException {
        site.file(FILE, TestSite.ARTICLE.replace("keywords: {zh: [测试, 芯片], en: [test, chips]}", "keywords: {zh: [测试, 芯片, en: [test, chips]}"));
        assertThat(failingBuild()).singleElement().satisfies(e -> assertThat(e)
                .startsWith(FILE + ":8: error: malformed YAML: ")
                .contains("while parsing a flow").contains("at column"));
    }

    @Test
    void aYamlAliasIsAnError() throws IOException {
        site.file(FILE, TestSite.ARTICLE.replace("title: {zh: 测试文章, en: A Test Article}", "title: {zh: &t 测试文章, en: *t}"));
        assertThat(failingBuild()).containsExactly(FILE + ":2: error: YAML alias '*t' is not supported. "
                + "write the value out in full where the alias stands (and drop the anchor &t)");
    }

    @Test
    void hugeFrontMatterFailsAtOnceWithASizeError() throws IOException {
        CpuClock cpu = CpuClock.start();
        site.file(FILE, TestSite.ARTICLE.replace("first_page: 1", "first_page: 1\ndoi: \"" + "x".repeat(2_000_000) + "\""));
        assertThat(failingBuild()).containsExactly(FILE + ":2: error: YAML of 2000274 characters is too long (at most 1000000). "
                + "keep long text in the Markdown body; front matter and .yaml files hold metadata only");
        assertThat(cpu.seconds()).as("CPU seconds").isLessThan(10);
    }

    @Test
    void aNulByteIsAnErrorAtItsLine() throws IOException {
        site.file(FILE, TestSite.ARTICLE.replace("正文第一段。", "正文\u0000第一段。"));
        assertThat(failingBuild()).containsExactly(FILE + ":14: error: NUL character (byte 0x00) in the text. "
                + "remove it: it is a sign of a damaged or binary file; save the text again as UTF-8");
        site.file(FILE, TestSite.ARTICLE.replace("section: research", "section: re\u0000search"));
        assertThat(failingBuild()).containsExactly(FILE + ":3: error: NUL character (byte 0x00) in the text. "
                + "remove it: it is a sign of a damaged or binary file; save the text again as UTF-8");
    }

    @Test
    void aPieceIdThatIsNotANameIsAnError() throws IOException {
        site.file(FILE, TestSite.ARTICLE.replace("authors:\n", "pieces:\n  - id: a<b\n    title: {zh: 笔谈一}\n    authors: [{name: {zh: 甲}}]\nauthors:\n")
                .replace("## 一、引言", "::: piece a<b\n\n## 一、引言"));
        assertThat(failingBuild()).contains(FILE + ":5: error: invalid piece id 'a<b'. use ASCII letters, digits, '-' and '_' only, such as id: p1");
    }

    @Test
    void aNegativeIssueNumberIsOutOfRange() throws IOException {
        site.file("content/tj/2024-04/issue.yaml", TestSite.ISSUE.replace("number: 4", "number: -1"));
        assertThat(failingBuild()).containsExactly("content/tj/2024-04/issue.yaml:2: error: issue number -1 is out of range. "
                + "give the issue's number within the year, from 1 to 99");
    }

    @Test
    void aMalformedIssueYamlDoesNotHideTheErrorsOfItsArticles() throws IOException {
        site.file("content/tj/2024-04/issue.yaml", TestSite.ISSUE.replace("number: 4", "number: [4"));
        site.file(FILE, TestSite.ARTICLE.replace("title: {zh: 测试文章, en: A Test Article}", "title: {en: A Test Article}"));
        assertThat(failingBuild()).hasSize(2)
                .anySatisfy(e -> assertThat(e).startsWith("content/tj/2024-04/issue.yaml:3: error: malformed YAML: expected ',' or ']'"))
                .anySatisfy(e -> assertThat(e).startsWith(FILE + ":2: error: missing required field 'title.zh'"));
    }

    @Test
    void aMalformedJournalYamlDoesNotHideTheErrorsOfItsIssues() throws IOException {
        site.file("content/tj/journal.yaml", TestSite.JOURNAL + "name: again\n");
        site.file(FILE, TestSite.ARTICLE.replace("section: research", "section: nope"));
        assertThat(failingBuild()).hasSize(2)
                .anySatisfy(e -> assertThat(e).startsWith("content/tj/journal.yaml:3: error: duplicate key 'name'"))
                .anySatisfy(e -> assertThat(e).startsWith(FILE + ":3: error: unknown section 'nope'"));
    }

    @Test
    void brokenLinksAreReportedInTheSameBuildAsOtherErrors() throws IOException {
        site.file(FILE, TestSite.ARTICLE.replace("section: research", "section: nope") + "\n[另一篇](second.html)\n");
        assertThat(failingBuild()).containsExactly(
                FILE + ":3: error: unknown section 'nope'. use a section id from issue.yaml (research, symposium) or add the section there",
                "out/tj/2024-04/first.html: error: broken link 'second.html': no such file. fix the link in the article's Markdown or in the template");
    }

    @Test
    void aSourceFileOverSixteenMegabytesIsRefusedBeforeItIsRead() throws IOException {
        CpuClock cpu = CpuClock.start();
        byte[] huge = new byte[17 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');
        site.bytes(FILE, huge);
        assertThat(failingBuild()).containsExactly(FILE + ": error: file of 17825792 bytes is too large for a source (at most 16777216). "
                + "split the text into several articles or pages, or move it out of the content folder");
        assertThat(cpu.seconds()).as("CPU seconds").isLessThan(10);
    }

    @Test
    void anUnreadableIssueFolderIsASourceProblem() throws IOException {
        Path issue = site.content().resolve("tj/2024-04");
        issue.toFile().setReadable(false, false);
        try {
            if (Files.isReadable(issue)) {
                return; // running as root: every folder is readable
            }
            assertThat(failingBuild()).contains("content/tj/2024-04: error: cannot read folder: permission denied. "
                    + "check that you may read the folder (permissions), or rename it to start with '_' to leave it out");
        } finally {
            issue.toFile().setReadable(true, false);
        }
    }
}
