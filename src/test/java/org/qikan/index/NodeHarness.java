package org.qikan.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code src/test/js/search-harness.js} in Node with real lunr.js (taken from the webjar on the
 * class path) and the site's {@code search-core.js}: the browser side of search, without a browser.
 */
final class NodeHarness {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Path HARNESS = Path.of("src/test/js/search-harness.js");
    private static final Path CORE = Path.of("assets/js/search-core.js");
    private static Path scripts;

    private NodeHarness() {
    }

    static ObjectNode job(String mode) {
        ObjectNode job = JSON.createObjectNode();
        job.put("mode", mode);
        return job;
    }

    static JsonNode run(ObjectNode job) throws IOException, InterruptedException {
        Path dir = scripts();
        job.put("lunr", dir.resolve("lunr.js").toString());
        job.put("t2s", dir.resolve("search-t2s.js").toString());
        job.put("core", CORE.toAbsolutePath().toString());
        Path stderr = Files.createTempFile("qikan-node", ".err");
        Process node = new ProcessBuilder("node", HARNESS.toAbsolutePath().toString())
                .redirectError(stderr.toFile())
                .start();
        try (OutputStream in = node.getOutputStream()) {
            JSON.writeValue(in, job);
        }
        byte[] out;
        try (InputStream stdout = node.getInputStream()) {
            out = stdout.readAllBytes();
        }
        boolean finished = node.waitFor(60, TimeUnit.SECONDS);
        String errors = Files.readString(stderr);
        Files.delete(stderr);
        assertThat(finished).as("node finished").isTrue();
        assertThat(node.exitValue()).as("node exit code; stderr: %s", errors).isZero();
        return JSON.readTree(new String(out, StandardCharsets.UTF_8));
    }

    /** lunr.js (unminified, from the webjar) and the generated traditional-to-simplified table, in a temp folder. */
    private static synchronized Path scripts() throws IOException {
        if (scripts == null) {
            Path dir = Files.createTempDirectory("qikan-search-js");
            dir.toFile().deleteOnExit(); // registered first, deleted last: after the files in it
            try (InputStream lunr = NodeHarness.class.getClassLoader().getResourceAsStream(StopWords.LUNR_JS)) {
                Files.write(dir.resolve("lunr.js"), lunr.readAllBytes());
            }
            Files.writeString(dir.resolve("search-t2s.js"), ChineseConversion.get().asJavaScript());
            dir.resolve("lunr.js").toFile().deleteOnExit();
            dir.resolve("search-t2s.js").toFile().deleteOnExit();
            scripts = dir;
        }
        return scripts;
    }
}
