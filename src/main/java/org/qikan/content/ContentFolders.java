package org.qikan.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Listing of content folders in a stable, locale-independent order (by name, code point by code point). */
final class ContentFolders {
    private ContentFolders() {
    }

    static List<Path> subfolders(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).filter(ContentFolders::isVisible).sorted().toList();
        }
    }

    static List<Path> markdownFiles(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !Files.isDirectory(p))
                    .filter(ContentFolders::isVisible).sorted().toList();
        }
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** Files and folders whose name starts with '.' or '_' are the publisher's own and are skipped. */
    static boolean isVisible(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith(".") && !name.startsWith("_");
    }
}
