package org.qikan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.TestSite;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    @TempDir
    Path dir;
    final CliRun cli = new CliRun();
    final java.io.StringWriter out = cli.out;
    final java.io.StringWriter err = cli.err;

    int run(String... args) {
        return cli.run(args);
    }

    @Test
    void buildPrintsOneLinePerStageWhenNotATerminalThenTheSummary() {
        TestSite site = new TestSite(dir);
        int code = run("build", "--content", site.content().toString(), "--out", site.out().toString());
        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().lines().toList()).hasSize(6).satisfies(lines -> {
            assertThat(lines.get(0)).matches("build \\[1/5\\] load: loaded .* in \\d+\\.\\d\\d s");
            assertThat(lines.get(1)).startsWith("build [2/5] render: rendered 25 pages in ");
            assertThat(lines.get(2)).startsWith("build [3/5] index: indexed 1 articles for search");
            assertThat(lines.get(3)).startsWith("build [4/5] write: wrote ");
            assertThat(lines.get(4)).startsWith("build [5/5] check: checked links in ");
            assertThat(lines.get(5)).matches("Built .*out: 1 journal, 1 issue, 1 article: 25 pages written \\(\\d+ files\\), 1 note \\(1 people, 2 keywords, 1 sections, 0 references, 0 of 0 short citations linked \\(0 unresolved\\), 0 in-archive citations\\), search index .*, 0 errors, 0 warnings in \\d+\\.\\d\\d s");
        });
    }

    @Test
    void lunrIndexOptionWritesTheWholeIndexForTools() throws Exception {
        TestSite site = new TestSite(dir);
        assertThat(run("build", "--quiet", "--lunr-index", "--content", site.content().toString(), "--out", site.out().toString())).isZero();
        assertThat(java.nio.file.Files.readString(site.out().resolve("search/lunr-index.json")))
                .startsWith("{\"version\":\"2.3.9\",").contains("\"invertedIndex\":[[");
    }

    @Test
    void quietPrintsNothingOnSuccess() {
        TestSite site = new TestSite(dir);
        assertThat(run("build", "--quiet", "--content", site.content().toString(), "--out", site.out().toString())).isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void verboseTellsWhatEachStageDid() {
        TestSite site = new TestSite(dir);
        assertThat(run("build", "--verbose", "--content", site.content().toString(), "--out", site.out().toString())).isZero();
        assertThat(out.toString()).contains("loaded ", "rendered 25 pages", "checked links", "Built ");
    }

    @Test
    void contentErrorsExitWithOneAndNameFileAndLine() {
        TestSite site = new TestSite(dir);
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("section: research", "section: nope"));
        int code = run("build", "--content", site.content().toString(), "--out", site.out().toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("first.md:3: error: unknown section 'nope'")
                .contains("Build failed: 1 errors, 0 warnings.")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void warningsArePrintedButDoNotFailTheBuild() {
        TestSite site = new TestSite(dir);
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("first_page: 1", "frist_page: 1"));
        assertThat(run("build", "--content", site.content().toString(), "--out", site.out().toString())).isZero();
        assertThat(err.toString()).contains("first.md:9: warning: unknown field 'frist_page' is ignored. did you mean 'first_page'?");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("build", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
        assertThat(run()).isEqualTo(2);
    }

    @Test
    void missingContentFolderIsAClearError() {
        assertThat(run("build", "--content", dir.resolve("nowhere").toString(), "--out", dir.resolve("o").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("nowhere: error: content folder not found. run qikan in the folder that holds content/, or give --content DIR");
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("build");
        assertThat(run("build", "--help")).isZero();
        assertThat(out.toString()).contains("--content", "--out", "--quiet", "--verbose", "Exit codes");
    }
}
