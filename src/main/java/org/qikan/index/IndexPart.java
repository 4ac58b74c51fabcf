package org.qikan.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The terms of an index that one part holds, with just those terms' entries of the document
 * vectors. A part is a complete lunr index on its own; since lunr scores a document field as
 * query·vector / |query| and only the query's terms enter the dot product, the parts a query's terms
 * fall in, merged, score every document exactly as the whole index does.
 *
 * @param termNumbers the part's terms ({@code _index} numbers), ordered by term text as lunr serializes them
 * @param vectors     the non-empty restrictions of the document field vectors, by document then field
 */
public record IndexPart(int number, int[] termNumbers, List<PartVector> vectors) {

    /** A document field's vector restricted to the part's terms. */
    public record PartVector(int document, int field, int[] terms, long[] weights) {
    }

    /** The whole index as a single part. */
    public static IndexPart whole(LunrIndex index) {
        return split(index, 1).get(0);
    }

    /** Splits an index into {@code partCount} parts by {@link TermHash}; a part may be empty. */
    public static List<IndexPart> split(LunrIndex index, int partCount) {
        int[] partOfTerm = IntStream.range(0, index.termCount())
                .map(t -> TermHash.partOf(index.terms().get(t), partCount)).toArray();
        List<List<PartVector>> vectors = new ArrayList<>();
        for (int p = 0; p < partCount; p++) {
            vectors.add(new ArrayList<>());
        }
        LunrIndex.FieldVector[][] all = index.vectors();
        for (int d = 0; d < all.length; d++) {
            for (int f = 0; f < all[d].length; f++) {
                distribute(d, f, all[d][f], partOfTerm, vectors);
            }
        }
        List<List<Integer>> termsOfPart = new ArrayList<>();
        for (int p = 0; p < partCount; p++) {
            termsOfPart.add(new ArrayList<>());
        }
        IntStream.range(0, index.termCount()).boxed()
                .sorted(Comparator.comparing(index.terms()::get))
                .forEach(t -> termsOfPart.get(partOfTerm[t]).add(t));
        List<IndexPart> parts = new ArrayList<>(partCount);
        for (int p = 0; p < partCount; p++) {
            int[] terms = termsOfPart.get(p).stream().mapToInt(Integer::intValue).toArray();
            parts.add(new IndexPart(p, terms, List.copyOf(vectors.get(p))));
        }
        return parts;
    }

    /** Cuts one vector into the parts its terms fall in, keeping the term order within each. */
    private static void distribute(int doc, int field, LunrIndex.FieldVector vector, int[] partOfTerm,
                                   List<List<PartVector>> vectors) {
        java.util.TreeMap<Integer, List<Integer>> positionsByPart = new java.util.TreeMap<>();
        for (int i = 0; i < vector.size(); i++) {
            positionsByPart.computeIfAbsent(partOfTerm[vector.terms()[i]], p -> new ArrayList<>()).add(i);
        }
        positionsByPart.forEach((part, positions) -> {
            int[] terms = positions.stream().mapToInt(i -> vector.terms()[i]).toArray();
            long[] weights = positions.stream().mapToLong(i -> vector.weights()[i]).toArray();
            vectors.get(part).add(new PartVector(doc, field, terms, weights));
        });
    }
}
