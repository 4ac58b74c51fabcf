package org.qikan.cli;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.exceptions.CorruptChecksumException;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.TestSite;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code qikan bag}: a bag that gov.loc:bagit's verifier accepts, and the refusals that keep a deposit honest. */
class BagCommandTest {
    @TempDir
    Path dir;
    final CliRun cli = new CliRun();
    final StringWriter out = cli.out;
    final StringWriter err = cli.err;
    TestSite site;

    int run(String... args) {
        return cli.run(args);
    }

    @BeforeEach
    void build() {
        site = new TestSite(dir);
        assertThat(site.build().succeeded()).isTrue();
    }

    @Test
    void theBagIsValidForAStrictReaderAndHoldsTheSiteUnderData() throws Exception {
        Path bagDir = dir.resolve("deposit");
        assertThat(run("bag", site.out().toString(), "--out", bagDir.toString(),
                "--info", "Source-Organization=Test Press", "--info", "External-Identifier=tj-2024-04")).isZero();
        assertThat(out.toString()).contains("Wrote bag").contains("valid");
        Bag bag = new BagReader().read(bagDir);
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(bag, true);
        }
        assertThat(bag.getMetadata().get("Source-Organization")).containsExactly("Test Press");
        assertThat(bag.getMetadata().get("External-Identifier")).containsExactly("tj-2024-04");
        assertThat(bag.getMetadata().get("Payload-Oxum")).hasSize(1);
        assertThat(Files.readAllBytes(bagDir.resolve("data/tj/2024-04/first.html")))
                .isEqualTo(Files.readAllBytes(site.out().resolve("tj/2024-04/first.html")));
        assertThat(bagDir.resolve("data/.qikan-site")).doesNotExist();
        assertThat(bagDir.resolve("manifest-sha512.txt")).exists();
        assertThat(bagDir.resolve("tagmanifest-sha256.txt")).exists();

        Files.writeString(bagDir.resolve("data/index.html"), "changed after bagging");
        try (BagVerifier verifier = new BagVerifier()) {
            assertThatThrownBy(() -> verifier.isValid(new BagReader().read(bagDir), true))
                    .isInstanceOf(CorruptChecksumException.class);
        }
    }

    @Test
    void aSiteThatNoLongerMatchesItsManifestIsNotBagged() throws Exception {
        Files.writeString(site.out().resolve("tj/2024-04/first.html"), "<p>defaced</p>");
        Path bagDir = dir.resolve("deposit");
        assertThat(run("bag", site.out().toString(), "--out", bagDir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("does not match its manifest").contains("1 changed").doesNotContain("Exception");
        assertThat(bagDir).doesNotExist();
        assertThat(dir.resolve("deposit.part")).doesNotExist();
    }

    @Test
    void aFolderInUseOrInsideTheSiteIsRefused() throws Exception {
        Path taken = dir.resolve("taken");
        Files.createDirectories(taken);
        Files.writeString(taken.resolve("keep.txt"), "mine");
        assertThat(run("bag", site.out().toString(), "--out", taken.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("not empty");
        assertThat(Files.readString(taken.resolve("keep.txt"))).isEqualTo("mine");
        assertThat(run("bag", site.out().toString(), "--out", site.out().resolve("bag").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("outside");
        assertThat(run("bag", site.out().toString(), "--out", dir.resolve("x").toString(), "--info", "no-equals-sign")).isEqualTo(2);
    }
}
