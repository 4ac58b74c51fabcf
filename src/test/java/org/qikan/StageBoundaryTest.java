package org.qikan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Stages read each other only through the packages every stage may read (docs/architecture.md). */
class StageBoundaryTest {
    private static final Path MAIN = Path.of("src/main/java/org/qikan");

    @Test
    void indexStageReadsNeitherRenderNorWrite() throws IOException {
        assertThat(importsOf("index")).noneMatch(i -> i.startsWith("org.qikan.render") || i.startsWith("org.qikan.write"));
    }

    @Test
    void publishedSiteFactsDependOnTheContentModelOnly() throws IOException {
        assertThat(importsOf("published")).allMatch(i -> !i.startsWith("org.qikan.") || i.startsWith("org.qikan.content."));
    }

    private static List<String> importsOf(String pkg) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(StageBoundaryTest::lines)
                    .filter(l -> l.startsWith("import ")).map(l -> l.substring(7).replace(";", "").strip()).toList();
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
