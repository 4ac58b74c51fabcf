package org.qikan.index;

import java.util.Locale;

/**
 * What the index stage wrote, for the build summary. Sizes count every file under {@code search/} and
 * the search scripts in {@code assets/js/}; gzip sizes are each file compressed on its own, as a
 * server sends it.
 *
 * @param largestPartBytes the largest index part, raw: the most one query term can cost
 */
public record IndexStats(
        int documents,
        int terms,
        int parts,
        long rawBytes,
        long gzipBytes,
        long largestPartBytes,
        long largestPartGzipBytes) {

    /** One line such as {@code search: 40 articles, 150,000 terms in 256 parts, 9.4 MB (1.5 MB gzip)}. */
    public String summary() {
        return String.format(Locale.ROOT, "search: %,d articles, %,d terms in %,d parts, %s (%s gzip); largest part %s (%s gzip)",
                documents, terms, parts, size(rawBytes), size(gzipBytes), size(largestPartBytes), size(largestPartGzipBytes));
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
