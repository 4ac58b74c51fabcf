package org.qikan.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The first (most common) reading of each Chinese character, toneless, lowercase, ü written v ({@code lv}
 * for 绿): what pinyin4j's {@code PinyinHelper.toHanyuPinyinStringArray(c, format)} gives first, read from
 * pinyin4j's own table ({@code pinyindb/unicode_to_hanyu_pinyin.txt}, lines such as {@code 4E01 (ding1,zheng1)})
 * in one pass. pinyin4j itself also loads its 9,873 phrase readings into a tree of hash tables at its first
 * call (about 10 MB kept for the whole build, most of the catalog's start-up time), which the single
 * characters the catalog asks for never use. {@code FirstReadingsTest} compares every character with pinyin4j.
 */
final class FirstReadings {
    private static final String TABLE = "/pinyindb/unicode_to_hanyu_pinyin.txt";
    private static final String[] READINGS = load();

    private FirstReadings() {
    }

    /** The first reading of {@code c}, or {@code null} where the table has none. */
    static String of(char c) {
        return READINGS[c];
    }

    private static String[] load() {
        byte[] text;
        try (InputStream in = net.sourceforge.pinyin4j.PinyinHelper.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("pinyin4j's table " + TABLE + " is missing from the class path");
            }
            text = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pinyin4j's table " + TABLE, e);
        }
        String[] readings = new String[Character.MAX_VALUE + 1];
        Map<String, String> syllables = new HashMap<>();
        StringBuilder syllable = new StringBuilder();
        int i = 0;
        while (i < text.length) {
            int end = i;
            while (end < text.length && text[end] != '\n') {
                end++;
            }
            read(text, i, end, readings, syllables, syllable);
            i = end + 1;
        }
        return readings;
    }

    /** One line, {@code HEX (reading1,reading2,...)}: keeps the first reading, as pinyin4j formats it. */
    private static void read(byte[] text, int start, int end, String[] readings, Map<String, String> syllables,
                             StringBuilder syllable) {
        if (end > start && text[end - 1] == '\r') {
            end--;
        }
        int space = start;
        int code = 0;
        for (; space < end && text[space] != ' '; space++) {
            int digit = Character.digit(text[space], 16);
            code = digit < 0 || code > Character.MAX_VALUE ? -1 : code * 16 + digit;
            if (code < 0) {
                return;
            }
        }
        if (space == start || space == end || code > Character.MAX_VALUE) {
            return;
        }
        int open = space + 1;
        // pinyin4j reads a character only where its record is "(...)" and not "(none0)"
        boolean record = end - open >= 2 && text[open] == '(' && text[end - 1] == ')'
                && !"(none0)".equals(new String(text, open, end - open, java.nio.charset.StandardCharsets.US_ASCII));
        if (!record) {
            readings[code] = null;
            return;
        }
        syllable.setLength(0);
        for (int j = open + 1; j < end - 1 && text[j] != ','; j++) {
            char c = (char) (text[j] & 0xff);
            if (c >= '1' && c <= '5') {
                continue; // the tone
            }
            if (c == ':' && syllable.length() > 0 && syllable.charAt(syllable.length() - 1) == 'u') {
                syllable.setCharAt(syllable.length() - 1, 'v'); // u: is ü, written v
                continue;
            }
            syllable.append(c);
        }
        String reading = syllable.toString();
        readings[code] = syllables.computeIfAbsent(reading, r -> r);
    }
}
