package org.qikan.export;

/**
 * Where the BagIt manifest looks for a file's SHA-256 before reading the file: a rebuild's cache
 * (org.qikan.site) knows those of files whose bytes an earlier build wrote and hashed.
 */
public interface KnownChecksums {
    /** Knows nothing: every file is read and hashed. */
    KnownChecksums NONE = new KnownChecksums() {
        @Override
        public String sha256(String path) {
            return null;
        }

        @Override
        public void hashed(String path, String sha256) {
        }
    };

    /** The SHA-256 (hex) of the file at {@code path} (site-relative) as this build wrote it, or {@code null} where not known. */
    String sha256(String path);

    /** Told every file's SHA-256 as it goes into the manifest. */
    void hashed(String path, String sha256);
}
