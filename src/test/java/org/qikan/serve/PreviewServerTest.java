package org.qikan.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.TestSite;
import org.qikan.site.BuildOptions;

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

        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("正文第一段。", "改过的正文。"));
        assertThat(events.next("reload")).startsWith("reload {\"ok\":true");
        assertThat(get("tj/2024-04/first.html")).contains("改过的正文");

        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("section: research", "section: nope"));
        String failed = events.next("status");
        assertThat(failed).startsWith("status {\"ok\":false")
                .contains("\"where\":\"" + relative(site.content().resolve("tj/2024-04/first.md")) + ":3\"", "unknown section 'nope'");
        assertThat(server.lastBuildSucceeded()).isFalse();
        assertThat(get("tj/2024-04/first.html")).contains("改过的正文");

        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE);
        assertThat(events.next("reload")).startsWith("reload {\"ok\":true");
        assertThat(get("tj/2024-04/first.html")).contains("正文第一段");
    }

    private static String relative(Path file) {
        Path base = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
