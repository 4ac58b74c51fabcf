package org.qikan.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** qikan's code is known by its jar's table of contents: names, sizes and checksums, not the time it was packed. */
class BuildKeysJarTest {
    @TempDir
    Path dir;

    @Test
    void aJarRepackedWithTheSameFilesHasTheSameContentsAndAChangedFileChangesThem() throws IOException {
        byte[] packed = BuildKeys.centralDirectory(jar("a.jar", Map.of("org/x/A.class", "甲", "theme/page.peb", "乙"), 1_000_000L));
        byte[] repacked = BuildKeys.centralDirectory(jar("b.jar", Map.of("org/x/A.class", "甲", "theme/page.peb", "乙"), 9_000_000_000L));
        byte[] changed = BuildKeys.centralDirectory(jar("c.jar", Map.of("org/x/A.class", "甲", "theme/page.peb", "丙"), 1_000_000L));
        byte[] renamed = BuildKeys.centralDirectory(jar("d.jar", Map.of("org/x/B.class", "甲", "theme/page.peb", "乙"), 1_000_000L));

        assertThat(packed).isNotNull();
        assertThat(new String(packed, StandardCharsets.ISO_8859_1)).contains("org/x/A.class", "theme/page.peb");
        assertThat(repacked).isEqualTo(packed);
        assertThat(changed).isNotEqualTo(packed);
        assertThat(renamed).isNotEqualTo(packed);
    }

    @Test
    void aFileThatIsNoZipHasNoTableOfContents() throws IOException {
        Path notZip = Files.writeString(dir.resolve("x.jar"), "不是压缩文件");
        assertThat(BuildKeys.centralDirectory(notZip)).isNull();
    }

    private Path jar(String name, Map<String, String> files, long time) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (String entry : new java.util.TreeSet<>(files.keySet())) {
                ZipEntry e = new ZipEntry(entry);
                e.setLastModifiedTime(FileTime.fromMillis(time));
                zip.putNextEntry(e);
                zip.write(files.get(entry).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
