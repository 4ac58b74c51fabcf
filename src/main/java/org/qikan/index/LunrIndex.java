package org.qikan.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An index as lunr.js 2.3.9's builder holds it before scoring: terms numbered in the order the
 * builder meets them ({@code _index}), each term's postings by field with the term's frequency in
 * each document field, and every document field's length in terms. Documents are numbered from 0
 * in the order given; the number is the lunr ref. {@link #vectors()} scores it as
 * {@code lunr.Builder#createFieldVectors} does (the browser does the same from the compact parts).
 *
 * @param terms       the terms, by their {@code _index}
 * @param postings    {@code postings.get(term)[field]}: the documents having the term in the field, ascending
 * @param frequencies {@code frequencies.get(term)[field][i]}: how often the term occurs in that field of document {@code postings.get(term)[field][i]}
 * @param halves      {@code halves.get(term)[field][i]}: for a field cut into chunks ({@link SearchField#chunks}: body,
 *                    notes), the {@linkplain TextChunks half} of the document's text that first holds the term in that
 *                    field, for the i-th document of the field's postings (not lunr's; for snippets); empty for other fields
 * @param fieldLengths {@code fieldLengths[document][field]}: the field's length in terms
 */
public record LunrIndex(List<SearchField> fields, List<String> terms, List<int[][]> postings, List<int[][]> frequencies,
                        List<byte[][]> halves, int[][] fieldLengths) {

    public static final String LUNR_VERSION = "2.3.9";
    static final double K1 = 1.2;
    static final double B = 0.75;

    public int documentCount() {
        return fieldLengths.length;
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

    /** Each field's length summed over all documents, in document order, over the number of documents: lunr's average. */
    public double[] averageFieldLengths() {
        double[] averages = new double[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            double total = 0;
            for (int[] doc : fieldLengths) {
                total += doc[f];
            }
            averages[f] = total / documentCount();
        }
        return averages;
    }

    /**
     * The document field vectors as lunr builds them: BM25 with k1 = 1.2, b = 0.75, lunr's idf
     * ({@code log(1 + |(N - n + 0.5) / (n + 0.5)|)}, n counting a document once per field holding the
     * term), the field boost multiplied in, rounded to thousandths. The arithmetic runs in lunr's order
     * with {@link StrictMath#log} (fdlibm, as V8's {@code Math.log}), so the weights are the same numbers.
     * {@code vectors()[document][field]}, term numbers ascending.
     */
    public FieldVector[][] vectors() {
        double[] averages = averageFieldLengths();
        int fieldCount = fields.size();
        int[][] sizes = new int[documentCount()][fieldCount];
        for (int[][] byField : postings) {
            for (int f = 0; f < fieldCount; f++) {
                for (int doc : byField[f]) {
                    sizes[doc][f]++;
                }
            }
        }
        int[][][] termsOf = new int[documentCount()][fieldCount][];
        long[][][] weightsOf = new long[documentCount()][fieldCount][];
        for (int d = 0; d < documentCount(); d++) {
            for (int f = 0; f < fieldCount; f++) {
                termsOf[d][f] = new int[sizes[d][f]];
                weightsOf[d][f] = new long[sizes[d][f]];
            }
        }
        int[][] filled = new int[documentCount()][fieldCount];
        for (int t = 0; t < termCount(); t++) {
            double idf = idf(t);
            for (int f = 0; f < fieldCount; f++) {
                int[] docs = postings.get(t)[f];
                int[] tfs = frequencies.get(t)[f];
                double boost = fields.get(f).boost();
                for (int i = 0; i < docs.length; i++) {
                    int d = docs[i];
                    double tf = tfs[i];
                    double score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (fieldLengths[d][f] / averages[f])) + tf);
                    score *= boost;
                    termsOf[d][f][filled[d][f]] = t;
                    weightsOf[d][f][filled[d][f]++] = Math.round(score * 1000);
                }
            }
        }
        FieldVector[][] vectors = new FieldVector[documentCount()][fieldCount];
        for (int d = 0; d < documentCount(); d++) {
            for (int f = 0; f < fieldCount; f++) {
                vectors[d][f] = new FieldVector(termsOf[d][f], weightsOf[d][f]);
            }
        }
        return vectors;
    }

    private double idf(int term) {
        int documentsWithTerm = 0;
        for (int[] docs : postings.get(term)) {
            documentsWithTerm += docs.length;
        }
        double x = (documentCount() - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return StrictMath.log(1 + Math.abs(x));
    }

    /** The term numbers ordered by term text, as lunr serializes its inverted index. */
    public int[] termsInOrder() {
        List<Integer> order = new ArrayList<>(termCount());
        for (int t = 0; t < termCount(); t++) {
            order.add(t);
        }
        order.sort((a, b) -> terms.get(a).compareTo(terms.get(b)));
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * A document field's vector: term numbers ascending, each with its weight in thousandths
     * (lunr stores {@code Math.round(score * 1000) / 1000}).
     */
    public record FieldVector(int[] terms, long[] weights) {
        public int size() {
            return terms.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FieldVector v && Arrays.equals(terms, v.terms) && Arrays.equals(weights, v.weights);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(terms) * 31 + Arrays.hashCode(weights);
        }
    }
}
