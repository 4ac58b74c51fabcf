package org.qikan.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.TestSite;
import org.qikan.site.BuildOptions;
import org.qikan.site.SiteBuild;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArticlePreviewTest {
    @TempDir
    Path dir;

    @Test
    void aSavedArticlesPagesAreThoseOfAFullBuildByteForByte() throws Exception {
        TestSite site = new TestSite(dir);
        site.file("content/tj/2024-04/second.md", TestSite.ARTICLE.replace("测试文章", "第二篇").replace("A Test Article", "The Second")
                .replace("first_page: 1", "first_page: 11").replace("last_page: 10", "last_page: 20"));
        assertThat(site.build().succeeded()).isTrue();
        ArticlePreview preview = new ArticlePreview(BuildOptions.of(site.content(), site.out()));
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("正文第一段。[^a]", "改过的正文，加了**强调**。[^b][^a]\n\n## 二、新的一节\n\n新段落。")
                .replace("[^a]: 注释一。", "[^a]: 注释一。\n[^b]: 同上。"));

        Map<String, byte[]> pages = preview.pages(site.content().resolve("tj/2024-04/first.md")).orElseThrow();

        assertThat(pages.keySet()).containsExactly("tj/2024-04/first.html", "en/tj/2024-04/first.html");
        Path clean = dir.resolve("clean");
        assertThat(new SiteBuild(BuildOptions.of(site.content(), clean).withIncremental(false)).run().succeeded()).isTrue();
        for (Map.Entry<String, byte[]> page : pages.entrySet()) {
            assertThat(new String(page.getValue(), java.nio.charset.StandardCharsets.UTF_8)).as(page.getKey())
                    .isEqualTo(Files.readString(clean.resolve(page.getKey())));
        }
        assertThat(new String(pages.get("tj/2024-04/first.html"), java.nio.charset.StandardCharsets.UTF_8)).contains("改过的正文", "新的一节");
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
}
