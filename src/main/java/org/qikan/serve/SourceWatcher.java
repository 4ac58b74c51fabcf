package org.qikan.serve;

import io.methvin.watcher.DirectoryWatcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Watches the content, templates and assets folders (those that exist), recursively, and says which file changed (null: unknown, such as an overflow of events). */
final class SourceWatcher implements AutoCloseable {
    private final DirectoryWatcher watcher;

    SourceWatcher(List<Path> folders, java.util.function.Consumer<Path> changed) throws IOException {
        List<Path> existing = folders.stream().filter(p -> p != null && Files.isDirectory(p))
                .map(p -> p.toAbsolutePath().normalize()).distinct().toList();
        this.watcher = DirectoryWatcher.builder()
                .paths(existing)
                .fileHashing(false)
                .logger(org.slf4j.helpers.NOPLogger.NOP_LOGGER)
                .listener(event -> changed.accept(event.path()))
                .build();
        watcher.watchAsync();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
