package org.qikan.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class CodeIdentityTest {
    @TempDir
    Path dir;

    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static Map<String, String> files(String... namesAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            files.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return files;
    }

    @Test
    void aJarWithTheSameEntriesHasTheSameIdentityWhateverTheirOrder() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        String one = CodeIdentity.of(jar("a/qikan.jar", files("org/A.class", "class a", "theme/page.peb", "<p>{{ x }}</p>")));
        String two = CodeIdentity.of(jar("b/qikan.jar", files("theme/page.peb", "<p>{{ x }}</p>", "org/A.class", "class a")));
        assertEquals(one, two);
        assertEquals(one, CodeIdentity.of(a.resolve("qikan.jar")), "read twice");
        assertEquals(two, CodeIdentity.of(b.resolve("qikan.jar")));
    }

    @Test
    void oneChangedByteInAnyEntryChangesTheIdentity() throws IOException {
        String before = CodeIdentity.of(jar("before.jar", files("org/A.class", "class a", "theme/page.peb", "<p>{{ x }}</p>")));
        String template = CodeIdentity.of(jar("template.jar", files("org/A.class", "class a", "theme/page.peb", "<p>{{ y }}</p>")));
        String code = CodeIdentity.of(jar("code.jar", files("org/A.class", "class b", "theme/page.peb", "<p>{{ x }}</p>")));
        String added = CodeIdentity.of(jar("added.jar", files("org/A.class", "class a", "theme/page.peb", "<p>{{ x }}</p>", "org/B.class", "")));
        assertNotEquals(before, template);
        assertNotEquals(before, code);
        assertNotEquals(before, added);
        assertNotEquals(template, code);
    }

    @Test
    void aClassFolderIsFingerprintedByItsFilesBytes() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes/org"));
        Files.writeString(classes.resolve("A.class"), "class a");
        String before = CodeIdentity.of(dir.resolve("classes"));
        assertEquals(before, CodeIdentity.of(dir.resolve("classes")));
        Files.writeString(classes.resolve("A.class"), "class b");
        assertNotEquals(before, CodeIdentity.of(dir.resolve("classes")));
    }
}
