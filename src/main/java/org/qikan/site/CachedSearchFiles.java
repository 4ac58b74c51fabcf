package org.qikan.site;

import org.qikan.index.CachedSegments;
import org.qikan.index.IndexStats;
import org.qikan.index.SearchIndexWriter;
import org.qikan.index.SearchOutput;
import org.qikan.index.SearchSegment;
import org.qikan.fingerprint.Fingerprint;
import org.qikan.write.StagingWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The search files of a build whose articles' search segments are those of the last successful build, in the same
 * order: the files of that build's output, taken back (hard-linked) instead of the whole index built again, which
 * depends on nothing else (the segment keys name qikan's code, and {@code settings} the writer's options).
 *
 * <p>Segments come in archive order. While each one's key is the previous build's at the same place, only the key
 * is held; at the first that differs (an article added, edited, deleted or moved), the held ones are loaded again
 * ({@link CachedSegments#load}) and the index is built as usual from there. At the end, where every key matched,
 * the previous files are taken back where every one still has its recorded checksum (CRC-32C); else the index is
 * built. The record ({@code search-files.json} in the cache folder: the keys, the files with their checksums and
 * the index's figures) is trusted only where it is sound and its checksums match the files. Used by one thread.
 */
final class CachedSearchFiles {
    static final String FILE = "search-files.json";

    /** The previous build's search: the writer's settings, the segments' keys in order, its files and figures. */
    record Entry(String settings, List<String> keys, List<BuildCache.Page> files, IndexStats stats) {
    }

    private final BuildCache cache;
    private final Path previousOutput;
    private final StagingWriter writer;
    private final CachedSegments segments;
    private final SearchIndexWriter indexWriter;
    private final String settings;
    private final Entry previous;
    private final List<String> keys = new ArrayList<>();
    private final List<BuildCache.Page> files = new ArrayList<>();
    private SearchIndexWriter.Writing index;
    private boolean reused;

    /**
     * @param settings what the search files depend on besides the segments (the writer's options)
     * @param enabled  whether the previous build's files may be taken back (an incremental build)
     * @param documents how many segments this build will hand in: where the previous build had another number (an
     *                  issue added or an article deleted), its files cannot be taken back, and the index is built from
     *                  the first segment on, instead of holding every key and loading every segment again at the end
     */
    CachedSearchFiles(BuildCache cache, Path previousOutput, StagingWriter writer, CachedSegments segments,
                      SearchIndexWriter indexWriter, String settings, boolean enabled, int documents) {
        this.cache = cache;
        this.previousOutput = previousOutput;
        this.writer = writer;
        this.segments = segments;
        this.indexWriter = indexWriter;
        this.settings = Fingerprint.start().add(settings).hex();
        this.previous = enabled ? read().filter(p -> p.keys().size() == documents).orElse(null) : null;
    }

    /** The next article's segment, in archive order. */
    void add(CachedSegments.Keyed segment) throws IOException {
        int n = keys.size();
        keys.add(segment.key());
        if (index == null && previous != null && n < previous.keys().size() && previous.keys().get(n).equals(segment.key())) {
            return;
        }
        building(n).add(segment.segment());
    }

    /** The search files: taken back where nothing changed, else the index finished. */
    IndexStats finish() throws IOException {
        if (index == null && previous != null && keys.equals(previous.keys()) && takenBack()) {
            reused = true;
            files.addAll(previous.files());
            return previous.stats();
        }
        return building(keys.size()).finish();
    }

    /** Whether the search files were taken back from the previous output. */
    boolean reused() {
        return reused;
    }

    /** Records this build's search for the next (after a successful build). */
    void save(IndexStats stats) throws IOException {
        Files.createDirectories(cache.dir());
        Path file = cache.dir().resolve(FILE);
        Files.deleteIfExists(file);
        BuildCache.writeAtomically(file, BuildCache.mapper().writeValueAsBytes(new Entry(settings, List.copyOf(keys), List.copyOf(files), stats)));
    }

    /**
     * The index being built: begun, where it is not yet, with the first {@code held} segments, whose keys matched the
     * previous build's and were only held, loaded again.
     */
    private SearchIndexWriter.Writing building(int held) throws IOException {
        if (index == null) {
            index = indexWriter.begin(noted(writer::writeBytes));
            for (String key : keys.subList(0, held)) {
                Optional<SearchSegment> segment = segments.load(key);
                if (segment.isEmpty()) {
                    throw new IOException("the search segment " + key + " left the cache folder " + cache.dir() + " during the build");
                }
                index.add(segment.get());
            }
        }
        return index;
    }

    private SearchOutput noted(SearchOutput out) {
        return (path, bytes) -> {
            out.write(path, bytes);
            files.add(new BuildCache.Page(path, BuildKeys.checksum(bytes)));
        };
    }

    /**
     * Takes every previous file back, where each still has its checksum; nothing otherwise. The files are checked
     * first and read again one at a time as they are taken back (at 4,000 articles they are 180 MB, too much to
     * hold at once); one that changes in between fails the build, which leaves the previous output as it is.
     */
    private boolean takenBack() throws IOException {
        for (BuildCache.Page page : previous.files()) {
            if (BuildCache.unchanged(previousOutput, List.of(page)).isEmpty()) {
                return false;
            }
        }
        for (BuildCache.Page page : previous.files()) {
            byte[] bytes = BuildCache.unchanged(previousOutput, List.of(page)).orElseThrow(
                    () -> new IOException("the search file " + page.path() + " of " + previousOutput + " changed during the build"))
                    .get(0);
            writer.reuse(page.path(), previousOutput.resolve(page.path()).normalize(), bytes);
        }
        return true;
    }

    private Optional<Entry> read() {
        Path file = cache.dir().resolve(FILE);
        if (!cache.usable() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Entry entry = BuildCache.mapper().readValue(file.toFile(), Entry.class);
            boolean sound = settings.equals(entry.settings()) && entry.keys() != null && entry.files() != null
                    && entry.stats() != null && entry.files().stream().allMatch(f -> f != null && f.path() != null && f.checksum() != null);
            return sound ? Optional.of(entry) : Optional.empty();
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }
}
