package org.qikan.site;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The incremental build's memory: a folder {@code .qikan-cache/<output name>/} beside the output
 * folder, holding one entry per issue rendered by the last successful build, named by the issue's
 * key ({@link BuildKeys}): the pages it wrote with their checksum (CRC-32C); beside them
 * the rendered bodies ({@link BodyCacheFolder}) and search segments ({@link SegmentCacheFolder}) of the build. Pages are taken back from the output
 * folder itself, and only where their bytes still have the recorded checksum.
 *
 * <p>Nothing in it is trusted: a manifest of another format, of another qikan build or of another
 * output folder makes the whole cache ignored; an entry that cannot be read, or whose key is not its
 * name, is ignored; a page whose checksum differs makes its issue render again. Written only after a
 * successful build has replaced the output.
 */
final class BuildCache {
    static final String FOLDER = ".qikan-cache";
    static final int FORMAT = 2;
    private static final String MANIFEST = "manifest.json";
    private static final String ENTRIES = "issues";
    private static final String PAGES = "pages.json";

    private final Path dir;
    private final Path output;
    private final String code;
    private final boolean usable;
    private final ObjectMapper json = mapper();

    /** The manifest: which format, which qikan, which output folder; and the entries the build made. */
    record Manifest(int format, String code, String output, List<String> entries) {
    }

    /** The pages one issue's rendering wrote, as kept between builds. */
    record Entry(String key, List<Page> pages) {
    }

    /** A page of an issue: its site-relative path and the checksum of its bytes ({@link BuildKeys#checksum}). */
    record Page(String path, String checksum) {
    }

    /**
     * @param outputDir the output folder the cache belongs to
     * @param code      the fingerprint of qikan's code ({@link BuildKeys#code()})
     * @param enabled   {@code false} for a build that neither reads nor writes the cache
     */
    BuildCache(Path outputDir, String code, boolean enabled) {
        this.output = outputDir.toAbsolutePath().normalize();
        this.dir = output.resolveSibling(FOLDER).resolve(output.getFileName().toString());
        this.code = code;
        this.usable = enabled && readManifest().filter(m -> m.format() == FORMAT && code.equals(m.code())
                && output.toString().equals(m.output())).isPresent();
    }

    Path dir() {
        return dir;
    }

    /** Whether a cache of this qikan for this output folder was found. */
    boolean usable() {
        return usable;
    }

    /** The entry made under {@code key}, if there is a sound one. */
    Optional<Entry> entry(String key) {
        if (!usable || !key.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        Path file = dir.resolve(ENTRIES).resolve(key + ".json");
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Entry entry = json.readValue(file.toFile(), Entry.class);
            return key.equals(entry.key()) && entry.pages() != null
                    ? Optional.of(entry) : Optional.empty();
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }

    /**
     * Records the entries of a successful build, and forgets every other: entries not in
     * {@code entries} are deleted. Those in {@code reused} were read from this cache and stay as they are.
     */
    void store(List<Entry> entries, Set<String> reused) throws IOException {
        Path entryDir = dir.resolve(ENTRIES);
        Files.createDirectories(entryDir);
        // The manifest goes first, so that a build stopped half-way leaves a cache that is ignored.
        Files.deleteIfExists(dir.resolve(MANIFEST));
        Set<String> keep = new HashSet<>();
        for (Entry entry : entries) {
            keep.add(entry.key() + ".json");
            Path file = entryDir.resolve(entry.key() + ".json");
            if (!usable || !reused.contains(entry.key())) {
                writeAtomically(file, json.writeValueAsBytes(entry));
            }
        }
        try (Stream<Path> old = Files.list(entryDir)) {
            for (Path file : old.toList()) {
                if (!keep.contains(file.getFileName().toString())) {
                    Files.deleteIfExists(file);
                }
            }
        }
        List<String> names = entries.stream().map(Entry::key).sorted().toList();
        writeAtomically(dir.resolve(MANIFEST), json.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(new Manifest(FORMAT, code, output.toString(), names)));
    }

    /**
     * The pages outside the issues (home, archive, catalog pages) the last successful build wrote or took back,
     * by key: one file, read once; nothing where it is missing, damaged or not of this cache.
     */
    java.util.Map<String, Page> pages() {
        if (!usable) {
            return java.util.Map.of();
        }
        try {
            byte[] bytes = Files.readAllBytes(dir.resolve(PAGES));
            PageEntries read = json.readValue(bytes, PageEntries.class);
            java.util.Map<String, Page> byKey = new java.util.HashMap<>();
            for (PageEntry entry : read.pages()) {
                if (entry.key() == null || !entry.key().matches("[0-9a-f]{32}") || entry.path() == null || entry.checksum() == null) {
                    return java.util.Map.of();
                }
                byKey.put(entry.key(), new Page(entry.path(), entry.checksum()));
            }
            return byKey;
        } catch (IOException | RuntimeException missingOrDamaged) {
            return java.util.Map.of();
        }
    }

    /** Records the pages outside the issues of a successful build (see {@link #pages()}). */
    void storePages(List<PageEntry> pages) throws IOException {
        Files.createDirectories(dir);
        writeAtomically(dir.resolve(PAGES), json.writeValueAsBytes(new PageEntries(pages)));
    }

    /** A page outside the issues: its key ({@link BuildKeys#page}), path and checksum. */
    record PageEntry(String key, String path, String checksum) {
    }

    private record PageEntries(List<PageEntry> pages) {
    }

    /**
     * The bytes of the previous output's files, each of which must still have its recorded checksum; nothing where
     * any of them is missing, outside that folder or changed.
     */
    static Optional<List<byte[]>> unchanged(Path previousOutput, List<Page> pages) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        for (Page page : pages) {
            Path file = previousOutput.resolve(page.path()).normalize();
            if (!file.startsWith(previousOutput) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            if (!BuildKeys.checksum(bytes).equals(page.checksum())) {
                return Optional.empty();
            }
            contents.add(bytes);
        }
        return Optional.of(contents);
    }

    private Optional<Manifest> readManifest() {
        Path file = dir.resolve(MANIFEST);
        try {
            return Files.isRegularFile(file) ? Optional.of(json.readValue(file.toFile(), Manifest.class)) : Optional.empty();
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }

    static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temp, bytes);
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The mapper of the cache's records, one per process: configured once, it is safe to share between threads, and
     * keeps what it learned about each record type (a new mapper per build spent a tenth of a small build on that).
     */
    private static final ObjectMapper MAPPER = newMapper();

    static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper newMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);
        mapper.setVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE);
        mapper.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        return mapper;
    }
}
