package org.qikan.site;

import org.qikan.index.CachedSegments;
import org.qikan.index.IndexPatch;
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

    /**
     * The previous build's search: the writer's settings, the segments' keys in order, its files and figures; and, for
     * a patch ({@link IndexPatch}), each file's size (in the order of {@code files}) and each part's number of terms.
     */
    record Entry(String settings, List<String> keys, List<BuildCache.Page> files, IndexStats stats,
                 List<IndexStats.Size> sizes, int[] partTerms) {
    }

    /** Changed documents a rebuild patches the previous search files for, at most; with more, it builds the index. */
    static final int MOST_PATCHED = 8;

    private final BuildCache cache;
    private final Path previousOutput;
    private final StagingWriter writer;
    private final CachedSegments segments;
    private final SearchIndexWriter indexWriter;
    private final String settings;
    private final Entry previous;
    private final List<String> keys = new ArrayList<>();
    private final List<BuildCache.Page> files = new ArrayList<>();
    private final java.util.Map<Integer, SearchSegment> changed = new java.util.TreeMap<>();
    private final List<IndexStats.Size> sizes = new ArrayList<>();
    private int[] partTerms;
    private SearchIndexWriter.Writing index;
    private boolean reused;
    private boolean patched;

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
        if (index == null && previous != null && n < previous.keys().size()) {
            if (previous.keys().get(n).equals(segment.key())) {
                return;
            }
            if (changed.size() < MOST_PATCHED && previous.sizes() != null && previous.partTerms() != null) {
                changed.put(n, segment.segment()); // held too: the previous files may be patched
                return;
            }
        }
        building(n).add(segment.segment());
    }

    /** The search files: taken back where nothing changed, else the index finished. */
    IndexStats finish() throws IOException {
        if (index == null && previous != null && keys.equals(previous.keys()) && takenBack(java.util.Set.of())) {
            reused = true;
            files.addAll(previous.files());
            sizes.addAll(previous.sizes() == null ? List.of() : previous.sizes());
            partTerms = previous.partTerms();
            return previous.stats();
        }
        if (index == null && previous != null && !changed.isEmpty() && keys.size() == previous.keys().size()) {
            Optional<IndexStats> stats = patch();
            if (stats.isPresent()) {
                patched = true;
                return stats.get();
            }
        }
        IndexStats stats = building(keys.size()).finish();
        index.sizes().forEach((path, size) -> sizes.add(size));
        partTerms = index.partTerms();
        return stats;
    }

    /** Whether the previous search files were patched where documents changed, not built again. */
    boolean patched() {
        return patched;
    }

    /**
     * The previous search files with the changed documents' files, {@code meta.js} and the parts of their changed
     * terms written again ({@link IndexPatch}), the rest taken back; nothing where a segment or a file is missing
     * or changed, or the patch cannot be made (then nothing was written).
     */
    private Optional<IndexStats> patch() throws IOException {
        List<SearchSegment> all = new ArrayList<>(keys.size());
        for (int n = 0; n < keys.size(); n++) {
            Optional<SearchSegment> segment = changed.containsKey(n) ? Optional.of(changed.get(n)) : segments.load(keys.get(n));
            if (segment.isEmpty()) {
                return Optional.empty();
            }
            all.add(segment.get());
        }
        java.util.Map<Integer, SearchSegment> before = new java.util.TreeMap<>();
        for (int n : changed.keySet()) {
            Optional<SearchSegment> old = segments.load(previous.keys().get(n));
            if (old.isEmpty()) {
                return Optional.empty();
            }
            before.put(n, old.get());
        }
        java.util.Set<String> stale = new java.util.HashSet<>();
        changed.keySet().forEach(n -> stale.addAll(IndexPatch.documentFiles(n)));
        if (!unchanged(stale)) {
            return Optional.empty();
        }
        java.util.Map<String, BuildCache.Page> written = new java.util.LinkedHashMap<>();
        Optional<IndexPatch.Written> patch = IndexPatch.write(indexWriter, all, before, previous.stats().parts(), (path, bytes) -> {
            writer.writeBytes(path, bytes);
            written.put(path, new BuildCache.Page(path, BuildKeys.checksum(bytes)));
        });
        if (patch.isEmpty()) {
            return Optional.empty();
        }
        stale.addAll(patch.get().sizes().keySet());
        takeBack(stale);
        java.util.Map<String, IndexStats.Size> sizeOf = new java.util.LinkedHashMap<>();
        for (int i = 0; i < previous.files().size(); i++) {
            String path = previous.files().get(i).path();
            if (written.containsKey(path)) {
                files.add(written.remove(path));
                sizeOf.put(path, patch.get().sizes().get(path));
            } else if (!stale.contains(path)) {
                files.add(previous.files().get(i));
                sizeOf.put(path, previous.sizes().get(i));
            }
        }
        for (BuildCache.Page page : written.values()) { // a text half the document did not have before
            files.add(page);
            sizeOf.put(page.path(), patch.get().sizes().get(page.path()));
        }
        sizes.addAll(sizeOf.values());
        partTerms = previous.partTerms().clone();
        patch.get().partTerms().forEach((p, terms) -> partTerms[p] = terms);
        return Optional.of(stats(sizeOf, partTerms));
    }

    /** The figures of a whole index whose files have these sizes and whose parts hold these numbers of terms. */
    private IndexStats stats(java.util.Map<String, IndexStats.Size> sizeOf, int[] termsOfParts) {
        IndexStats.Size indexSize = IndexStats.Size.ZERO;
        IndexStats.Size results = IndexStats.Size.ZERO;
        IndexStats.Size scripts = IndexStats.Size.ZERO;
        IndexStats.Size largestPart = IndexStats.Size.ZERO;
        for (int p = 0; p < termsOfParts.length; p++) {
            IndexStats.Size size = sizeOf.get("search/parts/" + p + ".js");
            indexSize = indexSize.plus(size);
            largestPart = size.raw() > largestPart.raw() ? size : largestPart;
        }
        indexSize = indexSize.plus(sizeOf.get("search/meta.js"));
        for (java.util.Map.Entry<String, IndexStats.Size> file : sizeOf.entrySet()) {
            if (file.getKey().startsWith("search/docs/") || file.getKey().startsWith("search/text/")) {
                results = results.plus(file.getValue());
            } else if (file.getKey().startsWith("assets/")) {
                scripts = scripts.plus(file.getValue());
            }
        }
        return new IndexStats(keys.size(), java.util.Arrays.stream(termsOfParts).sum(), termsOfParts.length, indexSize, results,
                IndexStats.Size.ZERO, scripts, largestPart, sizeOf.size());
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
        BuildCache.writeAtomically(file, BuildCache.mapper().writeValueAsBytes(new Entry(settings, List.copyOf(keys), List.copyOf(files), stats,
                sizes.size() == files.size() ? List.copyOf(sizes) : null, partTerms)));
    }

    /**
     * The index being built: begun, where it is not yet, with the first {@code held} segments, whose keys matched the
     * previous build's and were only held, loaded again.
     */
    private SearchIndexWriter.Writing building(int held) throws IOException {
        if (index == null) {
            index = indexWriter.begin(noted(writer::writeBytes));
            for (int n = 0; n < held; n++) {
                String key = keys.get(n);
                Optional<SearchSegment> segment = changed.containsKey(n) ? Optional.of(changed.get(n)) : segments.load(key);
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
     * Takes every previous file but those {@code except} back, where each still has its checksum; nothing otherwise.
     * The files are checked first and read again one at a time as they are taken back (at 4,000 articles they are
     * 180 MB, too much to hold at once); one that changes in between fails the build, which leaves the previous output
     * as it is.
     */
    private boolean takenBack(java.util.Set<String> except) throws IOException {
        if (!unchanged(except)) {
            return false;
        }
        takeBack(except);
        return true;
    }

    /** Takes every previous file but those {@code except} back, checked already; one changed since fails the build. */
    private void takeBack(java.util.Set<String> except) throws IOException {
        for (BuildCache.Page page : previous.files()) {
            if (except.contains(page.path())) {
                continue;
            }
            byte[] bytes = BuildCache.unchanged(previousOutput, List.of(page)).orElseThrow(
                    () -> new IOException("the search file " + page.path() + " of " + previousOutput + " changed during the build"))
                    .get(0);
            writer.reuse(page.path(), previousOutput.resolve(page.path()).normalize(), bytes);
        }
    }

    /** Whether every previous file but those {@code except} still has its checksum. */
    private boolean unchanged(java.util.Set<String> except) throws IOException {
        for (BuildCache.Page page : previous.files()) {
            if (!except.contains(page.path()) && BuildCache.unchanged(previousOutput, List.of(page)).isEmpty()) {
                return false;
            }
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
            boolean patchable = entry.sizes() != null && entry.sizes().size() == entry.files().size()
                    && entry.sizes().stream().allMatch(size -> size != null) && entry.partTerms() != null
                    && entry.partTerms().length == entry.stats().parts();
            return !sound ? Optional.empty()
                    : Optional.of(patchable ? entry : new Entry(entry.settings(), entry.keys(), entry.files(), entry.stats(), null, null));
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }
}
