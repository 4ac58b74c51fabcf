package org.qikan.index;

import java.util.Arrays;

/**
 * Term numbers of Han terms keyed by their code points as a primitive long (one character, or a
 * pair), in an open-addressing table: no string and no boxed key per occurrence while counting.
 */
final class TermTable {
    private static final long EMPTY = -1;
    private long[] keys;
    private int[] values;
    private int size;

    /** @param capacity the slots to start with, a power of two */
    TermTable(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(keys, EMPTY);
    }

    static long han(int cp) {
        return cp;
    }

    static long pair(int first, int second) {
        return 1L << 42 | (long) first << 21 | second;
    }

    /** The text of the Han term with this key: its one character, or its pair. */
    static String text(long key) {
        if (key >>> 42 == 0) {
            return Character.toString((int) key);
        }
        return Character.toString((int) (key >>> 21) & 0x1FFFFF) + Character.toString((int) key & 0x1FFFFF);
    }

    /** The number of the term with this key, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
            if (keys[i] == EMPTY) {
                return -1;
            }
        }
    }

    void put(long key, int value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
