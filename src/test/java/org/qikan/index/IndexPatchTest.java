package org.qikan.index;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An index whose documents changed, patched ({@link IndexPatch}: meta.js, the changed documents' files and the parts of
 * the terms whose postings changed written again over the earlier files) is file for file the index built whole from
 * the changed documents; the parts it did not write are the earlier build's; where the part count would change,
 * there is no patch.
 */
class IndexPatchTest {
    /** Few postings a part, so that a small index has many parts and a patch leaves most of them. */
    private static final SearchIndexWriter WRITER = new SearchIndexWriter(40);

    @Property(tries = 80)
    void aPatchedIndexIsTheWholeIndexOfTheChangedDocuments(@ForAll("bodies") List<String> bodies, @ForAll("bodies") List<String> edits,
                                                           @ForAll @IntRange(min = 0, max = 5) int first) throws IOException {
        List<SearchSegment> before = segments(bodies);
        List<SearchSegment> after = new ArrayList<>(before);
        Map<Integer, SearchSegment> changed = new TreeMap<>();
        for (int i = 0; i < Math.min(2, edits.size()); i++) {
            int n = (first + i * 3) % bodies.size();
            after.set(n, segment(n, bodies.get(n) + edits.get(i)));
            changed.put(n, before.get(n));
        }
        Map<String, byte[]> earlier = whole(before);
        Map<String, byte[]> expected = whole(after);
        Map<String, byte[]> patched = new TreeMap<>(earlier);
        changed.keySet().forEach(n -> IndexPatch.documentFiles(n).forEach(patched::remove));
        Map<String, byte[]> written = new LinkedHashMap<>();
        Optional<IndexPatch.Written> patch = IndexPatch.write(WRITER, after, changed, parts(earlier), written::put);
        if (parts(expected) != parts(earlier)) {
            assertThat(patch).as("the part count changes: no patch").isEmpty();
            assertThat(written).isEmpty();
            return;
        }
        assertThat(patch).isPresent();
        patched.putAll(written);
        assertThat(names(patched)).isEqualTo(names(expected));
        patched.forEach((path, bytes) -> assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).as(path)
                .isEqualTo(new String(expected.get(path), java.nio.charset.StandardCharsets.UTF_8)));
        long partsWritten = written.keySet().stream().filter(p -> p.startsWith("search/parts/")).count();
        assertThat(partsWritten).as("only the parts of changed terms").isLessThanOrEqualTo(parts(expected));
        assertThat(patch.get().partTerms().keySet()).hasSize((int) partsWritten);
    }

    @Property(tries = 20)
    void aBodyExtendedByOneSentenceRewritesFewParts(@ForAll("bodies") List<String> bodies) throws IOException {
        List<String> longer = new ArrayList<>(bodies);
        longer.replaceAll(b -> b.repeat(20));
        List<SearchSegment> before = segments(longer);
        List<SearchSegment> after = new ArrayList<>(before);
        after.set(0, segment(0, longer.get(0) + "。新增一句"));
        Map<String, byte[]> written = new LinkedHashMap<>();
        int partCount = parts(whole(before));
        Optional<IndexPatch.Written> patch = IndexPatch.write(WRITER, after, Map.of(0, before.get(0)), partCount, written::put);
        if (patch.isPresent() && partCount >= 64) {
            assertThat(patch.get().partTerms().size()).as("parts written of " + partCount).isLessThan(partCount / 4);
        }
    }

    private static Map<String, byte[]> whole(List<SearchSegment> segments) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        SearchIndexWriter.Writing writing = WRITER.begin(files::put);
        for (SearchSegment segment : segments) {
            writing.add(segment);
        }
        writing.finish();
        return files;
    }

    private static int parts(Map<String, byte[]> files) {
        return (int) files.keySet().stream().filter(p -> p.startsWith("search/parts/")).count();
    }

    private static List<String> names(Map<String, byte[]> files) {
        return new ArrayList<>(files.keySet());
    }

    private static List<SearchSegment> segments(List<String> bodies) throws IOException {
        List<SearchSegment> segments = new ArrayList<>();
        for (int n = 0; n < bodies.size(); n++) {
            segments.add(segment(n, bodies.get(n)));
        }
        return segments;
    }

    private static SearchSegment segment(int n, String body) throws IOException {
        return SearchSegment.of(SearchIndexWriterTest.doc("j/2024-01/d" + n + ".html", "题名" + n, "Title " + n,
                List.of(n % 2 == 0 ? "芯片" : "治理"), body));
    }

    /** A few documents of Han text (beyond the BMP too: 𠀀, 𪚥), Latin words and numbers, some repeated. */
    @Provide
    Arbitrary<List<String>> bodies() {
        Arbitrary<String> han = Arbitraries.of("芯片", "供应链", "國際", "治理", "𠀀𪚥", "一", "战略决策", "𡈽", "经济", "海洋", "量子通信", "安全");
        Arbitrary<String> word = Arbitraries.of("governance", "chips", "2024", "Farrell", "supply-chain", "états", "x", "ocean", "quantum");
        Arbitrary<String> piece = Arbitraries.oneOf(han, han, word.map(w -> " " + w + " "), Arbitraries.of("。", "，", "\n\n"));
        Arbitrary<String> body = piece.list().ofMinSize(1).ofMaxSize(200).map(list -> String.join("", list));
        return body.list().ofMinSize(2).ofMaxSize(8).map(ArrayList::new);
    }
}
