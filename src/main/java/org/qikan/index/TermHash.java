package org.qikan.index;

/**
 * Which index part holds a term: 32-bit FNV-1a over the term's UTF-16 code units, modulo the number
 * of parts. {@code search-core.js} computes the same with {@code Math.imul}.
 */
public final class TermHash {
    private static final int OFFSET_BASIS = 0x811C9DC5;
    private static final int PRIME = 0x01000193;

    private TermHash() {
    }

    public static int fnv1a(String term) {
        int hash = OFFSET_BASIS;
        for (int i = 0; i < term.length(); i++) {
            hash = (hash ^ term.charAt(i)) * PRIME;
        }
        return hash;
    }

    /** The hash of a Han term by its key ({@link TermTable#text}), without making its text. */
    static int fnv1a(long hanKey) {
        int hash = OFFSET_BASIS;
        if (hanKey >>> 42 != 0) {
            hash = mix(hash, (int) (hanKey >>> 21) & 0x1FFFFF);
        }
        return mix(hash, (int) hanKey & 0x1FFFFF);
    }

    private static int mix(int hash, int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            return (hash ^ codePoint) * PRIME;
        }
        return (((hash ^ Character.highSurrogate(codePoint)) * PRIME) ^ Character.lowSurrogate(codePoint)) * PRIME;
    }

    public static int partOf(String term, int partCount) {
        return Integer.remainderUnsigned(fnv1a(term), partCount);
    }
}
