package org.qikan.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.TestSite;
import org.qikan.site.BuildOptions;
import org.qikan.site.BuildResult;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PreviewServerTest {
    @TempDir
    Path dir;
    PreviewServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.address().resolve(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void servesTheSiteWithTheReloadScriptThatTheOutputNeverHolds() throws Exception {
        TestSite site = new TestSite(dir);
        server = PreviewServer.start(BuildOptions.of(site.content(), site.out()), 0, r -> { });
        String page = get("tj/2024-04/first.html");
        assertThat(page).contains("测试文章", "<script src=\"/__qikan/reload.js\"></script></body>");
        assertThat(Files.readString(site.out().resolve("tj/2024-04/first.html"))).doesNotContain("__qikan");
        assertThat(get("")).contains("<script src=\"/__qikan/reload.js\">");
        assertThat(get("__qikan/reload.js")).contains("EventSource");
        assertThat(http.send(HttpRequest.newBuilder(server.address().resolve("../../etc/passwd")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    @Test
    void anEditReloadsABrokenSourceShowsItsErrorAndTheLastGoodSiteStays() throws Exception {
        TestSite site = new TestSite(dir);
        server = PreviewServer.start(BuildOptions.of(site.content(), site.out()), 0, r -> { });
        EventStream events = EventStream.open(server.address());
        assertThat(events.next()).startsWith("status {\"ok\":true");

        java.util.concurrent.CompletableFuture<BuildResult> built =
                saving(site, "content/tj/2024-04/first.md", TestSite.ARTICLE.replace("正文第一段。", "改过的正文。"));
        assertThat(pageAfterReloads(events, "tj/2024-04/first.html", "改过的正文")).contains("改过的正文");
        // the save is shown first alone; the last good site is the one of the full build that read it
        built.get(60, java.util.concurrent.TimeUnit.SECONDS);

        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("section: research", "section: nope"));
        String failed = events.nextWith("status", "unknown section 'nope'");
        assertThat(failed).startsWith("status {\"ok\":false")
                .contains("\"where\":\"" + relative(site.content().resolve("tj/2024-04/first.md")) + ":3\"", "unknown section 'nope'");
        assertThat(server.lastBuildSucceeded()).isFalse();
        assertThat(get("tj/2024-04/first.html")).contains("改过的正文");

        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE);
        assertThat(pageAfterReloads(events, "tj/2024-04/first.html", "正文第一段")).contains("正文第一段");
    }

    /**
     * The page as served after each successful reload, until it shows {@code text} or 60 s have passed: a reload
     * may come first from a build the watcher began before the save (the site's own files written just before the
     * server started), which shows the page as it was; the save's own reload follows.
     */
    private String pageAfterReloads(EventStream events, String path, String text) throws Exception {
        long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        String page = "";
        while (!page.contains(text) && System.nanoTime() < end) {
            String reload = events.next("reload");
            assertThat(reload).as("a reload").isNotNull().startsWith("reload {\"ok\":true");
            page = get(path);
        }
        return page;
    }

    @Test
    void savedArticlesAreShownFirstThenBuiltAndTheServedTreeIsThatOfACleanBuildByteForByte() throws Exception {
        TestSite site = new TestSite(dir);
        site.file("content/tj/2024-04/second.md", TestSite.ARTICLE.replace("测试文章", "第二篇").replace("A Test Article", "The Second")
                .replace("first_page: 1", "first_page: 11").replace("last_page: 10", "last_page: 20"));
        java.util.List<String> verbose = new java.util.concurrent.CopyOnWriteArrayList<>();
        server = PreviewServer.start(BuildOptions.of(site.content(), site.out()), 0, r -> { }, verbose::add);
        EventStream events = EventStream.open(server.address());
        events.next();

        // a body: shown before its build, then built
        long previews = server.previews();
        java.util.concurrent.CompletableFuture<BuildResult> first = saving(site, "content/tj/2024-04/first.md",
                TestSite.ARTICLE.replace("正文第一段。", "改过的正文。"));
        assertThat(events.next("reload")).startsWith("reload {\"ok\":true");
        assertThat(get("tj/2024-04/first.html")).contains("改过的正文");
        assertThat(first.get().succeeded()).isTrue();
        assertThat(server.previews()).isEqualTo(previews + 1);
        assertThat(verbose).anyMatch(line -> line.startsWith("preview of ") && line.contains(
                "tj/2024-04/first.html, en/tj/2024-04/first.html, tj/2024-04/index.html, en/tj/2024-04/index.html"));
        assertServedTreeIsACleanBuilds(site);

        // the same article again (read alone now), a field other pages show (its title), another article
        save(site, "content/tj/2024-04/first.md", TestSite.ARTICLE.replace("正文第一段。", "再改一次。[^b]\n\n[^b]: 注释二。"));
        assertServedTreeIsACleanBuilds(site);
        save(site, "content/tj/2024-04/first.md", TestSite.ARTICLE.replace("测试文章", "改了题目的文章"));
        assertServedTreeIsACleanBuilds(site);
        assertThat(get("tj/2024-04/")).contains("改了题目的文章");
        assertThat(verbose.get(verbose.size() - 1)).contains("people/wang-wu.html", "keywords/index.html", "tj/sections/research.html")
                .doesNotContain("(body only)");
        save(site, "content/tj/2024-04/second.md", TestSite.ARTICLE.replace("测试文章", "第二篇").replace("first_page: 1", "first_page: 11")
                .replace("last_page: 10", "last_page: 20").replace("正文第一段。", "第二篇的新正文。"));
        assertServedTreeIsACleanBuilds(site);
        // not an article's body: the issue, a new article, a deleted one
        save(site, "content/tj/2024-04/issue.yaml", TestSite.ISSUE.replace("volume: 15", "volume: 16"));
        assertServedTreeIsACleanBuilds(site);
        save(site, "content/tj/2024-04/third.md", TestSite.ARTICLE.replace("测试文章", "第三篇").replace("first_page: 1", "first_page: 21")
                .replace("last_page: 10", "last_page: 30"));
        assertServedTreeIsACleanBuilds(site);
        java.util.concurrent.CompletableFuture<BuildResult> deleted = server.whenRebuilt(site.content().resolve("tj/2024-04/second.md"));
        site.delete("content/tj/2024-04/second.md");
        deleted.get();
        assertServedTreeIsACleanBuilds(site);
        save(site, "content/tj/2024-04/first.md", TestSite.ARTICLE.replace("正文第一段。", "最后一次。"));
        assertServedTreeIsACleanBuilds(site);
        assertThat(server.previews()).isGreaterThanOrEqualTo(previews + 4);
        server.close();
        server = null;

        // what serve left in the cache folder is whole: a command-line build takes every article back from it
        java.util.List<String> stages = new java.util.ArrayList<>();
        assertThat(new org.qikan.site.SiteBuild(BuildOptions.of(site.content(), site.out()), (java.util.function.Consumer<String>) stages::add).run().succeeded()).isTrue();
        assertThat(stages).anyMatch(line -> line.contains("2 of 2 bodies")).anyMatch(line -> line.contains("for search") && line.contains("(2 reused"))
                .anyMatch(line -> line.contains("2 of 2 articles' exports reused"));
        assertSameTree(site.out(), clean(site));
    }

    @Test
    void aSaveIsShownWhileTheBuildOfAnEarlierOneRuns() throws Exception {
        TestSite site = new TestSite(dir);
        java.util.concurrent.CountDownLatch inBuild = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean holding = new java.util.concurrent.atomic.AtomicBoolean();
        // the terminal's report of a build runs on the build thread, before the build ends: holding it holds the build
        server = PreviewServer.start(BuildOptions.of(site.content(), site.out()), 0, result -> {
            if (holding.getAndSet(false)) {
                inBuild.countDown();
                awaitQuietly(release);
            }
        });
        EventStream events = EventStream.open(server.address());
        events.next();
        holding.set(true);
        java.util.concurrent.CompletableFuture<BuildResult> firstBuilt = saving(site, "content/tj/2024-04/first.md",
                TestSite.ARTICLE.replace("正文第一段。", "第一次保存。"));
        inBuild.await();

        java.util.concurrent.CompletableFuture<BuildResult> secondBuilt = saving(site, "content/tj/2024-04/first.md",
                TestSite.ARTICLE.replace("正文第一段。", "第二次保存。").replace("测试文章", "新题目"));
        assertThat(events.next("reload")).startsWith("reload {\"ok\":true"); // the first save's preview
        assertThat(events.next("reload")).startsWith("reload {\"ok\":true"); // the second's, while the first's build is held
        assertThat(firstBuilt).isNotDone();
        assertThat(get("tj/2024-04/first.html")).contains("第二次保存", "新题目");
        assertThat(get("tj/2024-04/")).contains("新题目");

        release.countDown();
        assertThat(firstBuilt.get().succeeded()).isTrue();
        assertThat(secondBuilt.get().succeeded()).isTrue();
        assertThat(get("tj/2024-04/first.html")).contains("第二次保存");
        assertServedTreeIsACleanBuilds(site);
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Saves a file whole, as many editors do (written beside the content folder, then moved over the old one), so
     * that the watcher never sees it half written; the future ends with the build that read it.
     */
    private java.util.concurrent.CompletableFuture<BuildResult> saving(TestSite site, String path, String text) throws java.io.IOException {
        Path target = site.root().resolve(path);
        java.util.concurrent.CompletableFuture<BuildResult> built = server.whenRebuilt(target);
        Path written = Files.writeString(dir.resolve("saving.tmp"), text);
        Files.createDirectories(target.getParent());
        Files.move(written, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return built;
    }

    /** Writes a file and waits for the build that read it. */
    private void save(TestSite site, String path, String text) throws Exception {
        saving(site, path, text).get();
    }

    private void assertServedTreeIsACleanBuilds(TestSite site) throws Exception {
        assertThat(server.lastBuildSucceeded()).isTrue();
        assertSameTree(site.out(), clean(site));
    }

    private Path clean(TestSite site) {
        Path clean = dir.resolve("clean");
        org.qikan.site.BuildResult result = new org.qikan.site.SiteBuild(BuildOptions.of(site.content(), clean).withIncremental(false)).run();
        assertThat(result.succeeded()).isTrue();
        return clean;
    }

    private static void assertSameTree(Path served, Path clean) throws java.io.IOException {
        java.util.Map<String, String> servedFiles = files(served);
        java.util.Map<String, String> cleanFiles = files(clean);
        assertThat(servedFiles.keySet()).isEqualTo(cleanFiles.keySet());
        cleanFiles.forEach((path, hash) -> assertThat(servedFiles.get(path)).as(path).isEqualTo(hash));
    }

    private static java.util.Map<String, String> files(Path root) throws java.io.IOException {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    private static String relative(Path file) {
        Path base = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
