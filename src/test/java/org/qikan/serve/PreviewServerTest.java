package org.qikan.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.TestSite;
import org.qikan.site.BuildOptions;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

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

    /** The events of one page's stream, "event data" per entry. */
    BlockingQueue<String> events() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpResponse<java.io.InputStream> response = http.send(HttpRequest.newBuilder(server.address().resolve("__qikan/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String event = null;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("event: ")) {
                        event = line.substring(7);
                    } else if (line.startsWith("data: ")) {
                        events.add(event + " " + line.substring(6));
                    }
                }
            } catch (java.io.IOException ignored) {
                // the server stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        return events;
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
        BlockingQueue<String> events = events();
        assertThat(events.poll(10, TimeUnit.SECONDS)).startsWith("status {\"ok\":true");

        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("正文第一段。", "改过的正文。"));
        assertThat(events.poll(20, TimeUnit.SECONDS)).startsWith("reload {\"ok\":true");
        assertThat(get("tj/2024-04/first.html")).contains("改过的正文");

        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("section: research", "section: nope"));
        String failed = next(events, "status");
        assertThat(failed).startsWith("status {\"ok\":false")
                .contains("\"where\":\"" + relative(site.content().resolve("tj/2024-04/first.md")) + ":3\"", "unknown section 'nope'");
        assertThat(server.lastBuildSucceeded()).isFalse();
        assertThat(get("tj/2024-04/first.html")).contains("改过的正文");

        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE);
        assertThat(events.poll(20, TimeUnit.SECONDS)).startsWith("reload {\"ok\":true");
        assertThat(get("tj/2024-04/first.html")).contains("正文第一段");
    }

    /** The next event of that name; a save may make two builds, so earlier events of other names are passed over. */
    static String next(BlockingQueue<String> events, String name) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (String event = events.poll(20, TimeUnit.SECONDS); event != null; event = events.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS)) {
            if (event.startsWith(name + " ")) {
                return event;
            }
        }
        return null;
    }

    private static String relative(Path file) {
        Path base = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
