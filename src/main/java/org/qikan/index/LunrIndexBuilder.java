package org.qikan.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link LunrIndex} the way {@code lunr.Builder} 2.3.9 does: BM25 with k1 = 1.2 and b = 0.75,
 * lunr's idf ({@code log(1 + |(N - n + 0.5) / (n + 0.5)|)}, where n counts a document once for each
 * field holding the term), field lengths averaged over all documents, the field boost multiplied in,
 * and every weight rounded to thousandths. The arithmetic runs in the same order as lunr's and uses
 * {@link StrictMath#log} (fdlibm, as V8's {@code Math.log}), so the weights are the same numbers.
 * The abstracts and the body are tokenized {@linkplain TextChunks chunk} by chunk (the same terms as
 * the whole field), noting for each term the first chunk of each document that holds it.
 */
public final class LunrIndexBuilder {
    static final double K1 = 1.2;
    static final double B = 0.75;

    private final List<SearchField> fields = List.of(SearchField.values());
    private final Map<String, Integer> termNumbers = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    private final List<IntList[]> postings = new ArrayList<>();
    private final List<IntList> chunks = new ArrayList<>();
    private final List<FieldTerms[]> documents = new ArrayList<>();
    /** Per term: the last field (document * fields + field) and the last document counted, and the count. */
    private int[] lastField = new int[1024];
    private int[] lastDocument = new int[1024];
    private int[] count = new int[1024];

    /** Adds a document, numbered in the order of adding, and returns its number. */
    public int add(SearchDocument document) {
        int docNumber = documents.size();
        FieldTerms[] byField = new FieldTerms[fields.size()];
        List<TextChunks.Chunk> textChunks = TextChunks.of(document);
        for (int f = 0; f < fields.size(); f++) {
            SearchField field = fields.get(f);
            TextChunks.Source source = switch (field) {
                case ABSTRACT_ZH -> TextChunks.Source.ABSTRACT_ZH;
                case ABSTRACT_EN -> TextChunks.Source.ABSTRACT_EN;
                case BODY -> TextChunks.Source.BODY;
                case NOTES -> TextChunks.Source.NOTES;
                default -> null;
            };
            if (source == null) {
                byField[f] = countTerms(docNumber, f, List.of(SearchTokenizer.indexTerms(field.textOf(document))), -1);
            } else {
                List<List<String>> pieces = new ArrayList<>();
                int first = -1;
                for (int c = 0; c < textChunks.size(); c++) {
                    if (textChunks.get(c).source() == source) {
                        first = first < 0 ? c : first;
                        pieces.add(SearchTokenizer.indexTerms(textChunks.get(c).text()));
                    }
                }
                byField[f] = countTerms(docNumber, f, pieces, first);
            }
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
        List<int[]> firstChunks = chunks.stream().map(IntList::toArray).toList();
        return new LunrIndex(fields, List.copyOf(terms), frozenPostings, vectors, firstChunks);
    }

    /**
     * Counts a field's terms, given as the term lists of its consecutive chunks (numbered from
     * firstChunk; -1 for a field not cut into chunks), numbering new terms in the order met.
     */
    private FieldTerms countTerms(int docNumber, int field, List<List<String>> pieces, int firstChunk) {
        int fieldKey = docNumber * fields.size() + field;
        int length = 0;
        IntList distinct = new IntList();
        for (int c = 0; c < pieces.size(); c++) {
            List<String> fieldTerms = pieces.get(c);
            length += fieldTerms.size();
            for (String term : fieldTerms) {
                Integer known = termNumbers.get(term);
                int number = known != null ? known : newTerm(term);
                if (lastField[number] != fieldKey) {
                    lastField[number] = fieldKey;
                    count[number] = 0;
                    distinct.add(number);
                    postings.get(number)[field].add(docNumber);
                }
                count[number]++;
                if (firstChunk >= 0 && lastDocument[number] != docNumber) {
                    lastDocument[number] = docNumber;
                    chunks.get(number).add(docNumber);
                    chunks.get(number).add(firstChunk + c);
                }
            }
        }
        int[] numbers = distinct.toArray();
        int[] counts = new int[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            counts[i] = count[numbers[i]];
        }
        return new FieldTerms(length, numbers, counts);
    }

    private int newTerm(String term) {
        int number = terms.size();
        termNumbers.put(term, number);
        IntList[] byField = new IntList[fields.size()];
        Arrays.setAll(byField, f -> new IntList());
        postings.add(byField);
        chunks.add(new IntList());
        terms.add(term);
        if (number == lastField.length) {
            lastField = Arrays.copyOf(lastField, number * 2);
            lastDocument = Arrays.copyOf(lastDocument, number * 2);
            count = Arrays.copyOf(count, number * 2);
        }
        lastField[number] = -1;
        lastDocument[number] = -1;
        return number;
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
        int n = field.terms().length;
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = ((long) field.terms()[i] << 32) | i;
        }
        Arrays.sort(order);
        int[] termNumbers = new int[n];
        long[] weights = new long[n];
        double boost = fields.get(f).boost();
        for (int i = 0; i < n; i++) {
            int position = (int) order[i];
            int term = field.terms()[position];
            double tf = field.counts()[position];
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

    /** A document field's length in terms, its distinct term numbers and how often each occurs. */
    private record FieldTerms(int length, int[] terms, int[] counts) {
    }

    /** A growable list of ints. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
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
