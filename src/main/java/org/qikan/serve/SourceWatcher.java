package org.qikan.serve;

import io.methvin.watcher.DirectoryWatcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Watches the content, templates and assets folders (those that exist), recursively, and says when anything in them changed. */
final class SourceWatcher implements AutoCloseable {
    private final DirectoryWatcher watcher;

    SourceWatcher(List<Path> folders, Runnable changed) throws IOException {
        List<Path> existing = folders.stream().filter(p -> p != null && Files.isDirectory(p))
                .map(p -> p.toAbsolutePath().normalize()).distinct().toList();
        this.watcher = DirectoryWatcher.builder()
                .paths(existing)
                .fileHashing(false)
                .logger(org.slf4j.helpers.NOPLogger.NOP_LOGGER)
                .listener(event -> changed.run())
                .build();
        watcher.watchAsync();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
