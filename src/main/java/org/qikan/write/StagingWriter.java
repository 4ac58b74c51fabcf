package org.qikan.write;

import org.qikan.render.PageSink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The write stage: writes pages, theme assets and the content folder's static files into the
 * staging folder, refusing any path that would land outside it. Safe to call from several threads at
 * once (pages are rendered in parallel); each path is written by one of them.
 */
public final class StagingWriter implements PageSink {
    private final Path root;
    private final java.util.Set<Path> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.Set<Path> linked = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Map<String, Long> contents = new java.util.concurrent.ConcurrentHashMap<>();

    public StagingWriter(Path stagingRoot) {
        this.root = stagingRoot.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public void write(String path, String html) throws IOException {
        writeBytes(path, html.getBytes(StandardCharsets.UTF_8));
    }

    public void writeBytes(String path, byte[] bytes) throws IOException {
        Path file = resolve(path);
        Files.createDirectories(file.getParent());
        if (linked.remove(file)) {
            Files.delete(file); // never write through a link into the previous output
        }
        Files.write(file, bytes);
        written.add(file);
        contents.put(path(file), contentCheck(bytes));
    }

    /**
     * Puts at {@code path} a file of the previous output whose bytes are known to be {@code bytes}: a hard link to
     * it where the file system allows (nothing is written), else a copy. A later write to the same path replaces the
     * link, never the previous output's file.
     */
    public void reuse(String path, Path previous, byte[] bytes) throws IOException {
        Path file = resolve(path);
        Files.createDirectories(file.getParent());
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createLink(file, previous);
                linked.add(file);
                written.add(file);
                contents.put(path(file), contentCheck(bytes));
                return;
            } catch (IOException | UnsupportedOperationException | SecurityException noLink) {
                // another file system, or links not allowed: copy
            }
        }
        writeBytes(path, bytes);
    }

    public void copy(String path, Path source) throws IOException {
        writeBytes(path, Files.readAllBytes(source));
    }

    /** Copies each asset to {@code assets/<path>}. */
    public void copyAssets(Map<String, Path> assets) throws IOException {
        for (Map.Entry<String, Path> asset : assets.entrySet()) {
            copy("assets/" + asset.getKey(), asset.getValue());
        }
    }

    /** Whether this build already wrote {@code path}. */
    public boolean hasWritten(String path) throws IOException {
        return written.contains(resolve(path));
    }

    /**
     * A 64-bit check of the bytes this build wrote at {@code path} (site-relative, '/' separators; CRC-32C and
     * CRC-32 side by side), so that a later stage can tell a file it has seen before without reading it again;
     * empty for a file not written through this writer.
     */
    public java.util.OptionalLong contentCheck(String path) {
        Long check = contents.get(path);
        return check == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(check);
    }

    /** The check of {@code bytes} ({@link org.qikan.published.ContentCheck}). */
    public static long contentCheck(byte[] bytes) {
        return org.qikan.published.ContentCheck.of(bytes);
    }

    private String path(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    public int filesWritten() {
        return written.size();
    }

    private Path resolve(String path) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IOException("refusing to write outside the output folder: " + path);
        }
        return file;
    }
}
