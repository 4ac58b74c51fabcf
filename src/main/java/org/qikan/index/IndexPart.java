package org.qikan.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The terms of an index that one part holds, with just those terms' entries of the document
 * vectors. A part is a complete lunr index on its own; since lunr scores a document field as
 * query·vector / |query| and only the query's terms enter the dot product, the parts a query's terms
 * fall in, merged, score every document exactly as the whole index does.
 * <p>
 * A part of a split index numbers its terms ({@code _index}, the vector element indexes) from 0 in
 * the order it lists them, which keeps the numbers short; the browser offsets each part's numbers
 * when it merges parts ({@code mergeParts} in {@code search-core.js}), which changes no score, as
 * only the pairing of a term's query and document entries counts. The whole index keeps lunr's
 * numbering (the order lunr's builder meets the terms).
 */
public final class IndexPart {
    private final int number;
    private final int[] termNumbers;
    private final boolean localNumbers;
    private final Weights weights;

    private IndexPart(int number, int[] termNumbers, boolean localNumbers, Weights weights) {
        this.number = number;
        this.termNumbers = termNumbers;
        this.localNumbers = localNumbers;
        this.weights = weights;
    }

    /** A document field's vector restricted to the part's terms: the terms' written numbers, ascending, and weights in thousandths. */
    public record PartVector(int document, int field, int[] terms, long[] weights) {
    }

    public int number() {
        return number;
    }

    /** The part's terms ({@code _index} numbers of the whole index), ordered by term text as lunr serializes them. */
    public int[] termNumbers() {
        return termNumbers;
    }

    /** The {@code _index} this part writes for its term at the given position. */
    public int writtenIndex(int position) {
        return localNumbers ? position : termNumbers[position];
    }

    /** The whole index as a single part, with lunr's own term numbers. */
    public static IndexPart whole(LunrIndex index) {
        int[] sorted = IntStream.range(0, index.termCount()).boxed()
                .sorted(Comparator.comparing(index.terms()::get)).mapToInt(Integer::intValue).toArray();
        return new IndexPart(0, sorted, false, new Weights(index));
    }

    /** Splits an index into {@code partCount} parts by {@link TermHash}; a part may be empty. */
    public static List<IndexPart> split(LunrIndex index, int partCount) {
        int[] partOfTerm = IntStream.range(0, index.termCount())
                .map(t -> TermHash.partOf(index.terms().get(t), partCount)).toArray();
        int[] sizes = new int[partCount];
        for (int part : partOfTerm) {
            sizes[part]++;
        }
        int[][] termsOfPart = new int[partCount][];
        for (int p = 0; p < partCount; p++) {
            termsOfPart[p] = new int[sizes[p]];
        }
        int[] filled = new int[partCount];
        IntStream.range(0, index.termCount()).boxed()
                .sorted(Comparator.comparing(index.terms()::get))
                .forEach(t -> termsOfPart[partOfTerm[t]][filled[partOfTerm[t]]++] = t);
        Weights weights = new Weights(index);
        List<IndexPart> parts = new ArrayList<>(partCount);
        for (int p = 0; p < partCount; p++) {
            parts.add(new IndexPart(p, termsOfPart[p], true, weights));
        }
        return parts;
    }

    /**
     * The non-empty restrictions of the document field vectors to the part's terms, by document then
     * field, each with its terms' written numbers ascending. Computed on each call from the postings.
     */
    public List<PartVector> vectors() {
        int fieldCount = weights.fieldCount;
        int entries = 0;
        for (int term : termNumbers) {
            for (int f = 0; f < fieldCount; f++) {
                entries += weights.postings.get(term)[f].length;
            }
        }
        // document (27 bits) | field (5 bits) | written number (32 bits): sorting orders as lunr's vectors
        long[] keys = new long[entries];
        long[] values = new long[entries];
        int k = 0;
        for (int position = 0; position < termNumbers.length; position++) {
            int term = termNumbers[position];
            long written = writtenIndex(position);
            for (int f = 0; f < fieldCount; f++) {
                int[] docs = weights.postings.get(term)[f];
                for (int j = 0; j < docs.length; j++) {
                    keys[k++] = ((long) docs[j] << 37) | ((long) f << 32) | written;
                }
            }
        }
        Arrays.sort(keys);
        for (int i = 0; i < entries; i++) {
            int written = (int) keys[i];
            int term = localNumbers ? termNumbers[written] : written;
            int f = (int) (keys[i] >>> 32) & 31;
            int doc = (int) (keys[i] >>> 37);
            values[i] = weights.of(term, f, doc);
        }
        List<PartVector> vectors = new ArrayList<>();
        int start = 0;
        while (start < entries) {
            long group = keys[start] >>> 32;
            int end = start;
            while (end < entries && keys[end] >>> 32 == group) {
                end++;
            }
            int[] terms = new int[end - start];
            for (int i = start; i < end; i++) {
                terms[i - start] = (int) keys[i];
            }
            vectors.add(new PartVector((int) (group >>> 5), (int) (group & 31), terms, Arrays.copyOfRange(values, start, end)));
            start = end;
        }
        return vectors;
    }

    /** Each term's weights by field, in the order of its postings: the document vectors turned around. */
    private static final class Weights {
        final int fieldCount;
        final List<int[][]> postings;
        final int[][][] byTerm;

        Weights(LunrIndex index) {
            fieldCount = index.fields().size();
            postings = index.postings();
            byTerm = new int[index.termCount()][fieldCount][];
            int[][] filled = new int[index.termCount()][fieldCount];
            for (int t = 0; t < index.termCount(); t++) {
                for (int f = 0; f < fieldCount; f++) {
                    byTerm[t][f] = new int[postings.get(t)[f].length];
                }
            }
            LunrIndex.FieldVector[][] vectors = index.vectors();
            for (LunrIndex.FieldVector[] doc : vectors) {
                for (int f = 0; f < doc.length; f++) {
                    LunrIndex.FieldVector vector = doc[f];
                    for (int i = 0; i < vector.size(); i++) {
                        int t = vector.terms()[i];
                        byTerm[t][f][filled[t][f]++] = Math.toIntExact(vector.weights()[i]);
                    }
                }
            }
        }

        /** Documents are added in ascending order, so a term's weights line up with its postings. */
        long of(int term, int field, int doc) {
            int j = Arrays.binarySearch(postings.get(term)[field], doc);
            return byTerm[term][field][j];
        }
    }
}
