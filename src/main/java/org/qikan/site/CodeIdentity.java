package org.qikan.site;

import org.qikan.published.Fingerprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The fingerprint of a build of qikan (its classes, libraries and built-in theme), which the incremental
 * build's keys start with so that another qikan renders everything again.
 * <p>For a jar it is the SHA-256 of every entry's name, size and CRC-32 as the jar's central directory
 * records them: the zip format's own checksum of each entry's bytes, so any changed class, library or
 * theme file changes the fingerprint, read in milliseconds instead of hashing the whole jar (27 MB,
 * about a third of a second of a cold start). For a class folder (development, tests) it is the names
 * and bytes of every file.
 */
final class CodeIdentity {
    private CodeIdentity() {
    }

    /** The fingerprint (hex) of the jar or class folder at {@code location}. */
    static String of(Path location) throws IOException {
        Fingerprint key = Fingerprint.sha256();
        if (Files.isDirectory(location)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(location)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                key.add(location.relativize(file).toString().replace('\\', '/')).addBytes(Files.readAllBytes(file));
            }
            return key.hex();
        }
        key.add(location.getFileName().toString());
        try (ZipFile jar = new ZipFile(location.toFile())) {
            List<? extends ZipEntry> entries = jar.stream().sorted(Comparator.comparing(ZipEntry::getName)).toList();
            for (ZipEntry entry : entries) {
                key.add(entry.getName()).add(Long.toString(entry.getSize())).add(Long.toString(entry.getCrc()));
            }
        }
        return key.hex();
    }
}
