package org.qikan.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.TestSite;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code qikan verify DIR} on a fresh build, on a copy, and on a copy with a changed, a missing and an extra file. */
class VerifyCommandTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    TestSite site;

    int run(String... args) {
        return Qikan.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @BeforeEach
    void build() {
        site = new TestSite(dir);
        assertThat(site.build().succeeded()).isTrue();
    }

    @Test
    void aFreshBuildAndACopyOfItMatchTheirManifest() throws IOException {
        assertThat(run("verify", site.out().toString())).isZero();
        assertThat(out.toString()).contains("matches its manifest").containsPattern("\\d+ files checked");
        Path mirror = copy(site.out(), dir.resolve("mirror"));
        assertThat(run("verify", mirror.toString())).isZero();
        assertThat(Files.readString(site.out().resolve("manifest-sha256.txt")))
                .contains("  tj/2024-04/first.html\n", "  tj/2024-04/first.xml\n", "  index.html\n")
                .doesNotContain("manifest-sha256.txt", ".qikan-site");
        assertThat(Files.readString(site.out().resolve("bagit.txt"))).startsWith("BagIt-Version: 1.0\n");
    }

    @Test
    void listsEveryChangedMissingAndExtraFileAndExitsWithOne() throws IOException {
        Path mirror = copy(site.out(), dir.resolve("mirror"));
        Files.writeString(mirror.resolve("tj/2024-04/first.html"), "<p>defaced</p>");
        Files.delete(mirror.resolve("feed.atom"));
        Files.writeString(mirror.resolve("tj/stray.html"), "stray");
        assertThat(run("verify", mirror.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).contains("changed: tj/2024-04/first.html", "missing: feed.atom", "extra: tj/stray.html")
                .anySatisfy(l -> assertThat(l).contains("1 missing, 1 changed, 1 extra"));
    }

    @Test
    void aFolderWithoutAManifestIsReportedNotCrashedOn() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        assertThat(run("verify", dir.resolve("empty").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no BagIt manifest").doesNotContain("Exception");
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
