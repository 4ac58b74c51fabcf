package org.qikan.index;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A segment kept on disk ({@link CachedSegments#encode}, {@link CachedSegments#decode}: Han terms by their key alone,
 * numbers as variable-length bytes) adds to an index exactly what its document adds when counted: same terms in
 * the same order, same postings, counts and halves; and bytes that are not a whole segment of that key are none.
 */
class CachedSegmentsTest {

    @Property(tries = 60)
    void aDecodedSegmentAddsWhatItsDocumentAdds(@ForAll("bodies") List<String> bodies) throws IOException {
        LunrIndexBuilder counted = new LunrIndexBuilder();
        LunrIndexBuilder decoded = new LunrIndexBuilder();
        for (int n = 0; n < bodies.size(); n++) {
            SearchDocument doc = SearchIndexWriterTest.doc("j/2024-01/d" + n + ".html", "题名" + bodies.get(n).substring(0, Math.min(3, bodies.get(n).length())),
                    "Title " + n, List.of("芯片"), bodies.get(n));
            counted.add(doc);
            String key = "key-" + n;
            byte[] bytes = CachedSegments.encode(key, SearchSegment.of(doc));
            SearchSegment back = CachedSegments.decode(key, bytes).orElseThrow();
            assertThat(back.texts()).isEqualTo(SearchSegment.of(doc).texts());
            decoded.add(back.terms());
            assertThat(CachedSegments.decode("another-key", bytes)).as("another key").isEmpty();
            assertThat(CachedSegments.decode(key, java.util.Arrays.copyOf(bytes, bytes.length - 1))).as("cut short").isEmpty();
        }
        LunrIndexBuilderTest.assertSameIndex(decoded.build(), counted.build());
    }

    /** A few documents of Han text (common, rare and beyond the BMP: 𠀀, 𪚥), Latin words and numbers, some repeated. */
    @Provide
    Arbitrary<List<String>> bodies() {
        Arbitrary<String> han = Arbitraries.of("芯片", "供应链", "國際", "治理", "𠀀𪚥", "一", "战略决策", "𡈽", "经济");
        Arbitrary<String> word = Arbitraries.of("governance", "chips", "2024", "Farrell", "supply-chain", "états", "x");
        Arbitrary<String> piece = Arbitraries.oneOf(han, han, word.map(w -> " " + w + " "), Arbitraries.of("。", "，", "\n\n"));
        Arbitrary<String> body = piece.list().ofMinSize(1).ofMaxSize(300).map(list -> String.join("", list));
        return body.list().ofMinSize(1).ofMaxSize(6).map(ArrayList::new);
    }
}
