package org.qikan.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link LunrIndex} the way {@code lunr.Builder} 2.3.9 does: BM25 with k1 = 1.2 and b = 0.75,
 * lunr's idf ({@code log(1 + |(N - n + 0.5) / (n + 0.5)|)}, where n counts a document once for each
 * field holding the term), field lengths averaged over all documents, the field boost multiplied in,
 * and every weight rounded to thousandths. The arithmetic runs in the same order as lunr's and uses
 * {@link StrictMath#log} (fdlibm, as V8's {@code Math.log}), so the weights are the same numbers.
 */
public final class LunrIndexBuilder {
    static final double K1 = 1.2;
    static final double B = 0.75;

    private final List<SearchField> fields = List.of(SearchField.values());
    private final Map<String, Integer> termNumbers = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    private final List<IntList[]> postings = new ArrayList<>();
    private final List<FieldTerms[]> documents = new ArrayList<>();

    /** Adds a document, numbered in the order of adding, and returns its number. */
    public int add(SearchDocument document) {
        int docNumber = documents.size();
        FieldTerms[] byField = new FieldTerms[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            byField[f] = countTerms(docNumber, f, SearchTokenizer.indexTerms(fields.get(f).textOf(document)));
        }
        documents.add(byField);
        return docNumber;
    }

    public LunrIndex build() {
        double[] averageLengths = averageFieldLengths();
        double[] idf = new double[terms.size()];
        Arrays.fill(idf, Double.NaN);
        LunrIndex.FieldVector[][] vectors = new LunrIndex.FieldVector[documents.size()][fields.size()];
        for (int d = 0; d < documents.size(); d++) {
            for (int f = 0; f < fields.size(); f++) {
                vectors[d][f] = vector(documents.get(d)[f], f, averageLengths[f], idf);
            }
        }
        List<int[][]> frozenPostings = postings.stream()
                .map(byField -> Arrays.stream(byField).map(IntList::toArray).toArray(int[][]::new))
                .toList();
        return new LunrIndex(fields, List.copyOf(terms), frozenPostings, vectors);
    }

    private FieldTerms countTerms(int docNumber, int field, List<String> fieldTerms) {
        LinkedHashMap<Integer, Integer> frequencies = new LinkedHashMap<>();
        for (String term : fieldTerms) {
            int number = termNumbers.computeIfAbsent(term, this::newTerm);
            frequencies.merge(number, 1, Integer::sum);
            postings.get(number)[field].addIfLast(docNumber);
        }
        int[] numbers = frequencies.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] counts = frequencies.values().stream().mapToInt(Integer::intValue).toArray();
        return new FieldTerms(fieldTerms.size(), numbers, counts);
    }

    private int newTerm(String term) {
        IntList[] byField = new IntList[fields.size()];
        Arrays.setAll(byField, f -> new IntList());
        postings.add(byField);
        terms.add(term);
        return terms.size() - 1;
    }

    private double[] averageFieldLengths() {
        double[] averages = new double[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            double total = 0;
            for (FieldTerms[] doc : documents) {
                total += doc[f].length();
            }
            averages[f] = total / documents.size();
        }
        return averages;
    }

    private LunrIndex.FieldVector vector(FieldTerms field, int f, double averageLength, double[] idfCache) {
        int[] order = sortedPositions(field.terms());
        int[] termNumbers = new int[order.length];
        long[] weights = new long[order.length];
        double boost = fields.get(f).boost();
        for (int i = 0; i < order.length; i++) {
            int term = field.terms()[order[i]];
            double tf = field.counts()[order[i]];
            if (Double.isNaN(idfCache[term])) {
                idfCache[term] = idf(term);
            }
            double score = idfCache[term] * ((K1 + 1) * tf)
                    / (K1 * (1 - B + B * (field.length() / averageLength)) + tf);
            score *= boost;
            termNumbers[i] = term;
            weights[i] = Math.round(score * 1000);
        }
        return new LunrIndex.FieldVector(termNumbers, weights);
    }

    private double idf(int term) {
        int documentsWithTerm = 0;
        for (IntList docs : postings.get(term)) {
            documentsWithTerm += docs.size();
        }
        double x = (documents.size() - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return StrictMath.log(1 + Math.abs(x));
    }

    private static int[] sortedPositions(int[] values) {
        return java.util.stream.IntStream.range(0, values.length).boxed()
                .sorted((a, b) -> Integer.compare(values[a], values[b]))
                .mapToInt(Integer::intValue).toArray();
    }

    /** A document field's length in terms, its distinct term numbers and how often each occurs. */
    private record FieldTerms(int length, int[] terms, int[] counts) {
    }

    /** A growable list of document numbers, each added once. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void addIfLast(int value) {
            if (size > 0 && values[size - 1] == value) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
