package org.qikan.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts terms the way {@code lunr.Builder} 2.3.9 does ({@link LunrIndex} then scores them as lunr
 * does): terms numbered in the order met, each document field's length and each term's frequency per
 * document field. The body and the notes are tokenized {@linkplain TextChunks chunk} by chunk (the
 * same terms as the whole field), noting for each term and document the half of the document's text
 * that first holds it in that field. Counts live in int arrays per term (no boxed counter per occurrence).
 */
public final class LunrIndexBuilder {
    private static final byte[] NO_HALVES = new byte[0];

    private final List<SearchField> fields = List.of(SearchField.values());
    private final TermTable hanTerms = new TermTable();
    private final Map<String, Integer> wordTerms = new HashMap<>();
    private final Counter counter = new Counter();
    private final List<String> terms = new ArrayList<>();
    private final List<IntList[]> postings = new ArrayList<>();
    private final List<IntList[]> frequencies = new ArrayList<>();
    private final List<ByteList[]> halves = new ArrayList<>();
    private final List<int[]> lengths = new ArrayList<>();
    /** The distinct terms of the field being counted. */
    private final IntList fieldTerms = new IntList();
    /** Per term: the last field (document * fields + field) counted, and its count there. */
    private int[] lastField = new int[1024];
    private int[] count = new int[1024];

    /** Adds a document, numbered in the order of adding, and returns its number. */
    public int add(SearchDocument document) {
        return add(document, TextChunks.of(document));
    }

    /** Adds a document whose text chunks ({@link TextChunks#of}) the caller has made already. */
    public int add(SearchDocument document, List<TextChunks.Chunk> chunks) {
        int docNumber = lengths.size();
        int[] fieldLengths = new int[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            TextChunks.Source source = fields.get(f).chunks();
            if (source != null) {
                fieldLengths[f] = countChunks(docNumber, f, source, chunks);
            } else {
                fieldLengths[f] = countTerms(docNumber, f, fields.get(f).textOf(document), -1);
                finishField(f);
            }
        }
        lengths.add(fieldLengths);
        return docNumber;
    }

    /** The index; the builder is spent (each term's growing lists are let go as they are copied, to keep memory flat). */
    public LunrIndex build() {
        List<int[][]> frozenPostings = new ArrayList<>(terms.size());
        List<int[][]> frozenFrequencies = new ArrayList<>(terms.size());
        List<byte[][]> frozenHalves = new ArrayList<>(terms.size());
        for (int t = 0; t < terms.size(); t++) {
            frozenPostings.add(Arrays.stream(postings.get(t)).map(IntList::toArray).toArray(int[][]::new));
            frozenFrequencies.add(Arrays.stream(frequencies.get(t)).map(IntList::toArray).toArray(int[][]::new));
            frozenHalves.add(Arrays.stream(halves.get(t)).map(h -> h == null ? NO_HALVES : h.toArray()).toArray(byte[][]::new));
            postings.set(t, null);
            frequencies.set(t, null);
            halves.set(t, null);
        }
        return new LunrIndex(fields, List.copyOf(terms), frozenPostings, frozenFrequencies, frozenHalves,
                lengths.toArray(int[][]::new));
    }

    /** Counts a chunked field (body or notes) chunk by chunk, each chunk's terms with its half. */
    private int countChunks(int docNumber, int field, TextChunks.Source source, List<TextChunks.Chunk> chunks) {
        int length = 0;
        for (TextChunks.Chunk chunk : chunks) {
            if (chunk.source() == source) {
                length += countTerms(docNumber, field, chunk.text(), chunk.half());
            }
        }
        finishField(field);
        return length;
    }

    /**
     * Counts the terms of a field's text (for the body and the notes, one chunk's, with its half; -1 elsewhere),
     * numbering new terms in the order met, and returns how many there were.
     */
    private int countTerms(int docNumber, int field, String text, int half) {
        counter.start(docNumber * fields.size() + field, docNumber, field, half);
        SearchTokenizer.indexTerms(text, counter);
        return counter.length;
    }

    /** Counts one field's terms as the tokenizer hands them over. */
    private final class Counter implements SearchTokenizer.TermSink {
        private int fieldKey;
        private int docNumber;
        private int field;
        private int half;
        private int length;

        void start(int fieldKey, int docNumber, int field, int half) {
            this.fieldKey = fieldKey;
            this.docNumber = docNumber;
            this.field = field;
            this.half = half;
            this.length = 0;
        }

        @Override
        public void han(int cp) {
            long key = TermTable.han(cp);
            int number = hanTerms.get(key);
            count(number >= 0 ? number : newHanTerm(key, Character.toString(cp)));
        }

        @Override
        public void pair(int first, int second) {
            long key = TermTable.pair(first, second);
            int number = hanTerms.get(key);
            count(number >= 0 ? number : newHanTerm(key, Character.toString(first) + Character.toString(second)));
        }

        @Override
        public void word(String term) {
            Integer known = wordTerms.get(term);
            count(known != null ? known : newWordTerm(term));
        }

        private void count(int number) {
            length++;
            if (lastField[number] != fieldKey) {
                lastField[number] = fieldKey;
                count[number] = 0;
                postings.get(number)[field].add(docNumber);
                fieldTerms.add(number);
                if (half >= 0) {
                    halves.get(number)[field].add((byte) half);
                }
            }
            count[number]++;
        }
    }

    private int newHanTerm(long key, String term) {
        int number = newTerm(term);
        hanTerms.put(key, number);
        return number;
    }

    private int newWordTerm(String term) {
        int number = newTerm(term);
        wordTerms.put(term, number);
        return number;
    }

    /** Notes the frequency of each term the field has in the document, in the order of its postings. */
    private void finishField(int field) {
        for (int i = 0; i < fieldTerms.size(); i++) {
            int number = fieldTerms.get(i);
            frequencies.get(number)[field].add(count[number]);
        }
        fieldTerms.clear();
    }

    private int newTerm(String term) {
        int number = terms.size();
        IntList[] byField = new IntList[fields.size()];
        Arrays.setAll(byField, f -> new IntList());
        postings.add(byField);
        IntList[] tfs = new IntList[fields.size()];
        Arrays.setAll(tfs, f -> new IntList());
        frequencies.add(tfs);
        ByteList[] byFieldHalves = new ByteList[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            byFieldHalves[f] = fields.get(f).chunks() == null ? null : new ByteList();
        }
        halves.add(byFieldHalves);
        terms.add(term);
        if (number == lastField.length) {
            lastField = Arrays.copyOf(lastField, number * 2);
            count = Arrays.copyOf(count, number * 2);
        }
        lastField[number] = -1;
        return number;
    }

    /** A growable list of bytes. */
    private static final class ByteList {
        private byte[] values = new byte[4];
        private int size;

        void add(byte value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        byte[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** A growable list of ints. */
    static final class IntList {
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

        int get(int i) {
            return values[i];
        }

        void clear() {
            size = 0;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
