package org.qikan.index;

/**
 * Non-negative integers as text, for the compact index files: five bits per character, least
 * significant first, from a 64-character alphabet that JSON and JavaScript strings carry unescaped;
 * the first 32 characters end a number, the last 32 say that more follow. 0–31 take one character,
 * up to 1,023 two, up to 32,767 three. {@code search-core.js} decodes them ({@code readVarint}).
 */
public final class Varints {
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVabcdefghijklmnopqrstuvwxyzWXYZ-_";

    private Varints() {
    }

    public static void append(StringBuilder out, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        long rest = value;
        while (rest >= 32) {
            out.append(ALPHABET.charAt(32 + (int) (rest & 31)));
            rest >>>= 5;
        }
        out.append(ALPHABET.charAt((int) rest));
    }
}
