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
 * ({@code .qikan-cache/<output>/search/<key>.bin}, one file per article: its SHA-256 on the first line,
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
        if (!usable || !key.matches("[0-9a-f]{64}")) {
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

    /** Keeps the segments of a successful build and deletes every other. */
    void save(Map<String, SearchSegment> used) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, SearchSegment> entry : used.entrySet()) {
            if (!sound.contains(entry.getKey())) {
                BodyCacheFolder.writeChecked(dir.resolve(entry.getKey() + ".bin"), CachedSegments.encode(entry.getKey(), entry.getValue()));
            }
        }
        BodyCacheFolder.forgetAllBut(dir, used.keySet(), ".bin");
    }
}
