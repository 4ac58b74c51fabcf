package org.qikan.site;

import org.qikan.export.KnownChecksums;
import org.qikan.write.StagingWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The SHA-256 of each file of the last successful build, for the BagIt manifest, with the 64-bit check of its
 * bytes ({@link StagingWriter#contentCheck}); kept in {@code .qikan-cache/<output>/sha256.txt} (a checksum line,
 * then one {@code check sha256 path} line per file). A file this build wrote with the same check at the same path
 * gets the recorded SHA-256 instead of being read and hashed again; any other file (changed, or not written
 * through the writer) is hashed. A damaged list, or the cache of another qikan or output, is ignored whole.
 */
final class CachedChecksums implements KnownChecksums {
    static final String FILE = "sha256.txt";
    private final StagingWriter writer;
    private final Path file;
    private final Map<String, Known> previous;
    private final Map<String, Known> now = new HashMap<>();
    private int reused;

    private record Known(long check, String sha256) {
    }

    CachedChecksums(StagingWriter writer, BuildCache cache) {
        this.writer = writer;
        this.file = cache.dir().resolve(FILE);
        this.previous = cache.usable() ? read(file) : Map.of();
    }

    @Override
    public String sha256(String path) {
        Known known = previous.get(path);
        if (known == null) {
            return null;
        }
        java.util.OptionalLong check = writer.contentCheck(path);
        if (check.isEmpty() || check.getAsLong() != known.check()) {
            return null;
        }
        reused++;
        return known.sha256();
    }

    @Override
    public void hashed(String path, String sha256) {
        java.util.OptionalLong check = writer.contentCheck(path);
        if (check.isPresent() && path.indexOf('\n') < 0 && path.indexOf('\r') < 0) {
            now.put(path, new Known(check.getAsLong(), sha256));
        }
    }

    /** Files whose SHA-256 was taken from the list rather than read. */
    int reused() {
        return reused;
    }

    /** After a successful build: the list of this build's files. */
    void save() throws IOException {
        StringBuilder out = new StringBuilder();
        new java.util.TreeMap<>(now).forEach((path, known) -> out.append(String.format(java.util.Locale.ROOT, "%016x", known.check()))
                .append(' ').append(known.sha256()).append(' ').append(path).append('\n'));
        Files.createDirectories(file.getParent());
        BodyCacheFolder.writeChecked(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Known> read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Map.of();
            }
            Optional<byte[]> rest = BodyCacheFolder.readChecked(file);
            if (rest.isEmpty()) {
                return Map.of();
            }
            Map<String, Known> known = new HashMap<>();
            for (String line : new String(rest.get(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                // 16 hex digits, a space, 64 hex digits, a space, the path (which may hold spaces)
                if (line.length() < 83 || line.charAt(16) != ' ' || line.charAt(81) != ' '
                        || !line.substring(17, 81).matches("[0-9a-f]{64}")) {
                    return Map.of();
                }
                known.put(line.substring(82), new Known(Long.parseUnsignedLong(line.substring(0, 16), 16), line.substring(17, 81)));
            }
            return known;
        } catch (IOException | RuntimeException damaged) {
            return Map.of();
        }
    }
}
