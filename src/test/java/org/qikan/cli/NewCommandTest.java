package org.qikan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class NewCommandTest {
    @TempDir
    Path dir;
    final CliRun cli = new CliRun();
    final java.io.StringWriter out = cli.out;
    final java.io.StringWriter err = cli.err;

    int run(String... args) {
        return cli.run(args);
    }

    String content() {
        return dir.resolve("content").toString();
    }

    @Test
    void journalIssueAndArticleBuildAtOnce() throws Exception {
        assertThat(run("new", "journal", "east-review", "--content", content())).isZero();
        assertThat(run("new", "issue", "east-review", "2025-3", "--content", content())).isZero();
        assertThat(run("new", "article", "east-review/2025-03", "first-article", "--content", content())).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains("Wrote ", "site.yaml", "journal.yaml", "2025-03/issue.yaml", "first-article.md");

        Path out = dir.resolve("site-output");
        assertThat(run("build", "--content", content(), "--out", out.toString())).isZero();
        // the only thing left to the publisher: the address the site will be published at
        assertThat(err.toString().lines().toList()).singleElement().asString().contains("site.yaml: warning: no base_url");
        String article = Files.readString(out.resolve("east-review/2025-03/first-article.html"));
        assertThat(article).contains("文章标题", "作者姓名", "正文从这里开始");
        assertThat(Files.readString(out.resolve("en/east-review/2025-03/first-article.html"))).contains("Title of the Article");
        assertThat(Files.readString(dir.resolve("content/east-review/journal.yaml"))).contains("en: \"East Review\"", "# issn:");
    }

    @Test
    void aNewIssueTakesTheSectionsOfTheJournalsLatestIssue() throws Exception {
        run("new", "journal", "east-review", "--content", content());
        Path older = dir.resolve("content/east-review/2024-06/issue.yaml");
        Files.createDirectories(older.getParent());
        Files.writeString(older, "year: 2024\nnumber: 6\nsections:\n  - id: essays\n    title: {zh: 论文, en: Essays}\n");
        Path latest = dir.resolve("content/east-review/2025-01/issue.yaml");
        Files.createDirectories(latest.getParent());
        Files.writeString(latest, "year: 2025\nnumber: 1\nsections:\n  - id: forum\n    title: {zh: \"笔谈 \\\"一\\\"\", en: Forum}\n"
                + "  - id: reviews\n    title: {zh: 书评, en: Book Reviews}\n");
        assertThat(run("new", "issue", "east-review", "2025-02", "--content", content())).isZero();
        String issue = Files.readString(dir.resolve("content/east-review/2025-02/issue.yaml"));
        assertThat(issue).contains("id: forum", "zh: \"笔谈 \\\"一\\\"\"", "id: reviews", "Book Reviews").doesNotContain("essays");
        assertThat(run("new", "article", "east-review/2025-02", "a-book", "--content", content())).isZero();
        assertThat(Files.readString(dir.resolve("content/east-review/2025-02/a-book.md"))).contains("section: forum");
        assertThat(run("build", "-q", "--content", content(), "--out", dir.resolve("o").toString())).isZero();
    }

    @Test
    void mistakesAreClearErrorsAndNothingIsOverwritten() throws Exception {
        assertThat(run("new", "issue", "nowhere", "2025-01", "--content", content())).isEqualTo(1);
        assertThat(err.toString()).contains("error: no journal 'nowhere'", "qikan new journal nowhere");
        assertThat(run("new", "journal", "Bad Name", "--content", content())).isEqualTo(1);
        assertThat(err.toString()).contains("invalid name 'Bad Name'");
        run("new", "journal", "east-review", "--content", content());
        Path journal = dir.resolve("content/east-review/journal.yaml");
        Files.writeString(journal, "name: {zh: 我的刊名}\n");
        assertThat(run("new", "journal", "east-review", "--content", content())).isEqualTo(1);
        assertThat(err.toString()).contains("journal.yaml: error: already exists");
        assertThat(Files.readString(journal)).isEqualTo("name: {zh: 我的刊名}\n");
        assertThat(run("new", "issue", "east-review", "2025", "--content", content())).isEqualTo(1);
        assertThat(err.toString()).contains("'2025' is not YEAR-NUMBER");
        assertThat(run("new", "article", "east-review/2025-01", "x", "--content", content())).isEqualTo(1);
        assertThat(err.toString()).contains("no issue east-review/2025-01");
    }
}
