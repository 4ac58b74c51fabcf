package org.qikan.index;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** {@link WordTerms} gives the stemmer's term, or none for a stop word, the first time and every time after. */
class WordTermsTest {
    @Test
    void sameTermsAsTheStemmerAndStopWordsLeftOutKeptOrNot() {
        for (int round = 0; round < 3; round++) {
            for (String word : List.of("governance", "strategies", "relational", "chips", "running", "x1", "2023")) {
                assertEquals(PorterStemmer.stem(word), WordTerms.of(word), word);
            }
            for (String stop : List.of("the", "and", "of", "which")) {
                assertNull(WordTerms.of(stop), stop);
            }
        }
    }
}
