package org.qikan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A publisher whose machine formats numbers with Arabic-Indic digits (ar-EG) still gets sources and messages with
 * ASCII digits: a YAML {@code year: ٢٠٢٥} would not load, and {@code file:٢} is no place an editor can jump to.
 */
@Isolated // sets the JVM's default locale for a moment; a class running beside it would see it
class ArabicDefaultLocaleTest {
    @TempDir
    Path dir;

    @Test
    void scaffoldedSourcesAndErrorsKeepAsciiDigits() throws Exception {
        Locale before = Locale.getDefault();
        CliRun cli = new CliRun();
        String content = dir.resolve("content").toString();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            assertThat(String.format("%d", 16)).isEqualTo("١٦"); // the locale does what this test is about
            assertThat(cli.run("new", "journal", "east-review", "--content", content)).isZero();
            assertThat(cli.run("new", "issue", "east-review", "2025-3", "--content", content)).isZero();
            assertThat(Files.readString(dir.resolve("content/east-review/2025-03/issue.yaml")))
                    .contains("year: 2025\n", "number: 3\n", "# published: 2025-01-01");

            Files.write(dir.resolve("content/east-review/2025-03/gbk.md"),
                    "---\ntitle: {zh: \u6d4b\u8bd5}\n---\n".getBytes(Charset.forName("GBK")));
            assertThat(cli.run("build", "-q", "--content", content, "--out", dir.resolve("out").toString())).isNotZero();
            assertThat(cli.err.toString()).contains("gbk.md:2: error: invalid UTF-8: byte 0xB2 at byte offset 16.");
        } finally {
            Locale.setDefault(before);
        }
    }
}
