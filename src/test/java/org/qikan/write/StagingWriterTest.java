package org.qikan.write;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Files taken back from the previous output are linked, never written through. */
class StagingWriterTest {
    @TempDir
    Path dir;

    @Test
    void aFileTakenBackAndThenWrittenLeavesThePreviousOutputsFileAsItWas() throws IOException {
        Path previous = dir.resolve("site/a/page.html");
        Files.createDirectories(previous.getParent());
        byte[] old = "<p>old</p>".getBytes(StandardCharsets.UTF_8);
        Files.write(previous, old);
        StagingWriter writer = new StagingWriter(dir.resolve("staging"));

        writer.reuse("a/page.html", previous, old);
        assertThat(Files.readAllBytes(dir.resolve("staging/a/page.html"))).isEqualTo(old);
        assertThat(writer.contentCheck("a/page.html")).hasValue(org.qikan.published.ContentCheck.of(old));
        assertThat(writer.filesWritten()).isEqualTo(1);

        writer.write("a/page.html", "<p>new</p>");
        assertThat(Files.readString(dir.resolve("staging/a/page.html"))).isEqualTo("<p>new</p>");
        assertThat(Files.readAllBytes(previous)).as("the previous output's file").isEqualTo(old);
        assertThat(writer.contentCheck("a/page.html")).hasValue(org.qikan.published.ContentCheck.of("<p>new</p>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theContentCheckTellsBytesApart() {
        assertThat(org.qikan.published.ContentCheck.of("甲".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(org.qikan.published.ContentCheck.of("乙".getBytes(StandardCharsets.UTF_8)));
        assertThat(new StagingWriter(dir).contentCheck("never/written.html")).isEmpty();
    }
}
