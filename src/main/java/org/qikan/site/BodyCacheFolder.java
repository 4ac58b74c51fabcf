package org.qikan.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.qikan.diag.Diagnostic;
import org.qikan.diag.Severity;
import org.qikan.render.BodyPart;
import org.qikan.render.CachedBodies;
import org.qikan.render.Note;
import org.qikan.render.OutlineEntry;
import org.qikan.render.RenderedBody;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The rendered bodies of the last successful build, in the cache folder beside the output
 * ({@code .qikan-cache/<output>/bodies/<key>.json}, one file per body). Each file starts with the
 * checksum of the rest ({@link BuildKeys#checksum}) and names its key inside; a file whose hash, JSON or key does not match is
 * ignored, as is the whole folder where the cache's manifest is not this qikan's ({@link BuildCache#usable}).
 */
final class BodyCacheFolder implements CachedBodies.Store {
    static final String BODIES = "bodies";
    private final Path dir;
    private final boolean usable;
    private final ObjectMapper json = BuildCache.mapper();
    /** Keys read back whole from the folder: their files need not be written again. */
    private final Set<String> sound = ConcurrentHashMap.newKeySet();

    /** A body as kept on disk; problems with their file as text. */
    record Stored(String key, List<BodyPart> parts, List<Note> notes, List<OutlineEntry> outline,
                  List<Problem> problems, List<CachedBodies.FileCheck> files) {
    }

    /** A warning or error a body's render found. */
    record Problem(Severity severity, String file, int line, int column, String message, String hint) {
    }

    BodyCacheFolder(BuildCache cache) {
        this.dir = cache.dir().resolve(BODIES);
        this.usable = cache.usable();
    }

    @Override
    public Optional<CachedBodies.Entry> load(String key) {
        if (!usable || !key.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        Path file = dir.resolve(key + ".json");
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Optional<byte[]> rest = readChecked(file);
            if (rest.isEmpty()) {
                return Optional.empty();
            }
            Stored stored = json.readValue(rest.get(), Stored.class);
            if (!key.equals(stored.key()) || stored.parts() == null || stored.notes() == null || stored.outline() == null
                    || stored.problems() == null || stored.files() == null) {
                return Optional.empty();
            }
            CachedBodies.Entry entry = new CachedBodies.Entry(key, new RenderedBody(stored.parts(), stored.notes(), stored.outline()),
                    stored.problems().stream().map(p -> new Diagnostic(p.severity(), p.file() == null ? null : Path.of(p.file()),
                            p.line(), p.column(), p.message(), p.hint())).toList(), stored.files());
            sound.add(key);
            return Optional.of(entry);
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }

    /**
     * Writes a body as soon as it is rendered (so a build need not hold every body until it ends); an entry is
     * content-addressed, so one written by a build that then fails does no harm.
     */
    @Override
    public void made(CachedBodies.Entry entry) throws IOException {
        Files.createDirectories(dir);
        write(entry);
    }

    /** Keeps the bodies of a successful build ({@code kept}: those held in memory, written here where not yet) and deletes every other. */
    void save(Set<String> keys, Map<String, CachedBodies.Entry> kept) throws IOException {
        Files.createDirectories(dir);
        for (CachedBodies.Entry entry : kept.values()) {
            if (sound.contains(entry.key())) {
                continue;
            }
            write(entry);
        }
        forgetAllBut(dir, keys, ".json");
    }

    private void write(CachedBodies.Entry entry) throws IOException {
        RenderedBody body = entry.body();
        Stored stored = new Stored(entry.key(), body.parts(), body.notes(), body.outline(),
                entry.problems().stream().map(d -> new Problem(d.severity(), d.file() == null ? null : d.file().toString(),
                        d.line(), d.column(), d.message(), d.hint())).toList(), entry.files());
        writeChecked(dir.resolve(entry.key() + ".json"), json.writeValueAsBytes(stored));
        sound.add(entry.key());
    }

    /** The bytes after the file's first line, where that line is their checksum ({@link BuildKeys#checksum}); else empty. */
    static Optional<byte[]> readChecked(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 9 || bytes[8] != '\n') {
            return Optional.empty();
        }
        byte[] rest = Arrays.copyOfRange(bytes, 9, bytes.length);
        return new String(bytes, 0, 8, StandardCharsets.US_ASCII).equals(BuildKeys.checksum(rest)) ? Optional.of(rest) : Optional.empty();
    }

    /** Writes the checksum of {@code rest} on a line, then {@code rest}. */
    static void writeChecked(Path file, byte[] rest) throws IOException {
        byte[] hash = (BuildKeys.checksum(rest) + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = Arrays.copyOf(hash, hash.length + rest.length);
        System.arraycopy(rest, 0, bytes, hash.length, rest.length);
        BuildCache.writeAtomically(file, bytes);
    }

    /** Deletes every file of {@code dir} but {@code <key><suffix>} for the keys given. */
    static void forgetAllBut(Path dir, Set<String> keys, String suffix) throws IOException {
        try (Stream<Path> old = Files.list(dir)) {
            for (Path file : old.toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(suffix) || !keys.contains(name.substring(0, name.length() - suffix.length()))) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Keys whose files an earlier build in this process left in the folder ({@link BuildMemory#onDisk}): not written again. */
    void alreadyOnDisk(Set<String> keys) {
        sound.addAll(keys);
    }

    /** After {@code save}: the keys of {@code used} whose files are in the folder. */
    Set<String> onDisk(Set<String> used) {
        return onDisk(used, sound);
    }

    /** The keys of {@code used} that are also in {@code stored}. */
    static Set<String> onDisk(Set<String> used, Set<String> stored) {
        Set<String> both = new java.util.HashSet<>(used);
        both.retainAll(stored);
        return both;
    }
}
