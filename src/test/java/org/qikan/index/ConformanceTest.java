package org.qikan.index;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The index the Java side writes, loaded into real lunr.js 2.3.9, answers as an index lunr.js builds
 * itself from the same documents with the same tokenizer: same terms, postings and weights, and for
 * every query the same refs in the same order with the same scores; the split index, merged from only
 * the parts a query needs, answers exactly as the whole one.
 */
@Tag("corpus")
class ConformanceTest {
    static JsonNode answer;
    static List<String> queries;

    @BeforeAll
    static void runQueriesInLunr() throws Exception {
        assertThat(CorpusDocuments.available()).as("the corpus at ../shared/corpus").isTrue();
        CorpusSearch search = CorpusSearch.get();
        queries = search.queries();
        answer = search.answer();
    }

    @Test
    void javaIndexHasLunrsTermsPostingsAndWeights() {
        JsonNode index = answer.get("index");
        assertThat(index.get("terms").asInt()).isGreaterThan(10_000);
        assertThat(index.get("sameTerms").asBoolean()).as("same terms with the same _index").isTrue();
        assertThat(index.get("samePostings").asBoolean()).as("same postings").isTrue();
        assertThat(index.get("javaVectors").asInt()).isEqualTo(index.get("vectors").asInt());
        assertThat(index.get("vectorMismatches").asInt()).as("field vectors differing").isZero();
    }

    @Test
    void javaIndexRanksAsLunrsOwn() {
        int nonEmpty = 0;
        for (JsonNode q : answer.get("answers")) {
            assertSameRanking(q.get("javaWhole"), q.get("lunrBuilt"), q.get("query").asText() + " (Java index vs lunr's)");
            nonEmpty += q.get("lunrBuilt").isEmpty() ? 0 : 1;
        }
        assertThat(answer.get("answers")).hasSize(queries.size());
        assertThat(nonEmpty).as("queries with results").isGreaterThan(queries.size() / 2);
    }

    @Test
    void splitIndexRanksAsTheWholeOne() {
        for (JsonNode q : answer.get("answers")) {
            assertSameRanking(q.get("javaSplit"), q.get("javaWhole"), q.get("query").asText() + " (split vs whole)");
            assertThat(q.get("parts").size()).isLessThanOrEqualTo(Math.max(1, q.get("terms").size()));
        }
    }

    @Test
    void everyPartAloneIsALunrIndex() {
        JsonNode parts = answer.get("parts");
        assertThat(parts.get("checked").asInt()).isGreaterThan(1);
        assertThat(parts.get("terms").asInt()).isGreaterThan(parts.get("checked").asInt());
        assertThat(parts.get("mismatches")).isEmpty();
    }

    @Test
    void aFourCharacterQueryNeedsAllItsPairs() {
        JsonNode chipIndustry = find("芯片产业");
        assertThat(texts(chipIndustry.get("terms"))).containsExactly("芯片", "片产", "产业");
        assertThat(chipIndustry.get("javaWhole").size()).isLessThan(find("产业").get("javaWhole").size());
        assertThat(find("片芯").get("javaWhole")).isEmpty();
    }

    static void assertSameRanking(JsonNode actual, JsonNode expected, String what) {
        assertThat(refs(actual)).as(what).isEqualTo(refs(expected));
        for (int i = 0; i < actual.size(); i++) {
            assertThat(actual.get(i).get(1).asDouble()).as(what + " score " + i)
                    .isCloseTo(expected.get(i).get(1).asDouble(), within(1e-6));
        }
    }

    private JsonNode find(String query) {
        for (JsonNode q : answer.get("answers")) {
            if (q.get("query").asText().equals(query)) {
                return q;
            }
        }
        throw new AssertionError("no answer for " + query);
    }

    static List<String> refs(JsonNode results) {
        List<String> refs = new ArrayList<>();
        results.forEach(r -> refs.add(r.get(0).asText()));
        return refs;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
