package org.qikan.fingerprint;

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

    private static final int CHUNK = 8192;

    private byte[] bytes = new byte[256];
    private int size;
    /** Where a text field's chars are copied, a chunk at a time, on their way into {@link #bytes}. */
    private char[] chars;

    private Fingerprint() {
    }

    /** An empty fingerprint, to which fields are added. */
    public static Fingerprint start() {
        return new Fingerprint();
    }

    /**
     * Adds a text field ({@code null} as the text {@code "null"}): its length in chars, then its chars, two bytes
     * each (UTF-16, low byte first). Every char sequence, lone surrogates included, has bytes of its own; no
     * UTF-8 encoding and no copy of the text is made (encoding took most of the time keys cost).
     */
    public Fingerprint add(String text) {
        String field = String.valueOf(text);
        int length = field.length();
        append(Integer.toString(length).getBytes(StandardCharsets.US_ASCII));
        append(new byte[] {':'});
        ensure(2 * length);
        char[] chars = charBuffer(length);
        for (int from = 0; from < length; from += chars.length) {
            int to = Math.min(length, from + chars.length);
            field.getChars(from, to, chars, 0);
            for (int i = 0, n = to - from; i < n; i++) {
                char c = chars[i];
                bytes[size++] = (byte) c;
                bytes[size++] = (byte) (c >>> 8);
            }
        }
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
        ensure(more.length);
        System.arraycopy(more, 0, bytes, size, more.length);
        size += more.length;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    private char[] charBuffer(int length) {
        if (chars == null || chars.length < Math.min(length, CHUNK)) {
            chars = new char[Math.min(Math.max(length, 64), CHUNK)];
        }
        return chars;
    }
}
