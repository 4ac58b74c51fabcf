package org.qikan.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.TestSite;
import org.qikan.site.BuildOptions;
import org.qikan.site.BuildResult;
import org.qikan.site.SiteBuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A publisher changes the look by putting files of the same name in their own templates/ and assets/. */
class ThemeOverrideTest {
    @TempDir
    Path dir;

    @Test
    void publisherTemplatesAndAssetsReplaceTheBuiltInOnesFileByFile() throws IOException {
        TestSite site = new TestSite(dir)
                .file("templates/partials/breadcrumbs.peb", "<nav class=\"publisher-crumbs\" aria-label=\"路径\">{{ journal.name.zh }}</nav>\n")
                .file("assets/css/qikan.css", "body { color: #123456; }\n")
                .file("assets/img/masthead.png", "not really a png");
        BuildResult result = site.build();
        assertThat(result.succeeded()).as(result.diagnostics().sorted().toString()).isTrue();
        String article = site.read("tj/2024-04/first.html");
        assertThat(article).contains("<nav class=\"publisher-crumbs\" aria-label=\"路径\">测试国际评论</nav>");
        assertThat(article).contains("测试文章").as("the other templates are still the built-in ones");
        assertThat(site.read("assets/css/qikan.css")).isEqualTo("body { color: #123456; }\n");
        assertThat(site.read("assets/css/print.css")).as("built-in asset kept").contains("@page");
        assertThat(site.out().resolve("assets/img/masthead.png")).exists();
    }

    @Test
    void aBrokenPublisherTemplateIsReportedAtItsLine() throws IOException {
        TestSite site = new TestSite(dir).file("templates/home.peb", "{% extends \"layout\" %}\n{% block content %}\n{{ nosuchvariable }}\n{% endblock %}\n");
        Files.createDirectories(site.out());
        BuildResult result = site.build();
        assertThat(result.succeeded()).isFalse();
        assertThat(site.errors(result)).singleElement().asString()
                .startsWith("templates/home.peb:3: error: template error:")
                .contains("nosuchvariable");
    }

    @Test
    void explicitFoldersOverrideTheDefaultOnes() throws IOException {
        TestSite site = new TestSite(dir).file("theme/css/qikan.css", "/* mine */\n");
        BuildResult result = new SiteBuild(BuildOptions.of(site.content(), site.out()).withAssets(dir.resolve("theme"))).run();
        assertThat(result.succeeded()).isTrue();
        assertThat(site.read("assets/css/qikan.css")).isEqualTo("/* mine */\n");
    }
}
