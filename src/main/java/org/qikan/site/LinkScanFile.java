package org.qikan.site;

import org.qikan.check.ScanFile;
import org.qikan.check.ScannedPages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Each page's links as the last successful build's link check scanned them, in the cache folder beside the
 * output ({@code .qikan-cache/<output>/links.bin}: a checksum line, then {@link ScanFile}), so that a rebuild
 * scans only the pages whose bytes changed; every reference is still checked against this build's files and
 * ids. A damaged list, or the cache of another qikan, is ignored whole: every page is scanned.
 */
final class LinkScanFile {
    static final String FILE = "links.bin";
    private final Path file;
    private final boolean usable;

    LinkScanFile(BuildCache cache) {
        this.file = cache.dir().resolve(FILE);
        this.usable = cache.usable();
    }

    /** The scans kept by the last build, or none. */
    Map<String, ScannedPages.Kept> load() {
        if (!usable || !Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return BodyCacheFolder.readChecked(file).flatMap(ScanFile::decode).orElse(Map.of());
        } catch (IOException | RuntimeException damaged) {
            return Map.of();
        }
    }

    /** Keeps this build's scans for the next. */
    void save(Map<String, ScannedPages.Kept> scans) throws IOException {
        Files.createDirectories(file.getParent());
        BodyCacheFolder.writeChecked(file, ScanFile.encode(scans));
    }
}
