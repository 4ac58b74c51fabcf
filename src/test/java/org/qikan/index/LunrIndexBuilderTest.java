package org.qikan.index;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The builder's postings at archive scale: a term in every one of a thousand documents (its lists grow far
 * past their first sizes), counted directly and from segments, gives every document its posting, count and
 * half, in document order.
 */
class LunrIndexBuilderTest {
    private static final int DOCUMENTS = 1000;

    @Test
    void aTermInEveryDocumentHasAPostingForEach() {
        List<SearchDocument> docs = new ArrayList<>();
        for (int n = 0; n < DOCUMENTS; n++) {
            String body = "芯片".repeat(1 + n % 5) + " 第" + n + "篇 chips " + "governance ".repeat(n % 3);
            docs.add(SearchIndexWriterTest.doc("j/2024-01/d" + n + ".html", "题名" + n, "Title " + n, List.of("芯片"), body));
        }
        LunrIndexBuilder counted = new LunrIndexBuilder();
        LunrIndexBuilder fromSegments = new LunrIndexBuilder();
        for (SearchDocument doc : docs) {
            counted.add(doc);
            fromSegments.add(LunrIndexBuilder.segmentOf(doc, TextChunks.of(doc)));
        }
        LunrIndex a = counted.build();
        LunrIndex b = fromSegments.build();
        int body = SearchField.BODY.ordinal();
        int chip = a.terms().indexOf("芯片");
        assertThat(chip).isGreaterThanOrEqualTo(0);
        int[] postings = a.postings().get(chip)[body];
        assertThat(postings).hasSize(DOCUMENTS);
        for (int n = 0; n < DOCUMENTS; n++) {
            assertThat(postings[n]).isEqualTo(n);
            // the body holds the text twice (two sections), each with the pair 芯片 (1 + n % 5) times
            assertThat(a.frequencies().get(chip)[body][n]).as("count in document %d", n).isEqualTo(2 * (1 + n % 5));
        }
        assertThat(a.halves().get(chip)[body]).hasSize(DOCUMENTS);
        assertThat(a.halves().get(chip)[SearchField.TITLE_ZH.ordinal()]).isEmpty();
        assertSameIndex(b, a);
    }

    /** The same terms in the same order, each with the same postings, counts and halves in every field. */
    static void assertSameIndex(LunrIndex actual, LunrIndex expected) {
        assertThat(actual.terms()).isEqualTo(expected.terms());
        for (int t = 0; t < expected.termCount(); t++) {
            for (int f = 0; f < expected.fields().size(); f++) {
                assertThat(actual.postings().get(t)[f]).isEqualTo(expected.postings().get(t)[f]);
                assertThat(actual.frequencies().get(t)[f]).isEqualTo(expected.frequencies().get(t)[f]);
                assertThat(actual.halves().get(t)[f]).isEqualTo(expected.halves().get(t)[f]);
            }
        }
        assertThat(actual.postingCount()).isEqualTo(expected.postingCount());
    }
}
