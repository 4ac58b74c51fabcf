package org.qikan.published;

import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A 64-bit check of a file's bytes: CRC-32C and CRC-32 side by side (both computed by the processor's own
 * instructions, far cheaper than SHA-256). Not a key: it tells whether bytes at hand are those of a file seen
 * before (the BagIt manifest's checksum of an unchanged file, a page's links scanned by the previous build).
 */
public final class ContentCheck {
    private ContentCheck() {
    }

    public static long of(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        CRC32 d = new CRC32();
        d.update(bytes);
        return c.getValue() << 32 | d.getValue();
    }
}
