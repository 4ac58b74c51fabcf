package org.qikan.published;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over a sequence of fields, each text field written with its length first, so that no two
 * sequences hash the same bytes ({@code "ab","c"} and {@code "a","bc"} differ). The stages name what a later
 * build may take back (a rendered body, a search segment, an issue's pages) by such a fingerprint of
 * everything it was made from.
 */
public final class Fingerprint {
    private final MessageDigest digest;

    private Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    public static Fingerprint sha256() {
        return new Fingerprint();
    }

    /** Adds a text field ({@code null} as the text {@code "null"}). */
    public Fingerprint add(String text) {
        byte[] bytes = String.valueOf(text).getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
        return this;
    }

    /** Adds bytes as they are (after a text field that names them, such as a file's path). */
    public Fingerprint addBytes(byte[] bytes) {
        digest.update(bytes);
        return this;
    }

    /** The fingerprint in hex; this object is used up. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
