package org.qikan.index;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The index term of a word ({@link PorterStemmer}'s stem, or none for one of lunr's {@link StopWords}), kept
 * once worked out: an archive writes the same few thousand words again and again, and stemming by regular
 * expressions cost a twentieth of a large build. Safe on any thread; forgets everything past a bound, so a
 * long-running {@code qikan serve} does not grow with every word it has seen.
 */
final class WordTerms {
    private static final int LIMIT = 1 << 17;
    /** Marks a stop word (compared by identity). */
    private static final String STOP = new String("");
    private static final ConcurrentHashMap<String, String> TERMS = new ConcurrentHashMap<>();

    private WordTerms() {
    }

    /** The term {@code word} (lowercase) is indexed as, or null for a stop word. */
    static String of(String word) {
        String term = TERMS.get(word);
        if (term == null) {
            term = StopWords.contains(word) ? STOP : PorterStemmer.stem(word);
            if (TERMS.size() >= LIMIT) {
                TERMS.clear();
            }
            TERMS.put(word, term);
        }
        return term == STOP ? null : term;
    }
}
