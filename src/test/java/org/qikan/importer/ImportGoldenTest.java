package org.qikan.importer;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One small input per layout quirk: {@code golden/<case>/input.txt} imports to exactly the files under
 * {@code golden/<case>/expected/} (sources and report). To add a case, add its input and run with
 * {@code -Dgolden.update=true}, then read the expected files before committing them. The record of written
 * sources' hashes ({@code .qikan-import.sha256}) is left out.
 */
class ImportGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/importer/golden");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> eachQuirkImportsAsExpected() throws IOException {
        try (Stream<Path> cases = Files.list(DIR)) {
            return cases.filter(Files::isDirectory).sorted().toList().stream()
                    .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
        }
    }

    private void check(Path golden) throws Exception {
        Path out = work.resolve(golden.getFileName().toString());
        Importer.run(new ImportOptions(golden.resolve("input.txt"), "sample", out, null, null));
        Path expected = golden.resolve("expected");
        if (Boolean.getBoolean("golden.update")) {
            if (Files.exists(expected)) {
                try (Stream<Path> old = Files.walk(expected)) {
                    old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            for (Path f : files(out)) {
                Path target = expected.resolve(out.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        List<String> actualNames = files(out).stream().map(f -> out.relativize(f).toString()).toList();
        List<String> expectedNames = files(expected).stream().map(f -> expected.relativize(f).toString()).toList();
        assertThat(actualNames).as("files written for " + golden).isEqualTo(expectedNames);
        for (String name : actualNames) {
            assertThat(Files.readString(out.resolve(name), StandardCharsets.UTF_8)).as(golden.resolve("expected").resolve(name).toString())
                    .isEqualTo(Files.readString(expected.resolve(name), StandardCharsets.UTF_8));
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(WrittenSources.RECORD)).sorted().toList();
        }
    }
}
