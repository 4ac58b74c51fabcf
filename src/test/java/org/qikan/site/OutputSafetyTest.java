package org.qikan.site;

import org.junit.jupiter.api.Test;
import org.qikan.TestSite;
import org.qikan.write.OutputLock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The output folder is never lost or mixed: one build at a time, an interrupted swap is finished at the
 * next start, folders beside the output that qikan did not write are never deleted, and no two
 * sources (or a source and a page qikan generates) may claim one output path.
 */
class OutputSafetyTest extends AfterAGoodBuild {
    @Test
    void aSecondBuildOnTheSameOutputFailsWhileTheFirstHoldsTheLock() throws IOException {
        Optional<OutputLock> first = OutputLock.tryAcquire(site.out());
        assertThat(first).isPresent();
        try (OutputLock held = first.get()) {
            site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("测试文章", "新标题"));
            assertThat(failingBuild()).containsExactly(
                    "out: error: another qikan build is writing to this output folder. wait until it has finished and build again, or choose another --out");
        }
        assertThat(site.build().succeeded()).as("once the lock is free").isTrue();
        assertThat(site.read("tj/2024-04/first.html")).contains("新标题");
    }

    @Test
    void concurrentBuildsNeverLeaveASiteThatIsNotTheirs() throws Exception {
        List<String> titles = List.of("甲", "乙", "丙", "丁");
        List<TestSite> sites = titles.stream().map(t -> {
            TestSite other = new TestSite(dir.resolve("src-" + t));
            other.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("测试文章", "标题" + t));
            return other;
        }).toList();
        List<Thread> threads = new java.util.ArrayList<>();
        Map<String, BuildResult> results = new java.util.concurrent.ConcurrentHashMap<>();
        for (int i = 0; i < titles.size(); i++) {
            TestSite other = sites.get(i);
            String title = titles.get(i);
            threads.add(new Thread(() -> results.put(title, new SiteBuild(BuildOptions.of(other.content(), site.out())).run())));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        List<String> succeeded = titles.stream().filter(t -> results.get(t).succeeded()).toList();
        titles.stream().filter(t -> !results.get(t).succeeded()).forEach(t -> assertThat(site.errors(results.get(t)))
                .containsExactly("out: error: another qikan build is writing to this output folder. wait until it has finished and build again, or choose another --out"));
        assertThat(succeeded).isNotEmpty();
        String page = site.read("tj/2024-04/first.html");
        assertThat(succeeded).anySatisfy(t -> assertThat(page).contains("标题" + t));
    }

    @Test
    void aSwapInterruptedAfterTheOldSiteWasMovedAsideIsUndoneAtTheNextStart() throws IOException {
        Files.move(site.out(), dir.resolve(".out.previous"));
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("section: research", "section: nope"));
        BuildResult result = site.build();
        assertThat(result.succeeded()).isFalse();
        assertThat(BuiltSite.fingerprint(site.out())).as("previous site back in place").isEqualTo(previousOutput);
        assertThat(dir.resolve(".out.previous")).doesNotExist();
        assertThat(result.diagnostics().sorted().stream().map(d -> d.format(dir)))
                .contains("out: warning: an earlier build was stopped while it replaced the site; the previous site was put back. "
                        + "nothing to do: this build replaces it as usual if it has no errors");
    }

    @Test
    void aPreviousSiteLeftAfterAFinishedSwapIsDeleted() throws IOException {
        copyTree(site.out(), dir.resolve(".out.previous"));
        assertThat(site.build().succeeded()).isTrue();
        assertThat(dir.resolve(".out.previous")).doesNotExist();
    }

    @Test
    void foldersBesideTheOutputThatQikanDidNotWriteAreNeverDeleted() throws IOException {
        for (String name : List.of(".out.staging", ".out.previous")) {
            Path folder = dir.resolve(name);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("notes.txt"), "mine");
            BuildResult result = site.build();
            assertThat(result.succeeded()).isFalse();
            assertThat(site.errors(result)).containsExactly(name + ": error: a folder by this name exists beside the output folder and "
                    + "was not written by qikan. move or rename it: qikan uses this name while it replaces the site, and deletes only folders it wrote");
            assertThat(folder.resolve("notes.txt")).hasContent("mine");
            assertThat(BuiltSite.fingerprint(site.out())).isEqualTo(previousOutput);
            Files.delete(folder.resolve("notes.txt"));
            Files.delete(folder);
        }
    }

    @Test
    void theRootOfTheFileSystemIsNeverAnOutputFolder() {
        BuildResult result = new SiteBuild(BuildOptions.of(site.content(), Path.of("/"))).run();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics().sorted().stream().map(d -> d.format(null))).containsExactly(
                "/: error: the output folder cannot be the root of the file system. give --out a folder of its own, such as --out site-output: "
                        + "a build replaces the output folder whole");
    }

    @Test
    void anArticleNamedIndexWouldReplaceTheTableOfContents() throws IOException {
        site.file("content/tj/2024-04/index.md", TestSite.ARTICLE);
        assertThat(failingBuild()).containsExactly("content/tj/2024-04/index.md: error: the slug 'index' is reserved: "
                + "the article would replace the issue's table of contents. rename the file or give it another slug:");
    }

    @Test
    void aJournalFolderMayNotTakeTheNameOfTheSitesOwnFolders() throws IOException {
        for (String name : List.of("en", "search", "assets", "people")) {
            site.file("content/" + name + "/journal.yaml", TestSite.JOURNAL);
            assertThat(failingBuild()).containsExactly("content/" + name + ": error: the journal folder name '" + name
                    + "' is reserved: the site's own '" + name + "' folder has that name. rename the journal folder; reserved names are assets, en, keywords, people, search");
            Files.delete(site.content().resolve(name + "/journal.yaml"));
            Files.delete(site.content().resolve(name));
        }
    }

    @Test
    void aStaticFileMayNotReplaceAGeneratedPage() throws IOException {
        site.file("content/index.html", "<p>my own home page</p>");
        assertThat(failingBuild()).containsExactly("content/index.html: error: this file would replace the page 'index.html' "
                + "that qikan generates. rename or move the file: qikan writes index.html itself");
    }

    @Test
    void anUnreadableStaticFileIsASourceProblem() throws IOException {
        Path image = site.content().resolve("tj/2024-04/figure.png");
        Files.createDirectories(image.getParent());
        Files.writeString(image, "png");
        image.toFile().setReadable(false, false);
        try {
            if (Files.isReadable(image)) {
                return; // running as root: every file is readable
            }
            assertThat(failingBuild()).containsExactly("content/tj/2024-04/figure.png: error: cannot read file: permission denied. "
                    + "check that you may read it (permissions), or move it out of the content folder");
        } finally {
            image.toFile().setReadable(true, false);
        }
    }

    @Test
    void aSlugTooLongForAFileNameIsASourceProblem() throws IOException {
        String slug = "a".repeat(252);
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("section: research", "section: research\nslug: " + slug));
        assertThat(failingBuild()).containsExactly("content/tj/2024-04/first.md:4: error: invalid slug '" + slug
                + "'. shorten it to at most 80 characters (it has 252): it becomes part of file names");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
