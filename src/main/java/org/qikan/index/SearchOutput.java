package org.qikan.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the index stage puts its files: in a build, the write stage ({@code StagingWriter::writeBytes}),
 * which refuses paths outside the output and counts the files. Paths are relative to the site root,
 * with '/' separators. Called from one thread at a time.
 */
@FunctionalInterface
public interface SearchOutput {
    void write(String path, byte[] bytes) throws IOException;

    /** Files written straight into a folder, for tools and tests that run the index stage alone. */
    static SearchOutput folder(Path root) {
        Path base = root.toAbsolutePath().normalize();
        return (path, bytes) -> {
            Path file = base.resolve(path).normalize();
            if (!file.startsWith(base) || file.equals(base)) {
                throw new IOException("refusing to write outside " + base + ": " + path);
            }
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        };
    }
}
