package org.qikan.index;

import java.util.ArrayList;
import java.util.List;

/**
 * The index split by {@link TermHash} into parts, each written compactly: what lunr's builder counts,
 * not the weights it derives. A part lists its terms (ordered by text, as lunr serializes them) and
 * one string of {@link Varints}, for each term in turn:
 * <pre>
 * fields         a bit per field (SearchField order) holding the term
 * for each such field:
 *   count        documents in the field's postings
 *   count times: gap · 2 + (tf &gt; 1)            (body, notes: gap · 4 + half · 2 + (tf &gt; 1))
 *                then tf − 2 where tf &gt; 1
 * </pre>
 * where gap is the document number for the first document and the step from the previous one, less
 * one, after it; tf the term's frequency in the field; half the {@linkplain TextChunks half} of the
 * document's text first holding it in that field (for the fields cut into chunks, {@link SearchField#chunks}). With every document field's length (in {@code meta.js}) that is all lunr
 * needs: {@code expandParts} in {@code search-core.js} scores the terms as {@code lunr.Builder} does
 * and hands {@code lunr.Index.load} its serialized form. Since lunr scores a field as
 * query·vector / |query| and only the query's terms enter the dot product, the parts a query's terms
 * fall in score every document exactly as the whole index does.
 */
public final class CompactParts {
    private CompactParts() {
    }

    /** The term numbers of each part, each part's ordered by term text. */
    public static List<int[]> split(LunrIndex index, int partCount) {
        int[] sizes = new int[partCount];
        int[] partOfTerm = new int[index.termCount()];
        for (int t = 0; t < index.termCount(); t++) {
            partOfTerm[t] = TermHash.partOf(index.terms().get(t), partCount);
            sizes[partOfTerm[t]]++;
        }
        List<int[]> parts = new ArrayList<>(partCount);
        for (int p = 0; p < partCount; p++) {
            parts.add(new int[sizes[p]]);
        }
        int[] filled = new int[partCount];
        for (int t : index.termsInOrder()) {
            parts.get(partOfTerm[t])[filled[partOfTerm[t]]++] = t;
        }
        return parts;
    }

    /** The postings string of a part's terms. */
    public static String postings(LunrIndex index, int[] terms) {
        StringBuilder out = new StringBuilder();
        for (int term : terms) {
            int[][] docs = index.postings().get(term);
            int[][] tfs = index.frequencies().get(term);
            int mask = 0;
            for (int f = 0; f < docs.length; f++) {
                mask |= docs[f].length > 0 ? 1 << f : 0;
            }
            Varints.append(out, mask);
            for (int f = 0; f < docs.length; f++) {
                if (docs[f].length > 0) {
                    appendField(out, docs[f], tfs[f], index.fields().get(f).chunks() != null ? index.halves().get(term)[f] : null);
                }
            }
        }
        return out.toString();
    }

    private static void appendField(StringBuilder out, int[] docs, int[] tfs, byte[] halves) {
        Varints.append(out, docs.length);
        int previous = -1;
        for (int i = 0; i < docs.length; i++) {
            long gap = docs[i] - previous - 1L;
            previous = docs[i];
            long flags = tfs[i] > 1 ? 1 : 0;
            long entry = halves == null ? gap << 1 | flags : gap << 2 | (long) halves[i] << 1 | flags;
            Varints.append(out, entry);
            if (tfs[i] > 1) {
                Varints.append(out, tfs[i] - 2L);
            }
        }
    }

    /** Every document's field lengths, document by document, fields in {@link SearchField} order. */
    public static String fieldLengths(LunrIndex index) {
        StringBuilder out = new StringBuilder();
        for (int[] doc : index.fieldLengths()) {
            for (int length : doc) {
                Varints.append(out, length);
            }
        }
        return out.toString();
    }
}
