package org.qikan.check;

import org.qikan.build.BuildOptions;
import org.qikan.build.BuildResult;
import org.qikan.build.SiteBuild;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample edition ({@code content/}) built once per test run into a temporary folder, for the
 * quality gates that look at every page: HTML validity, links, accessibility and the browser tests.
 */
public final class SampleSite {
    /** The content folder: {@code content/}, or another edition named by {@code -Dqikan.content=DIR}. */
    public static final Path CONTENT = Path.of(System.getProperty("qikan.content", "content"));
    private static Path root;

    private SampleSite() {
    }

    /** The folder of the built site; built on first use, deleted when the JVM exits. */
    public static synchronized Path root() {
        if (root == null) {
            root = build();
        }
        return root;
    }

    /** Every HTML page of the built site, site-relative with {@code /}, in path order. */
    public static List<String> pages() {
        Path site = root();
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path page(String sitePath) {
        return root().resolve(sitePath);
    }

    private static Path build() {
        try {
            Path parent = Files.createTempDirectory("qikan-sample-");
            Path out = parent.resolve("site");
            BuildResult result = new SiteBuild(BuildOptions.of(CONTENT, out), line -> { }).run();
            if (!result.succeeded()) {
                throw new IllegalStateException("the sample edition did not build: " + result.diagnostics().sorted());
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(parent)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the OS cleans up what is left
        }
    }
}
