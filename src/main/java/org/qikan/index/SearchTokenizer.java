package org.qikan.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns text into search terms, the same way for every field and in the browser
 * ({@code search-core.js} is the same algorithm, tested against this class on the same strings).
 * Text is first {@linkplain TextNormalizer normalized}; then
 * <ul>
 * <li>a run of Han (and kana, hangul) characters gives, at each position, the character and the pair
 * it starts (芯片产业: 芯 芯片 片 片产 产 产业 业); a query gives only the pairs (芯片 片产 产业), or the one
 * character where it is a single one, and needs all of them;</li>
 * <li>a run of Latin letters and digits is a word: lunr's English stop words are dropped and the rest
 * stemmed with lunr's stemmer ({@link PorterStemmer}).</li>
 * </ul>
 * Stemming applies in every field, not only the English ones: lunr requires a required term in some
 * field, so a query word must be the same term wherever it is looked for.
 */
public final class SearchTokenizer {
    private SearchTokenizer() {
    }

    /** The terms of a field's text, in order, repeats kept: what the index counts. */
    public static List<String> indexTerms(String text) {
        List<String> terms = new ArrayList<>();
        indexTerms(text, new TermSink() {
            @Override
            public void han(int cp) {
                terms.add(Character.toString(cp));
            }

            @Override
            public void pair(int first, int second) {
                terms.add(Character.toString(first) + Character.toString(second));
            }

            @Override
            public void word(String term) {
                terms.add(term);
            }
        });
        return terms;
    }

    /** The terms of {@link #indexTerms(String)}, in the same order, handed over without making a string for Han terms. */
    public static void indexTerms(String text, TermSink sink) {
        if (text == null) {
            return;
        }
        int[] cps = new int[text.length()];
        int length = TextNormalizer.normalizeInto(text, cps);
        int i = 0;
        while (i < length) {
            int start = i;
            if (isHan(cps[i])) {
                while (i < length && isHan(cps[i])) {
                    sink.han(cps[i]);
                    if (i + 1 < length && isHan(cps[i + 1])) {
                        sink.pair(cps[i], cps[i + 1]);
                    }
                    i++;
                }
            } else if (isWordChar(cps[i])) {
                while (i < length && isWordChar(cps[i])) {
                    i++;
                }
                String term = WordTerms.of(new String(cps, start, i - start));
                if (term != null) {
                    sink.word(term);
                }
            } else {
                i++;
            }
        }
    }

    /** Receives index terms: a Han character, a pair of them, or a (stemmed) word. */
    public interface TermSink {
        void han(int cp);

        void pair(int first, int second);

        void word(String term);
    }

    /** The distinct terms a query needs, in order. */
    public static List<String> queryTerms(String query) {
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        scan(TextNormalizer.normalize(query), run -> addQueryRunTerms(run, terms), word -> addWord(word, terms));
        return List.copyOf(terms);
    }

    public static boolean isHan(int cp) {
        return cp == 0x3005 || cp == 0x3007
                || (cp >= 0x3041 && cp <= 0x30FA) || (cp >= 0x30FC && cp <= 0x30FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x20000 && cp <= 0x323AF);
    }

    /** A character of a word, after normalization (so lowercase): ASCII letters and digits, Latin-1 to Latin Extended-B letters. */
    public static boolean isWordChar(int cp) {
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z')
                || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
    }

    private static void scan(String normalized, Consumer<int[]> hanRun, Consumer<String> word) {
        int[] cps = normalized.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            int start = i;
            if (isHan(cps[i])) {
                while (i < cps.length && isHan(cps[i])) {
                    i++;
                }
                hanRun.accept(java.util.Arrays.copyOfRange(cps, start, i));
            } else if (isWordChar(cps[i])) {
                while (i < cps.length && isWordChar(cps[i])) {
                    i++;
                }
                word.accept(new String(cps, start, i - start));
            } else {
                i++;
            }
        }
    }

    private static void addQueryRunTerms(int[] run, java.util.Collection<String> terms) {
        if (run.length == 1) {
            terms.add(new String(run, 0, 1));
        }
        for (int i = 0; i + 1 < run.length; i++) {
            terms.add(new String(run, i, 2));
        }
    }

    private static void addWord(String word, java.util.Collection<String> terms) {
        if (!StopWords.contains(word)) {
            terms.add(PorterStemmer.stem(word));
        }
    }
}
