package org.qikan.published;

import org.apache.commons.codec.digest.MurmurHash3;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A 128-bit MurmurHash3 (x64 variant, commons-codec) over a sequence of fields, each text field written with
 * its length first, so that no two sequences hash the same bytes ({@code "ab","c"} and {@code "a","bc"} differ).
 * The stages name what a later build may take back (a rendered body, a search segment, an issue's pages) by
 * such a fingerprint of everything it was made from: 32 hex digits.
 * <p>
 * The cache keys are not a defence against someone who writes sources to collide on purpose (whoever can
 * write the sources decides the output anyway); they tell apart what an archive's builds make, where a
 * chance collision of 128 bits is out of reach. A cryptographic hash (SHA-256, as before) cost a sixth of a
 * rebuild's CPU time; the BagIt manifest, which archivists check, stays SHA-256.
 */
public final class Fingerprint {
    private static final int SEED = 0x71696b61; // "qika"

    private byte[] bytes = new byte[256];
    private int size;

    private Fingerprint() {
    }

    /** An empty fingerprint, to which fields are added. */
    public static Fingerprint start() {
        return new Fingerprint();
    }

    /** Adds a text field ({@code null} as the text {@code "null"}). */
    public Fingerprint add(String text) {
        byte[] utf8 = String.valueOf(text).getBytes(StandardCharsets.UTF_8);
        append(Integer.toString(utf8.length).getBytes(StandardCharsets.US_ASCII));
        append(new byte[] {':'});
        append(utf8);
        return this;
    }

    /** Adds bytes as they are (after a text field that names them, such as a file's path). */
    public Fingerprint addBytes(byte[] more) {
        append(more);
        return this;
    }

    /** The fingerprint in hex (32 digits); this object is used up. */
    public String hex() {
        long[] hash = MurmurHash3.hash128x64(bytes, 0, size, SEED);
        byte[] digest = new byte[16];
        for (int i = 0; i < 8; i++) {
            digest[i] = (byte) (hash[0] >>> (56 - 8 * i));
            digest[8 + i] = (byte) (hash[1] >>> (56 - 8 * i));
        }
        bytes = null;
        return HexFormat.of().formatHex(digest);
    }

    private void append(byte[] more) {
        if (size + more.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more.length));
        }
        System.arraycopy(more, 0, bytes, size, more.length);
        size += more.length;
    }
}
