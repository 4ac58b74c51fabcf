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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The rendered bodies of the last successful build, in the cache folder beside the output
 * ({@code .qikan-cache/<output>/bodies/<key>.bin}, one file per body: {@link EntryBytes}, the HTML as its UTF-8
 * bytes). Each file starts with the checksum of the rest ({@link BuildKeys#checksum}) and names its key inside; a file
 * whose hash, format or key does not match is
 * ignored, as is the whole folder where the cache's manifest is not this qikan's ({@link BuildCache#usable}).
 */
final class BodyCacheFolder implements CachedBodies.Store {
    static final String BODIES = "bodies";
    private final Path dir;
    private final boolean usable;
    private final ObjectMapper json = BuildCache.mapper();
    /** Keys read back whole from the folder: their files need not be written again. */
    private final Set<String> sound = ConcurrentHashMap.newKeySet();

    private static final String FORMAT = "qikan body 2\n";
    private static final String SUFFIX = ".bin";

    /** What a body's render found and asked besides the body, kept as JSON (small beside the HTML); problems with their file as text. */
    record Found(List<Problem> problems, List<CachedBodies.FileCheck> files) {
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
        Path file = dir.resolve(key + SUFFIX);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Optional<byte[]> rest = readChecked(file);
            if (rest.isEmpty()) {
                return Optional.empty();
            }
            Optional<CachedBodies.Entry> read = decode(key, rest.get());
            if (read.isEmpty()) {
                return Optional.empty();
            }
            CachedBodies.Entry entry = read.get();
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
        forgetAllBut(dir, keys, SUFFIX);
    }

    private void write(CachedBodies.Entry entry) throws IOException {
        writeChecked(dir.resolve(entry.key() + SUFFIX), encode(entry));
        sound.add(entry.key());
    }

    /**
     * An entry's bytes ({@link EntryBytes}): its key; the body's parts, notes and outline, field by field, texts as
     * UTF-8; then what its render found and asked, as JSON.
     */
    private byte[] encode(CachedBodies.Entry entry) throws IOException {
        RenderedBody body = entry.body();
        int size = 1024;
        for (BodyPart part : body.parts()) {
            size += 3 * part.html().length();
        }
        EntryBytes.Writer out = new EntryBytes.Writer(FORMAT, size).text(entry.key()).integer(body.parts().size());
        for (BodyPart part : body.parts()) {
            out.text(part.pieceId()).text(part.html());
        }
        out.integer(body.notes().size());
        for (Note note : body.notes()) {
            out.integer(note.number()).text(note.id()).integer(note.refIds().size());
            for (String ref : note.refIds()) {
                out.text(ref);
            }
            out.text(note.html()).bool(note.inline()).integer(note.line());
        }
        out.integer(body.outline().size());
        for (OutlineEntry heading : body.outline()) {
            out.integer(heading.level()).text(heading.id()).text(heading.text());
        }
        Found found = new Found(entry.problems().stream().map(d -> new Problem(d.severity(), d.file() == null ? null : d.file().toString(),
                d.line(), d.column(), d.message(), d.hint())).toList(), entry.files());
        return out.blob(json.writeValueAsBytes(found)).bytes();
    }

    /** The entry {@link #encode} wrote under {@code key}; empty where the bytes are another format's or another key's. */
    private Optional<CachedBodies.Entry> decode(String key, byte[] bytes) throws IOException {
        EntryBytes.Reader in = new EntryBytes.Reader(FORMAT, bytes);
        if (!in.formatMatches() || !key.equals(in.text())) {
            return Optional.empty();
        }
        List<BodyPart> parts = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            parts.add(new BodyPart(in.text(), in.text()));
        }
        List<Note> notes = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            int number = in.integer();
            String id = in.text();
            List<String> refIds = new ArrayList<>();
            for (int r = in.count(); r > 0; r--) {
                refIds.add(in.text());
            }
            notes.add(new Note(number, id, refIds, in.text(), in.bool(), in.integer()));
        }
        List<OutlineEntry> outline = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            outline.add(new OutlineEntry(in.integer(), in.text(), in.text()));
        }
        Found found = json.readValue(in.blob(), Found.class);
        if (!in.atEnd() || found.problems() == null || found.files() == null) {
            return Optional.empty();
        }
        return Optional.of(new CachedBodies.Entry(key, new RenderedBody(parts, notes, outline),
                found.problems().stream().map(p -> new Diagnostic(p.severity(), p.file() == null ? null : Path.of(p.file()),
                        p.line(), p.column(), p.message(), p.hint())).toList(), found.files()));
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
