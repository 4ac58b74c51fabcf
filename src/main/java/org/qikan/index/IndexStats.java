package org.qikan.index;

import java.util.Locale;

/**
 * What the index stage wrote, for the build summary. Gzip sizes are each file compressed on its own,
 * as a server sends it.
 *
 * @param index         the index parts and {@code search/meta.js}
 * @param results       what results show: {@code search/docs/} and {@code search/text/}
 * @param export        {@code search/lunr-index.json}, where asked for
 * @param scripts       lunr.js and the traditional-to-simplified table in {@code assets/js/}
 * @param largestPart   the largest index part: the most one query term can cost
 * @param files         how many files
 */
public record IndexStats(int documents, int terms, int parts, Size index, Size results, Size export, Size scripts,
                         Size largestPart, int files) {

    /** Bytes as written and gzipped. */
    public record Size(long raw, long gzip) {
        public static final Size ZERO = new Size(0, 0);

        public Size plus(Size other) {
            return new Size(raw + other.raw, gzip + other.gzip);
        }

        @Override
        public String toString() {
            return human(raw) + " (" + human(gzip) + " gzip)";
        }
    }

    public Size total() {
        return index.plus(results).plus(export).plus(scripts);
    }

    public long rawBytes() {
        return total().raw();
    }

    public long gzipBytes() {
        return total().gzip();
    }

    /** Such as {@code search: 40 articles, 54,860 terms in 128 parts; index 6.1 MB (1.1 MB gzip), …}. */
    public String summary() {
        return String.format(Locale.ROOT, "search: %,d articles, %,d terms in %,d parts; index %s, largest part %s;"
                        + " result data %s;%s scripts %s; total %s in %,d files",
                documents, terms, parts, index, largestPart, results,
                export.raw() > 0 ? " lunr export " + export + ";" : "", scripts, total(), files);
    }

    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
