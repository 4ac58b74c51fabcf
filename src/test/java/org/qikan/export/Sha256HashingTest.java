package org.qikan.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The child JVM gives the sums this JVM gives, any failure of it falls back to this JVM, and it is asked only when it helps. */
class Sha256HashingTest {
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @TempDir
    Path root;

    @Test
    void theChildGivesTheSumsOfThisJvmForFilesWithAnyName() throws IOException {
        List<String> paths = awkwardFiles();
        Map<String, String> here = Sha256Hashing.inThisJvm(root, paths);

        List<String> fromChild = child(Sha256Hashing.javaOfThisJvm()).fromChild(root, paths).orElseThrow();

        assertThat(fromChild).containsExactlyElementsOf(paths.stream().map(here::get).toList());
        assertThat(here.get("empty")).isEqualTo(EMPTY_SHA256);
        assertThat(here).hasSize(paths.size());
    }

    @Test
    void manyBytesUnderTheQuickCompilerAreHashedInTheChildWithTheSameResult() throws IOException {
        List<String> paths = awkwardFiles();

        assertThat(child(Sha256Hashing.javaOfThisJvm()).checksums(root, paths)).isEqualTo(Sha256Hashing.inThisJvm(root, paths));
    }

    @Test
    void aChildThatCannotStartFailsOrAnswersShortLeavesTheHashingToThisJvm() throws IOException {
        List<String> paths = awkwardFiles();
        Map<String, String> here = Sha256Hashing.inThisJvm(root, paths);
        Sha256Hashing noJava = child(root.resolve("no-such-jdk/bin/java"));
        List<String> printsVersion = List.of(Sha256Hashing.javaOfThisJvm().toString(), "-version");
        Sha256Hashing noAnswer = new Sha256Hashing(printsVersion, 0, () -> false);
        List<String> withMissing = new ArrayList<>(paths);
        withMissing.add("missing.html");

        assertThat(noJava.fromChild(root, paths)).isEmpty();
        assertThat(noJava.checksums(root, paths)).isEqualTo(here);
        assertThat(noAnswer.fromChild(root, paths)).isEmpty();
        assertThat(noAnswer.checksums(root, paths)).isEqualTo(here);
        assertThat(child(Sha256Hashing.javaOfThisJvm()).fromChild(root, withMissing)).isEmpty();
    }

    @Test
    void fewBytesAreHashedHereWithoutAskingWhichCompilerThisJvmHas() throws IOException {
        List<String> paths = awkwardFiles();
        AtomicBoolean asked = new AtomicBoolean();
        Sha256Hashing hashing = new Sha256Hashing(List.of("no-such-java"), 6L << 20, () -> asked.getAndSet(true));

        assertThat(hashing.checksums(root, paths)).isEqualTo(Sha256Hashing.inThisJvm(root, paths));
        assertThat(asked).isFalse();
    }

    @Test
    void onlyAJvmStoppedAtTheQuickCompilerOrInterpretingLacksTheOptimizingOne() throws Exception {
        assertThat(probe()).isEqualTo("true");
        assertThat(probe("-XX:-TieredCompilation")).isEqualTo("true");
        assertThat(probe("-XX:TieredStopAtLevel=1")).isEqualTo("false");
        assertThat(probe("-XX:CompilationMode=quick-only")).isEqualTo("false");
        assertThat(probe("-Xint")).isEqualTo("false");
    }

    /** Hashing that asks the child for any number of bytes, as under the quick compiler. */
    private static Sha256Hashing child(Path java) {
        return new Sha256Hashing(Sha256Hashing.childCommand(java), 0, () -> false);
    }

    /** Files whose names a line-based or shell-quoted exchange would break, an empty one and a 5 MB one, in path order. */
    private List<String> awkwardFiles() throws IOException {
        byte[] large = new byte[5 * 1024 * 1024 + 7];
        new Random(8493).nextBytes(large);
        write("a b/c d.html", "spaces".getBytes(StandardCharsets.UTF_8));
        write("empty", new byte[0]);
        write("large.bin", large);
        write("line\nbreak.txt", "a newline in the name".getBytes(StandardCharsets.UTF_8));
        write("per%25cent%0A.txt", "percent signs".getBytes(StandardCharsets.UTF_8));
        write("文章/国际问题研究.html", "<p>中文</p>".getBytes(StandardCharsets.UTF_8));
        List<String> paths = new ArrayList<>();
        BagItManifest.files(root).forEach(paths::add);
        return paths;
    }

    private void write(String path, byte[] bytes) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.write(root.resolve(path), bytes);
    }

    /** What {@link Sha256Hashing#hasOptimizingCompiler} says in a JVM started with {@code options}. */
    private static String probe(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Sha256Hashing.javaOfThisJvm().toString(), "-Xshare:auto"));
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CompilerProbe.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }
}
