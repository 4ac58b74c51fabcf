package org.qikan.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PorterStemmerTest {
    private static final String LUNR_FIXTURE = "META-INF/resources/webjars/lunr/2.3.9/test/fixtures/stemming_vocab.json";

    @Test
    void stemsLunrsOwnFixtureAsLunrDoes() throws Exception {
        JsonNode vocabulary;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(LUNR_FIXTURE)) {
            vocabulary = NodeHarness.JSON.readTree(in);
        }
        assertThat(vocabulary.size()).isGreaterThan(50);
        vocabulary.fields().forEachRemaining(e ->
                assertThat(PorterStemmer.stem(e.getKey())).as(e.getKey()).isEqualTo(e.getValue().asText()));
    }

    @Test
    void stemsEachStepOfPortersAlgorithm() {
        Map.of("caresses", "caress", "ponies", "poni", "agreed", "agre", "hopping", "hop",
                "relational", "relat", "generalizations", "gener", "yielding", "yield",
                "settlement", "settlement", "sanctions", "sanction", "multilateral", "multilater")
                .forEach((word, stem) -> assertThat(PorterStemmer.stem(word)).as(word).isEqualTo(stem));
    }

    @Test
    void leavesShortWordsAlone() {
        assertThat(PorterStemmer.stem("is")).isEqualTo("is");
        assertThat(PorterStemmer.stem("ai")).isEqualTo("ai");
    }
}
