package org.qikan.importer.structure;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Matches English entries to articles by their authors' names: an English name is the pinyin of a Chinese name,
 * in either order and any case ({@code LIN Xiaochuan}, {@code Xiaochuan Lin}, {@code Lin Xiao-chuan} for 林晓川),
 * every reading of a character counting (乐 is le or yue). Used where the English entries printed without a
 * heading at the back are fewer or more than the articles, so that order alone cannot match them, and to keep
 * an order match from giving an article an entry that names other people.
 */
public final class EnglishNames {
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private EnglishNames() {
    }

    /** Whether {@code en} is the pinyin of the Chinese name {@code zh}, surname first or last. */
    public static boolean same(String zh, String en) {
        List<Set<String>> readings = new ArrayList<>();
        zh.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).forEach(cp -> readings.add(readings(cp)));
        if (readings.isEmpty() || en == null) {
            return false;
        }
        String letters = letters(en);
        if (spells(readings, letters)) {
            return true;
        }
        String[] words = en.strip().split("[\\s]+");
        if (words.length >= 2) {
            String surnameLast = words[words.length - 1] + String.join("", java.util.Arrays.copyOf(words, words.length - 1));
            return spells(readings, letters(surnameLast));
        }
        return false;
    }

    private static String letters(String en) {
        return en.toLowerCase(Locale.ROOT).replace('ü', 'u').replaceAll("[^a-z]", "");
    }

    /** Whether the names of an entry are those of an article: as many, each the pinyin of the one in its place. */
    public static boolean sameAuthors(List<String> zh, List<String> en) {
        if (zh.isEmpty() || zh.size() != en.size()) {
            return false;
        }
        for (int i = 0; i < zh.size(); i++) {
            if (!same(zh.get(i), en.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The entries with their article set by name where that decides: an entry whose names are those of exactly one
     * article goes to it, and any other entry that went to that article (by order) is unmatched. Names that match no
     * article (a foreign author's name, spelled otherwise than in pinyin) change nothing.
     */
    public static List<EnglishAbstracts.Entry> rematch(List<EnglishAbstracts.Entry> entries, List<List<String>> authorsZh) {
        List<EnglishAbstracts.Entry> out = new ArrayList<>(entries);
        Set<Integer> byName = new HashSet<>();
        for (int i = 0; i < out.size(); i++) {
            EnglishAbstracts.Entry e = out.get(i);
            if (e.authors().isEmpty()) {
                continue;
            }
            int found = -1;
            int count = 0;
            for (int a = 0; a < authorsZh.size(); a++) {
                if (sameAuthors(authorsZh.get(a), e.authors())) {
                    found = a;
                    count++;
                }
            }
            if (count == 1) {
                out.set(i, e.matchedTo(found));
                byName.add(found);
            }
        }
        for (int i = 0; i < out.size(); i++) {
            EnglishAbstracts.Entry e = out.get(i);
            if (e.article() >= 0 && byName.contains(e.article()) && !sameAuthors(authorsZh.get(e.article()), e.authors())) {
                out.set(i, e.matchedTo(-1));
            }
        }
        return out;
    }

    private static Set<String> readings(int cp) {
        Set<String> out = new HashSet<>();
        try {
            String[] all = PinyinHelper.toHanyuPinyinStringArray((char) cp, FORMAT);
            if (all != null) {
                for (String r : all) {
                    String plain = r.replaceAll("[^a-z]", "");
                    out.add(plain);
                    out.add(plain.replace("v", "u")); // 吕 lv: Lu, Lyu or Lv as passports spell it
                    out.add(plain.replace("v", "yu"));
                }
            }
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Whether {@code letters} is one reading of each character in turn. */
    private static boolean spells(List<Set<String>> readings, String letters) {
        boolean[] reach = new boolean[letters.length() + 1];
        reach[0] = true;
        for (Set<String> options : readings) {
            boolean[] next = new boolean[letters.length() + 1];
            for (int at = 0; at <= letters.length(); at++) {
                if (!reach[at]) {
                    continue;
                }
                for (String r : options) {
                    if (!r.isEmpty() && letters.startsWith(r, at)) {
                        next[at + r.length()] = true;
                    }
                }
            }
            reach = next;
        }
        return reach[letters.length()];
    }
}
