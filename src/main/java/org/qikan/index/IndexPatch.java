package org.qikan.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The search files that change when a few documents of an index change and their number does not: {@code meta.js}
 * (every field's length, the places), the cards and text files of the changed documents, and only the parts holding a
 * term whose postings in a changed document differ (its count or first half in a field, or whether the field has it).
 * Every other part is byte for byte what the earlier build wrote, since a part holds its terms' postings only and the
 * documents keep their numbers; the part count, which follows the number of postings, must not change either (else
 * there is no patch). The changed parts are made by a builder that counts only their terms over every document: their
 * postings are the whole index's.
 */
public final class IndexPatch {
    /** What a patch wrote: each file's size, and how many terms each part it wrote holds. */
    public record Written(int partCount, Map<String, IndexStats.Size> sizes, Map<Integer, Integer> partTerms) {
    }

    private IndexPatch() {
    }

    /**
     * Writes the files that differ from an earlier build's.
     *
     * @param segments  every document's segment, in order
     * @param before    the changed documents' segments as the earlier build had them, by number
     * @param partCount the earlier build's number of parts
     * @return what was written, or nothing (and nothing written) where the part count would change or the writer
     *         also writes lunr's whole index, which a patch does not make
     */
    public static Optional<Written> write(SearchIndexWriter writer, List<SearchSegment> segments, Map<Integer, SearchSegment> before,
                                         int partCount, SearchOutput out) throws IOException {
        if (writer.lunrExport() || writer.partCount(postings(segments)) != partCount) {
            return Optional.empty();
        }
        BitSet parts = new BitSet(partCount);
        before.forEach((n, old) -> changedParts(old.terms(), segments.get(n).terms(), partCount, parts));
        LunrIndexBuilder builder = new LunrIndexBuilder();
        SearchIndexWriter.Places places = new SearchIndexWriter.Places();
        LunrIndexBuilder.TermFilter inChangedParts = (hanKey, word) -> parts.get(Integer.remainderUnsigned(
                hanKey == LunrIndexBuilder.Segment.Field.WORD ? TermHash.fnv1a(word) : TermHash.fnv1a(hanKey), partCount));
        for (SearchSegment segment : segments) {
            builder.add(segment.terms(), inChangedParts);
            places.add(segment.card());
        }
        LunrIndex index = builder.build();
        SearchIndexWriter.Written files = new SearchIndexWriter.Written(out);
        Map<String, IndexStats.Size> sizes = new LinkedHashMap<>();
        sizes.put("search/meta.js", files.write("search/meta.js",
                SearchIndexWriter.script("meta", null, json -> places.writeMeta(index, partCount, json))));
        List<int[]> split = CompactParts.split(index, partCount);
        Map<Integer, Integer> partTerms = new HashMap<>();
        for (int p = parts.nextSetBit(0); p >= 0; p = parts.nextSetBit(p + 1)) {
            String path = "search/parts/" + p + ".js";
            sizes.put(path, files.write(path, SearchIndexWriter.partScript(index, p, split.get(p))));
            partTerms.put(p, split.get(p).length);
        }
        for (int n : new java.util.TreeSet<>(before.keySet())) {
            List<byte[]> docFiles = SearchIndexWriter.docFiles(n, segments.get(n));
            String card = "search/docs/" + n + ".js";
            sizes.put(card, files.write(card, docFiles.get(0)));
            for (int h = 1; h < docFiles.size(); h++) {
                String text = "search/text/" + n + "." + (h - 1) + ".js";
                sizes.put(text, files.write(text, docFiles.get(h)));
            }
        }
        return Optional.of(new Written(partCount, sizes, partTerms));
    }

    /** The files a document's card and text are written to (those it has among them). */
    public static List<String> documentFiles(int n) {
        List<String> paths = new ArrayList<>();
        paths.add("search/docs/" + n + ".js");
        for (int h = 0; h < TextChunks.HALVES; h++) {
            paths.add("search/text/" + n + "." + h + ".js");
        }
        return paths;
    }

    /** Entries of all postings, as {@link LunrIndex#postingCount()} counts them: one per term and field of each document. */
    private static long postings(List<SearchSegment> segments) {
        long count = 0;
        for (SearchSegment segment : segments) {
            for (LunrIndexBuilder.Segment.Field field : segment.terms().fields()) {
                count += field.terms().length;
            }
        }
        return count;
    }

    /** Marks the parts of the terms whose posting differs between the two versions of a document. */
    private static void changedParts(LunrIndexBuilder.Segment old, LunrIndexBuilder.Segment now, int partCount, BitSet parts) {
        for (int f = 0; f < Math.max(old.fields().size(), now.fields().size()); f++) {
            Map<String, Integer> was = postingsOf(old, f);
            Map<String, Integer> is = postingsOf(now, f);
            was.forEach((term, posting) -> {
                if (!posting.equals(is.get(term))) {
                    parts.set(TermHash.partOf(term, partCount));
                }
            });
            is.keySet().stream().filter(term -> !was.containsKey(term)).forEach(term -> parts.set(TermHash.partOf(term, partCount)));
        }
    }

    /** A field's terms, each with its count and half as the builder adds them. */
    private static Map<String, Integer> postingsOf(LunrIndexBuilder.Segment segment, int f) {
        Map<String, Integer> postings = new HashMap<>();
        if (f >= segment.fields().size()) {
            return postings;
        }
        LunrIndexBuilder.Segment.Field field = segment.fields().get(f);
        for (int i = 0; i < field.terms().length; i++) {
            long key = field.hanKeys()[i];
            String term = key == LunrIndexBuilder.Segment.Field.WORD ? field.terms()[i] : TermTable.text(key);
            postings.put(term, field.counts()[i] << 1 | (field.halves()[i] & 1));
        }
        return postings;
    }
}
