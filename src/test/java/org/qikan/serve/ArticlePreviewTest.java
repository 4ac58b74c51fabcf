package org.qikan.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.TestSite;
import org.qikan.site.BuildOptions;
import org.qikan.site.SiteBuild;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArticlePreviewTest {
    /** A second article by the same author, with one keyword of the first and one of its own. */
    static final String SECOND = """
            ---
            title: {zh: 第二篇, en: The Second}
            section: research
            authors:
              - name: {zh: 王五, en: Wang Wu}
                affiliation: {zh: 测试大学, en: Test University}
            keywords: {zh: [芯片, 航运], en: [chips, shipping]}
            first_page: 11
            last_page: 20
            ---
            第二篇的正文。
            """;

    @TempDir
    Path dir;

    @Test
    void aSavedArticlesPagesAndItsIssuesContentsAreThoseOfAFullBuildByteForByte() throws Exception {
        TestSite site = siteOfTwoArticles();
        ArticlePreview preview = new ArticlePreview(BuildOptions.of(site.content(), site.out()));
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("正文第一段。[^a]", "改过的正文，加了**强调**。[^b][^a]\n\n## 二、新的一节\n\n新段落。")
                .replace("[^a]: 注释一。", "[^a]: 注释一。\n[^b]: 同上。"));

        ArticlePreview.Pages pages = preview.pages(site.content().resolve("tj/2024-04/first.md")).orElseThrow();

        assertThat(pages.pages().keySet()).startsWith("tj/2024-04/first.html", "en/tj/2024-04/first.html",
                "tj/2024-04/index.html", "en/tj/2024-04/index.html");
        assertSameAsACleanBuild(site, pages.pages());
        assertThat(new String(pages.pages().get("tj/2024-04/first.html"), StandardCharsets.UTF_8)).contains("改过的正文", "新的一节");
    }

    @Test
    void aBodyChangedAloneRendersTheArticleAndItsContentsAndNoCatalogPage() throws Exception {
        TestSite site = siteOfTwoArticles();
        ArticlePreview preview = new ArticlePreview(BuildOptions.of(site.content(), site.out()));
        Path first = site.content().resolve("tj/2024-04/first.md");
        assertThat(preview.pages(first).orElseThrow().bodyOnly()).isFalse(); // the whole folder read: what changed is unknown

        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("正文第一段。", "只改了正文。"));
        ArticlePreview.Pages pages = preview.pages(first).orElseThrow();

        assertThat(pages.bodyOnly()).isTrue();
        assertThat(pages.pages().keySet()).containsExactly("tj/2024-04/first.html", "en/tj/2024-04/first.html",
                "tj/2024-04/index.html", "en/tj/2024-04/index.html");
        assertSameAsACleanBuild(site, pages.pages());
        assertThat(pages.line(dir)).startsWith("preview of content/tj/2024-04/first.md ")
                .contains("4 pages (body only): tj/2024-04/first.html, en/tj/2024-04/first.html, tj/2024-04/index.html");
    }

    @Test
    void changedFieldsRenderTheCatalogPagesThatListTheArticleBeforeAndAfterTheSave() throws Exception {
        TestSite site = siteOfTwoArticles();
        ArticlePreview preview = new ArticlePreview(BuildOptions.of(site.content(), site.out()));
        Path first = site.content().resolve("tj/2024-04/first.md");
        preview.pages(first).orElseThrow();

        // another title, another author in place of 王五 (who keeps the second article), 港口 in place of 芯片
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("测试文章", "改了题目")
                .replace("王五, en: Wang Wu", "赵六, en: Zhao Liu").replace("[测试, 芯片]", "[测试, 港口]").replace("[test, chips]", "[test, ports]"));
        ArticlePreview.Pages pages = preview.pages(first).orElseThrow();

        assertThat(pages.bodyOnly()).isFalse();
        assertThat(pages.pages().keySet()).contains("tj/2024-04/index.html", "en/tj/2024-04/index.html",
                "people/index.html", "people/zhao-liu.html", "people/wang-wu.html", "en/people/wang-wu.html",
                "keywords/index.html", "keywords/gang-kou.html", "keywords/xin-pian.html", "keywords/ce-shi.html",
                "en/keywords/gang-kou.html", "tj/sections/research.html", "en/tj/sections/research.html");
        assertThat(pages.pages().keySet()).doesNotContain("keywords/hang-yun.html", "index.html", "tj/index.html");
        Path clean = assertSameAsACleanBuild(site, pages.pages());
        assertThat(Files.readString(clean.resolve("people/wang-wu.html"))).contains("第二篇").doesNotContain("改了题目");
        assertThat(Files.readString(clean.resolve("tj/2024-04/index.html"))).contains("改了题目", "赵六");
    }

    @Test
    void theCatalogIsMadeAnewForEachPreview() throws Exception {
        TestSite site = siteOfTwoArticles();
        ArticlePreview preview = new ArticlePreview(BuildOptions.of(site.content(), site.out()));
        Path first = site.content().resolve("tj/2024-04/first.md");
        preview.pages(first).orElseThrow();
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("王五, en: Wang Wu", "赵六, en: Zhao Liu"));
        preview.pages(first).orElseThrow();

        // the body alone changes now: the author links of the page are those of the catalog as it is, not as it was
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("王五, en: Wang Wu", "赵六, en: Zhao Liu")
                .replace("正文第一段。", "又一段。"));
        ArticlePreview.Pages pages = preview.pages(first).orElseThrow();

        assertThat(pages.bodyOnly()).isTrue();
        assertThat(new String(pages.pages().get("tj/2024-04/first.html"), StandardCharsets.UTF_8)).contains("people/zhao-liu.html");
        assertSameAsACleanBuild(site, pages.pages());
    }

    @Test
    void givesNothingForABrokenSourceOrAFileThatIsNoArticle() {
        TestSite site = new TestSite(dir);
        assertThat(site.build().succeeded()).isTrue();
        ArticlePreview preview = new ArticlePreview(BuildOptions.of(site.content(), site.out()));
        assertThat(preview.pages(site.content().resolve("tj/2024-04/issue.yaml"))).isEmpty();
        assertThat(preview.pages(dir.resolve("elsewhere.md"))).isEmpty();
        assertThat(preview.pages(site.content().resolve("tj/2024-04/first.md"))).isPresent();

        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("section: research", "section: nope"));
        assertThat(preview.pages(site.content().resolve("tj/2024-04/first.md"))).isEmpty();
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE);
        site.file("content/tj/2024-04/issue.yaml", TestSite.ISSUE.replace("year: 2024", "year: soon"));
        assertThat(preview.pages(site.content().resolve("tj/2024-04/first.md"))).isEmpty();
    }

    private TestSite siteOfTwoArticles() {
        TestSite site = new TestSite(dir);
        site.file("content/tj/2024-04/second.md", SECOND);
        assertThat(site.build().succeeded()).isTrue();
        return site;
    }

    /** Each page is the page of a build from nothing of the sources as they are now; gives that build's folder. */
    private Path assertSameAsACleanBuild(TestSite site, Map<String, byte[]> pages) throws Exception {
        Path clean = dir.resolve("clean");
        assertThat(new SiteBuild(BuildOptions.of(site.content(), clean).withIncremental(false)).run().succeeded()).isTrue();
        for (Map.Entry<String, byte[]> page : pages.entrySet()) {
            assertThat(new String(page.getValue(), StandardCharsets.UTF_8)).as(page.getKey())
                    .isEqualTo(Files.readString(clean.resolve(page.getKey())));
            assertThat(page.getValue()).as(page.getKey()).isEqualTo(Files.readAllBytes(clean.resolve(page.getKey())));
        }
        return clean;
    }
}
