package org.qikan.index;

import java.util.List;

/**
 * An index as lunr.js 2.3.9 holds it, before serialization: terms numbered in the order lunr's
 * builder meets them ({@code _index}), each term's postings by field, and each document field's
 * vector of BM25 weights (times the field boost) rounded to thousandths as lunr rounds them.
 * Documents are numbered from 0 in the order given; the number is the lunr ref.
 *
 * @param terms    the terms, by their {@code _index}
 * @param postings {@code postings.get(term)[field]}: the documents having the term in the field, ascending
 * @param vectors  {@code vectors[document][field]}: the field's vector
 * @param firstChunks {@code firstChunks.get(term)}: pairs (document, chunk), documents ascending, of the first
 *                 {@linkplain TextChunks text chunk} of each document holding the term (not lunr's; for snippets)
 */
public record LunrIndex(List<SearchField> fields, List<String> terms, List<int[][]> postings, FieldVector[][] vectors,
                        List<int[]> firstChunks) {

    public static final String LUNR_VERSION = "2.3.9";

    public int documentCount() {
        return vectors.length;
    }

    public int termCount() {
        return terms.size();
    }

    /** Entries of all postings: one per term, field and document. */
    public long postingCount() {
        long count = 0;
        for (int[][] byField : postings) {
            for (int[] docs : byField) {
                count += docs.length;
            }
        }
        return count;
    }

    /**
     * A document field's vector: term numbers ascending, each with its weight in thousandths
     * (lunr stores {@code Math.round(score * 1000) / 1000}).
     */
    public record FieldVector(int[] terms, long[] weights) {
        public static final FieldVector EMPTY = new FieldVector(new int[0], new long[0]);

        public int size() {
            return terms.length;
        }
    }
}
