package org.qikan.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.qikan.TestSite;
import org.qikan.site.BuildOptions;
import org.qikan.site.BuildResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Stopping {@code qikan serve} (Ctrl-C) while a rebuild runs. */
@Isolated // replaces the JVM's handler of uncaught exceptions for a moment
class RebuilderTest {
    @TempDir
    Path dir;

    @Test
    void stoppingDuringABuildEndsItWithoutAStackTraceAndLeavesTheOutputAsItWas() throws Exception {
        TestSite site = new TestSite(dir);
        for (int i = 0; i < 60; i++) {
            site.file("content/tj/2024-04/a" + i + ".md", TestSite.ARTICLE.replace("正文第一段。", "正文第一段，第" + i + "篇。".repeat(200)));
        }
        assertThat(site.build().succeeded()).isTrue();
        String before = Files.readString(site.out().resolve("tj/2024-04/a0.html"));
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler handler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        try {
            Rebuilder rebuilder = new Rebuilder(BuildOptions.of(site.content(), site.out()), new Rebuilder.Listener() {
                @Override
                public void previewed(ArticlePreview.Pages pages, long readBy) {
                }

                @Override
                public void built(BuildResult result, long number) {
                }
            }, false);
            site.file("content/tj/2024-04/a0.md", TestSite.ARTICLE.replace("正文第一段。", "改过的正文。"));
            rebuilder.changed();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (rebuilder.buildsBegun() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            rebuilder.close();
            assertThat(rebuilder.buildsBegun()).as("a build began").isEqualTo(1);
            assertThat(rebuilder.builds()).as("the build was cut short (60 articles take longer than closing)").isZero();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(handler);
        }
        assertThat(uncaught).as("nothing thrown out of serve's threads").isEmpty();
        assertThat(Files.readString(site.out().resolve("tj/2024-04/a0.html"))).isEqualTo(before);
        assertThat(site.out().resolveSibling("." + site.out().getFileName() + ".staging")).as("the cut build's staging folder").doesNotExist();
    }
}
