package org.qikan.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.TestSite;
import org.qikan.diag.Diagnostic;
import org.qikan.diag.Diagnostics;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentLoaderTest {
    @TempDir
    Path dir;

    private Edition load(TestSite site, Diagnostics problems) {
        return new ContentLoader(problems).load(site.content()).orElseThrow();
    }

    @Test
    void readsTheWholeModel() {
        TestSite site = new TestSite(dir);
        Diagnostics problems = new Diagnostics();
        Edition edition = load(site, problems);
        assertThat(problems.sorted()).isEmpty();
        Journal journal = edition.journals().get(0);
        assertThat(journal.slug()).isEqualTo("tj");
        assertThat(journal.name()).isEqualTo(new Bilingual("测试国际评论", "Test International Review"));
        Issue issue = journal.issues().get(0);
        assertThat(issue.slug()).isEqualTo("2024-04");
        assertThat(issue.volume()).isEqualTo(15);
        assertThat(issue.cumulative()).isEqualTo(87);
        assertThat(issue.published()).hasToString("2024-08-15");
        assertThat(issue.sections()).extracting(Section::id).containsExactly("research", "symposium");
        Article article = issue.articles().get(0);
        assertThat(article.slug()).isEqualTo("first");
        assertThat(article.authors()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo(new Bilingual("王五", "Wang Wu"));
            assertThat(a.affiliation().en()).isEqualTo("Test University");
        });
        assertThat(article.keywords().zh()).containsExactly("测试", "芯片");
        assertThat(article.body().firstLine()).isEqualTo(12);
        assertThat(article.body().text()).startsWith("## 一、引言");
    }

    @Test
    void ordersArticlesBySectionThenFirstPageAndIssuesNewestFirst() {
        TestSite site = new TestSite(dir)
                .file("content/tj/2024-04/b-late.md", TestSite.ARTICLE.replace("first_page: 1", "first_page: 30").replace("last_page: 10", "last_page: 40"))
                .file("content/tj/2024-04/a-symposium.md", TestSite.ARTICLE.replace("section: research", "section: symposium"))
                .file("content/tj/2023-06/issue.yaml", TestSite.ISSUE.replace("year: 2024", "year: 2023").replace("number: 4", "number: 6"))
                .file("content/tj/2024-01/issue.yaml", TestSite.ISSUE.replace("number: 4", "number: 1"));
        Journal journal = load(site, new Diagnostics()).journals().get(0);
        assertThat(journal.issues()).extracting(Issue::slug).containsExactly("2024-04", "2024-01", "2023-06");
        assertThat(journal.issues().get(0).articles()).extracting(Article::slug).containsExactly("first", "b-late", "a-symposium");
    }

    @Test
    void readsSymposiumPieces() {
        TestSite site = new TestSite(dir).file("content/tj/2024-04/first.md", """
                ---
                title: {zh: 笔谈, en: Symposium}
                section: symposium
                pieces:
                  - id: one
                    title: {zh: 其一, en: One}
                    authors: [{name: {zh: 甲, en: Jia}}]
                  - id: two
                    title: {zh: 其二, en: Two}
                    authors: [{name: {zh: 乙, en: Yi}}]
                ---
                引言。

                ::: piece one

                第一篇。

                ::: piece two

                第二篇。
                """);
        Diagnostics problems = new Diagnostics();
        Article article = load(site, problems).journals().get(0).issues().get(0).articles().get(0);
        assertThat(problems.sorted()).isEmpty();
        assertThat(article.isSymposium()).isTrue();
        assertThat(article.pieces()).extracting(Piece::id).containsExactly("one", "two");
        assertThat(article.allAuthors()).extracting(p -> p.name().zh()).containsExactly("甲", "乙");
    }

    @Test
    void pieceWithoutItsMarkerIsAnError() {
        TestSite site = new TestSite(dir).file("content/tj/2024-04/first.md", """
                ---
                title: {zh: 笔谈, en: Symposium}
                section: symposium
                pieces:
                  - id: one
                    title: {zh: 其一, en: One}
                    authors: [{name: {zh: 甲, en: Jia}}]
                ---
                ::: piece oen
                """);
        Diagnostics problems = new Diagnostics();
        load(site, problems);
        assertThat(problems.sorted()).extracting(d -> d.format(dir)).containsExactly(
                "content/tj/2024-04/first.md:4: error: piece 'one' has no text. start its text in the body with a line '::: piece one'",
                "content/tj/2024-04/first.md:9: error: marker for unknown piece 'oen'. declare the piece under pieces: in the front matter, or fix the id");
    }

    @Test
    void missingEnglishIsAWarningThatNamesTheField() {
        TestSite site = new TestSite(dir).file("content/tj/2024-04/first.md",
                TestSite.ARTICLE.replace("title: {zh: 测试文章, en: A Test Article}", "title: {zh: 测试文章}"));
        Diagnostics problems = new Diagnostics();
        load(site, problems);
        List<Diagnostic> all = problems.sorted();
        assertThat(problems.hasErrors()).isFalse();
        assertThat(all).extracting(d -> d.format(dir)).containsExactly(
                "content/tj/2024-04/first.md:2: warning: no English title ('title.en'). add it so that the English view can show it; until then it shows the Chinese");
    }

    @Test
    void issueFolderMustMatchItsNumber() {
        TestSite site = new TestSite(dir).file("content/tj/2024-04/issue.yaml", TestSite.ISSUE.replace("number: 4", "number: 5"));
        Diagnostics problems = new Diagnostics();
        load(site, problems);
        assertThat(problems.sorted()).extracting(d -> d.format(dir)).contains(
                "content/tj/2024-04/issue.yaml:2: error: issue 2024 no. 5 is in folder '2024-04'. name the folder 2024-05");
    }

    @Test
    void skipsDraftsStartingWithUnderscoreOrDot() {
        TestSite site = new TestSite(dir).file("content/tj/2024-04/_draft.md", "not even front matter")
                .file("content/_notes/readme.txt", "publisher's notes");
        Diagnostics problems = new Diagnostics();
        Edition edition = load(site, problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(edition.articleCount()).isEqualTo(1);
        assertThat(edition.staticFiles()).isEmpty();
    }
}
