package org.qikan.index;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * For every query drawn from the corpus, every document whose text contains the query (notes
 * included: they are indexed as a field of their own) is found by the split index as the browser uses
 * it, and documents with the query in the title, keywords or authors come first.
 * (A query of stop words only, such as "the", has no terms and finds nothing.)
 */
@Tag("corpus")
class RecallTest {
    private static final Set<SearchField> HEADLINE = EnumSet.of(SearchField.TITLE_ZH, SearchField.TITLE_EN,
            SearchField.KEYWORDS_ZH, SearchField.KEYWORDS_EN, SearchField.AUTHORS_ZH, SearchField.AUTHORS_EN);
    private static CorpusSearch search;

    @BeforeAll
    static void indexTheCorpus() throws Exception {
        assertThat(CorpusDocuments.available()).as("the corpus at ../shared/corpus").isTrue();
        search = CorpusSearch.get();
    }

    @Test
    void everyDocumentContainingTheQueryIsFound() {
        int checked = 0;
        int expectedHits = 0;
        int extra = 0;
        int inNotesOnly = 0;
        List<String> misses = new ArrayList<>();
        for (String query : search.queries()) {
            if (SearchTokenizer.queryTerms(query).isEmpty()) {
                continue;
            }
            Set<Integer> expected = containing(query, EnumSet.allOf(SearchField.class));
            Set<Integer> found = new TreeSet<>(docNumbers(search.answerTo(query).get("javaSplit")));
            if (!found.containsAll(expected)) {
                Set<Integer> missing = new TreeSet<>(expected);
                missing.removeAll(found);
                misses.add(query + " misses " + missing);
            }
            Set<Integer> outsideNotes = containing(query, EnumSet.complementOf(EnumSet.of(SearchField.NOTES)));
            inNotesOnly += (int) expected.stream().filter(n -> !outsideNotes.contains(n)).count();
            checked++;
            expectedHits += expected.size();
            extra += found.size() - expected.size();
        }
        System.out.printf("recall: %d queries, %d expected hits all found (%d of them in notes only); %d more hits (words or pairs not adjacent)%n",
                checked, expectedHits, inNotesOnly, extra);
        assertThat(misses).isEmpty();
        assertThat(checked).isGreaterThan(50);
        assertThat(expectedHits).isGreaterThan(checked);
        assertThat(inNotesOnly).as("hits that only notes hold").isGreaterThan(0);
    }

    /**
     * Title, keyword and author hits come before every other hit (abstract or body only), for queries
     * of one term. For longer queries this is not guaranteed: a title holding one of a query's pairs
     * or words (战略) competes with keywords holding the whole query (印太战略); how often the order
     * differs is printed.
     */
    @Test
    void titleKeywordAndAuthorHitsComeFirst() {
        int compared = 0;
        List<String> longerOutOfOrder = new ArrayList<>();
        int longer = 0;
        for (String query : search.queries()) {
            List<Integer> ranked = docNumbers(search.answerTo(query).get("javaSplit"));
            Set<Integer> headline = containing(query, HEADLINE);
            Set<Integer> others = new TreeSet<>(ranked);
            others.removeAll(headline);
            int lastHeadlineHit = headline.stream().mapToInt(ranked::indexOf).max().orElse(-1);
            int firstOther = others.stream().mapToInt(ranked::indexOf).min().orElse(Integer.MAX_VALUE);
            if (SearchTokenizer.queryTerms(query).size() == 1) {
                assertThat(lastHeadlineHit).as("%s: every title, keyword or author hit before the first other hit", query)
                        .isLessThan(firstOther);
                compared += headline.isEmpty() || others.isEmpty() ? 0 : 1;
            } else if (!headline.isEmpty() && !others.isEmpty()) {
                longer++;
                if (lastHeadlineHit > firstOther) {
                    longerOutOfOrder.add(query);
                }
            }
        }
        System.out.printf("ranking: %d one-term queries with headline and other hits, headline hits all first;"
                + " %d longer queries, %d with an other hit above a headline hit %s%n",
                compared, longer, longerOutOfOrder.size(), longerOutOfOrder);
        assertThat(compared).as("one-term queries with both kinds of hits").isGreaterThanOrEqualTo(5);
    }

    @Test
    void traditionalAndFullWidthFormsFindWhatSimplifiedAndAsciiFind() {
        assertThat(docNumbers(search.answerTo("國際").get("javaSplit")))
                .isNotEmpty().isEqualTo(docNumbers(search.answerTo("国际").get("javaSplit")));
        assertThat(docNumbers(search.answerTo("地緣技術").get("javaSplit"))).isNotEmpty();
        assertThat(docNumbers(search.answerTo("Ｃｈｉｎａ").get("javaSplit"))).isNotEmpty();
    }

    @Test
    void aChipQueryFindsTheChipArticleFirst() {
        List<Integer> ranked = docNumbers(search.answerTo("芯片").get("javaSplit"));
        assertThat(ranked).isNotEmpty();
        assertThat(search.docs().get(ranked.get(0)).title().zh()).contains("芯片");
    }

    /** Documents with the normalized query in one of the fields: as a substring for Chinese, as whole words otherwise. */
    private static Set<Integer> containing(String query, Set<SearchField> fields) {
        Pattern pattern = pattern(TextNormalizer.normalize(query).strip());
        Set<Integer> docs = new TreeSet<>();
        for (int n = 0; n < search.docs().size(); n++) {
            for (SearchField field : fields) {
                if (pattern.matcher(TextNormalizer.normalize(field.textOf(search.docs().get(n)))).find()) {
                    docs.add(n);
                }
            }
        }
        return docs;
    }

    private static Pattern pattern(String normalizedQuery) {
        String quoted = Pattern.quote(normalizedQuery);
        boolean latin = normalizedQuery.codePoints().noneMatch(SearchTokenizer::isHan);
        return Pattern.compile(latin ? "(?<![0-9a-z])" + quoted + "(?![0-9a-z])" : quoted);
    }

    private static List<Integer> docNumbers(JsonNode results) {
        List<Integer> numbers = new ArrayList<>();
        results.forEach(r -> numbers.add(Integer.parseInt(r.get(0).asText())));
        return numbers;
    }
}
