package org.qikan.site;

import org.qikan.TestSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@link TestSite} built once successfully, so that a test can break its sources and check what every
 * failing build must do: fail, leave the previous output byte for byte as it was, and leave nothing of
 * its own beside it (the lock file and the build cache stay by design).
 */
record BuiltSite(Path dir, TestSite site, Map<String, String> previousOutput) {

    static BuiltSite in(Path dir) throws IOException {
        TestSite site = new TestSite(dir);
        assertThat(site.build().succeeded()).as("the good site builds").isTrue();
        return new BuiltSite(dir, site, fingerprint(site.out()));
    }

    /** Builds, asserts that the build failed and lost nothing, and returns its errors as printed. */
    List<String> failingBuild() throws IOException {
        BuildResult result = site.build();
        assertThat(result.succeeded()).as("the build must fail").isFalse();
        assertThat(fingerprint(site.out())).as("previous output untouched").isEqualTo(previousOutput);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no staging folder left behind")
                    .noneMatch(n -> n.startsWith(".") && !n.endsWith(".lock") && !n.equals(".qikan-cache"));
        }
        return site.errors(result);
    }

    /** Every file below {@code root} with its SHA-256. */
    static Map<String, String> fingerprint(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
