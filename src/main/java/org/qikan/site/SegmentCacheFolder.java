package org.qikan.site;

import org.qikan.index.CachedSegments;
import org.qikan.index.SearchSegment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The search segments of the last successful build, in the cache folder beside the output
 * ({@code .qikan-cache/<output>/search/<key>.bin}, one file per article: its checksum on the first line,
 * then {@link CachedSegments#encode}). A file whose hash, format or key does not match is ignored, as is
 * the whole folder where the cache's manifest is not this qikan's.
 */
final class SegmentCacheFolder implements CachedSegments.Store {
    static final String SEGMENTS = "search";
    private final Path dir;
    private final boolean usable;
    private final Set<String> sound = ConcurrentHashMap.newKeySet();

    SegmentCacheFolder(BuildCache cache) {
        this.dir = cache.dir().resolve(SEGMENTS);
        this.usable = cache.usable();
    }

    @Override
    public Optional<SearchSegment> load(String key) {
        if (!usable || !key.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        Path file = dir.resolve(key + ".bin");
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Optional<SearchSegment> segment = BodyCacheFolder.readChecked(file).flatMap(bytes -> CachedSegments.decode(key, bytes));
            segment.ifPresent(s -> sound.add(key));
            return segment;
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }

    /**
     * Writes a segment as soon as it is made (so a build need not hold every segment until it ends); an
     * entry is content-addressed, so one written by a build that then fails does no harm, and it is
     * read only while the manifest is this qikan's.
     */
    @Override
    public void made(String key, SearchSegment segment) throws IOException {
        Files.createDirectories(dir);
        BodyCacheFolder.writeChecked(dir.resolve(key + ".bin"), CachedSegments.encode(key, segment));
        sound.add(key);
    }

    /** Keeps the segments of a successful build ({@code kept}: those held in memory, written here where not yet) and deletes every other. */
    void save(Set<String> keys, Map<String, SearchSegment> kept) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, SearchSegment> entry : kept.entrySet()) {
            if (!sound.contains(entry.getKey())) {
                made(entry.getKey(), entry.getValue());
            }
        }
        BodyCacheFolder.forgetAllBut(dir, keys, ".bin");
    }

    /** Keys whose files an earlier build in this process left in the folder ({@link BuildMemory#onDisk}): not written again. */
    void alreadyOnDisk(Set<String> keys) {
        sound.addAll(keys);
    }

    /** After {@code save}: the keys of {@code used} whose files are in the folder. */
    Set<String> onDisk(Set<String> used) {
        return BodyCacheFolder.onDisk(used, sound);
    }
}
