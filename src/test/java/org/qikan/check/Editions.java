package org.qikan.check;

import org.qikan.site.BuildOptions;
import org.qikan.site.BuildResult;
import org.qikan.site.SiteBuild;
import org.qikan.importer.ImportOptions;
import org.qikan.importer.Importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The editions the page-wide quality gates run on, each built once per test run into a temporary
 * folder: {@code sample}, the sample edition in {@code content/} (or {@code -Dqikan.content=DIR});
 * and {@code corpus}, the four real issues of {@code ../shared/corpus} imported with {@code qikan import}.
 */
public final class Editions {
    public static final String SAMPLE = "sample";
    public static final String CORPUS = "corpus";
    private static final Map<String, Path> built = new HashMap<>();
    private static final Map<String, BuildResult> results = new HashMap<>();
    private static final Map<String, String> CORPUS_ISSUES = Map.of(
            "zhanlue-juece-yanjiu-2024-04.txt", "zhanlue-juece-yanjiu",
            "zhanlue-juece-yanjiu-2024-03.txt", "zhanlue-juece-yanjiu",
            "guoji-wenti-yanjiu-2023-05.txt", "guoji-wenti-yanjiu",
            "guoji-zhanwang-2023-03-qin-jiang.txt", "guoji-zhanwang");

    private Editions() {
    }

    /** The folder of the built edition; built on first use, deleted when the JVM exits. */
    public static synchronized Path root(String edition) {
        return built.computeIfAbsent(edition, Editions::build);
    }

    /** The result of the edition's build: its summary and warnings. */
    public static synchronized BuildResult result(String edition) {
        root(edition);
        return results.get(edition);
    }

    /** Every HTML page of the built edition, site-relative with {@code /}, in path order. */
    public static List<String> pages(String edition) {
        Path site = root(edition);
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path build(String edition) {
        try {
            Path work = Files.createTempDirectory("qikan-" + edition + "-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(work)));
            Path content = edition.equals(CORPUS) ? importCorpus(work.resolve("content")) : SampleSite.CONTENT;
            Path out = work.resolve("site");
            BuildOptions options = BuildOptions.of(content, out)
                    .withTemplates(Path.of("templates")).withAssets(Path.of("assets"));
            BuildResult result = new SiteBuild(options).run();
            results.put(edition, result);
            if (!result.succeeded()) {
                throw new IllegalStateException("the " + edition + " edition did not build: " + result.diagnostics().sorted());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path importCorpus(Path content) throws IOException {
        try {
            return importCorpusInto(content);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the corpus did not import: " + e.getMessage(), e);
        }
    }

    private static Path importCorpusInto(Path content) throws Exception {
        Path corpus = Path.of("").toAbsolutePath().resolveSibling("shared").resolve("corpus");
        if (!Files.isDirectory(corpus)) {
            throw new IllegalStateException("corpus not found at " + corpus + ": the gates read ../shared/corpus beside the repository");
        }
        Files.createDirectories(content);
        Files.writeString(content.resolve("site.yaml"), "title: {zh: 国际问题期刊, en: Journals of International Studies}\n");
        for (String issue : CORPUS_ISSUES.keySet().stream().sorted().toList()) {
            Importer.run(new ImportOptions(corpus.resolve(issue), CORPUS_ISSUES.get(issue), content, null, null));
        }
        return content;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the OS cleans up what is left
        }
    }
}
