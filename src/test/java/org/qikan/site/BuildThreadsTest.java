package org.qikan.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.TestSite;
import org.qikan.diag.Diagnostic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole build on one thread and on several gives the same site byte for byte (pages, search index,
 * exports, BagIt manifest) and the same problems in the same order: the references stage, each article's
 * search segment and export files run on worker threads, and their results are used in archive order.
 */
class BuildThreadsTest {
    @TempDir
    Path dir;

    @Test
    void theSampleEditionIsTheSameOnOneThreadAndOnSeveral() throws IOException {
        Built one = build(Path.of("content"), "sample-1", 1);
        assertThat(one.files()).containsKeys("search/meta.js", "manifest-sha256.txt", "oai.xml");
        assertThat(one.files().keySet()).anyMatch(p -> p.endsWith(".xml") && p.contains("/"))
                .anyMatch(p -> p.endsWith(".bib")).anyMatch(p -> p.startsWith("search/parts/"));
        for (int threads : new int[] {2, 4}) {
            Built many = build(Path.of("content"), "sample-" + threads, threads);
            assertThat(many.files()).isEqualTo(one.files());
            assertThat(many.problems()).isEqualTo(one.problems());
        }
    }

    @Test
    void anArchiveWithWarningsInManyArticlesReportsThemInTheSameOrder() throws IOException {
        TestSite site = new TestSite(dir.resolve("site"));
        for (int year = 2015; year <= 2024; year++) {
            String folder = "content/tj/" + year + "-04/";
            site.file(folder + "issue.yaml", TestSite.ISSUE.replace("year: 2024", "year: " + year));
            for (int n = 1; n <= 4; n++) {
                site.file(folder + "a" + n + ".md", TestSite.ARTICLE
                        .replace("测试文章", "第" + n + "篇" + year).replace("A Test Article", "Article " + n + " of " + year)
                        .replace("[^a]: 注释一。", n % 2 == 0 ? "[^a]: 同上，第 " + n + " 页。" : "[^a]: 注释" + year + "。")
                        .replace("正文第一段。", "正文第一段，芯片与治理 chips " + year + "。"));
            }
        }
        Built one = build(site.content(), "warn-1", 1);
        List<String> warnings = one.problems().stream().filter(m -> m.contains("points at no earlier citation")).toList();
        assertThat(warnings).hasSize(20);
        for (int threads : new int[] {2, 3}) {
            Built many = build(site.content(), "warn-" + threads, threads);
            assertThat(many.problems()).isEqualTo(one.problems());
            assertThat(many.files()).isEqualTo(one.files());
        }
    }

    private Built build(Path content, String name, int threads) throws IOException {
        Path out = dir.resolve(name);
        BuildResult result = new SiteBuild(BuildOptions.of(content, out).withIncremental(false), BuildListener.NONE,
                BuildMemory.none(), threads).run();
        assertThat(result.succeeded()).as("build with %d threads", threads).isTrue();
        List<String> problems = result.diagnostics().inOrder().stream().map(Diagnostic::toString).toList();
        return new Built(BuiltSite.fingerprint(out), problems);
    }

    private record Built(Map<String, String> files, List<String> problems) {
    }
}
