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
 * that first holds it in that field. Counts live in int arrays per term (no boxed counter per occurrence):
 * per term and field one growing array of (document, count and half) pairs, made when the field first has
 * the term ({@link Postings}: one array of lists and one of their ends for all terms and fields, so that
 * adding a posting reads two arrays and the list, not a chain of objects). A builder that only
 * {@linkplain #segmentOf records} one document keeps no postings at all.
 */
public final class LunrIndexBuilder {
    private static final byte[] NO_HALVES = new byte[0];

    private final List<SearchField> fields = List.of(SearchField.values());
    private final TermTable hanTerms;
    private final Map<String, Integer> wordTerms = new HashMap<>();
    private final Counter counter = new Counter();
    private final List<String> terms = new ArrayList<>();
    /** Per term and field, the documents that have the term there; empty in a recording builder. */
    private final Postings postings = new Postings(SearchField.values().length);
    private final List<int[]> lengths = new ArrayList<>();
    /** The distinct terms of the field being counted. */
    private final IntList fieldTerms = new IntList();
    /** Per term: the last field (document * fields + field) counted, and its count there. */
    private int[] lastField = new int[1024];
    private int[] count = new int[1024];
    /** Per term: its key in {@link #hanTerms}, or {@link #WORD} for a word term; and the half of its first occurrence in the field counted. */
    private long[] hanKey = new long[1024];
    private byte[] firstHalf = new byte[1024];
    private static final long WORD = Long.MIN_VALUE;
    /** A segment's (term number, count and half) pairs of one field, sorted before they are added. */
    private long[] sortBuffer = new long[1024];
    /** Per term, where a filter is given: {@link #KEPT}, {@link #DROPPED} or 0 while not yet asked. */
    private byte[] keptTerms = new byte[1024];
    private static final byte KEPT = 1;
    private static final byte DROPPED = 2;
    /** Where {@link #segmentOf} notes what a document adds, field by field; null in an ordinary builder. */
    private List<Segment.Field> recording;

    public LunrIndexBuilder() {
        this(new TermTable(1 << 16));
    }

    private LunrIndexBuilder(TermTable hanTerms) {
        this.hanTerms = hanTerms;
    }

    /**
     * What one document adds to an index, independent of the other documents: per field its length and,
     * in the order they first occur there, its terms with their count and (body, notes) the half of the
     * document's text that first holds them. {@link #add(Segment)} gives an index exactly what
     * {@link #add(SearchDocument, List)} of the same document gives, without tokenizing again.
     */
    public record Segment(List<Field> fields) {
        public Segment {
            fields = List.copyOf(fields);
        }

        /**
         * One field: its length, and per term (first occurrence order) its Han key ({@link TermTable#han}, {@link TermTable#pair})
         * or {@link #WORD}, its text where it is a word (null for a Han term: its key gives its text, {@link TermTable#text}),
         * its count and half.
         */
        public record Field(int length, String[] terms, long[] hanKeys, int[] counts, byte[] halves) {
            /** The Han key of a word term. */
            public static final long WORD = LunrIndexBuilder.WORD;
        }
    }

    /** The segment of one document: tokenized here, added to any index with {@link #add(Segment)}. */
    public static Segment segmentOf(SearchDocument document, List<TextChunks.Chunk> chunks) {
        LunrIndexBuilder one = new LunrIndexBuilder(new TermTable(1 << 10));
        one.recording = new ArrayList<>();
        one.add(document, chunks);
        return new Segment(one.recording);
    }

    /** Adds a document from its segment, numbered in the order of adding, and returns its number. */
    public int add(Segment segment) {
        return add(segment, null);
    }

    /** Which terms a builder counts: by Han key, or by text for a word ({@code hanKey} then {@link Segment.Field#WORD}). */
    @FunctionalInterface
    interface TermFilter {
        boolean keeps(long hanKey, String word);
    }

    /**
     * Adds a document from its segment, counting only the terms {@code filter} keeps (all where null; a builder is given
     * one filter) and every field's whole length: the postings of those terms are then exactly a whole index's. A term
     * dropped is numbered, with no postings.
     */
    int add(Segment segment, TermFilter filter) {
        int docNumber = lengths.size();
        int[] fieldLengths = new int[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            Segment.Field field = segment.fields().get(f);
            fieldLengths[f] = field.length();
            int n = field.terms().length;
            long[] byNumber = sortBuffer(n);
            int kept = 0;
            for (int i = 0; i < n; i++) {
                long key = field.hanKeys()[i];
                int number;
                if (key == WORD) {
                    Integer known = wordTerms.get(field.terms()[i]);
                    number = known != null ? known : newWordTerm(field.terms()[i]);
                } else {
                    number = hanTerms.get(key);
                    number = number >= 0 ? number : newHanTerm(key, TermTable.text(key));
                }
                if (filter != null && !kept(number, key, field.terms()[i], filter)) {
                    continue;
                }
                byNumber[kept++] = (long) number << 32 | (field.counts()[i] << 1 | (field.halves()[i] & 1));
            }
            // in term order: the lists are then visited as they lie in memory, not at random
            Arrays.sort(byNumber, 0, kept);
            for (int i = 0; i < kept; i++) {
                postings.add((int) (byNumber[i] >>> 32), f, docNumber, (int) byNumber[i]);
            }
        }
        lengths.add(fieldLengths);
        return docNumber;
    }

    /**
     * Whether the filter keeps term {@code number}, asked once per term (a builder is given one filter): a term it drops
     * is numbered but has no postings.
     */
    private boolean kept(int number, long key, String word, TermFilter filter) {
        if (number >= keptTerms.length) {
            keptTerms = Arrays.copyOf(keptTerms, Math.max(number + 1, keptTerms.length * 2));
        }
        if (keptTerms[number] == 0) {
            keptTerms[number] = filter.keeps(key, word) ? KEPT : DROPPED;
        }
        return keptTerms[number] == KEPT;
    }

    private long[] sortBuffer(int n) {
        if (sortBuffer.length < n) {
            sortBuffer = new long[Math.max(n, sortBuffer.length * 2)];
        }
        return sortBuffer;
    }

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
            if (recording != null) {
                Segment.Field noted = recording.get(f);
                recording.set(f, new Segment.Field(fieldLengths[f], noted.terms(), noted.hanKeys(), noted.counts(), noted.halves()));
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
        int fieldCount = fields.size();
        for (int t = 0; t < terms.size(); t++) {
            int[][] docs = new int[fieldCount][];
            int[][] tfs = new int[fieldCount][];
            byte[][] firstHalves = new byte[fieldCount][];
            for (int f = 0; f < fieldCount; f++) {
                int n = postings.count(t, f);
                byte[] list = postings.release(t, f);
                boolean chunked = fields.get(f).chunks() != null;
                docs[f] = new int[n];
                tfs[f] = new int[n];
                firstHalves[f] = chunked ? new byte[n] : NO_HALVES;
                int doc = 0;
                int[] read = {0};
                for (int i = 0; i < n; i++) {
                    doc += Postings.next(list, read);
                    int countAndHalf = Postings.next(list, read);
                    docs[f][i] = doc;
                    tfs[f][i] = countAndHalf >>> 1;
                    if (chunked) {
                        firstHalves[f][i] = (byte) (countAndHalf & 1);
                    }
                }
            }
            frozenPostings.add(docs);
            frozenFrequencies.add(tfs);
            frozenHalves.add(firstHalves);
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
                fieldTerms.add(number);
                if (half >= 0) {
                    firstHalf[number] = (byte) half;
                }
            }
            count[number]++;
        }
    }

    private int newHanTerm(long key, String term) {
        int number = newTerm(term);
        hanTerms.put(key, number);
        hanKey[number] = key;
        return number;
    }

    private int newWordTerm(String term) {
        int number = newTerm(term);
        wordTerms.put(term, number);
        hanKey[number] = WORD;
        return number;
    }

    /** Notes the frequency of each term the field has in the document, in the order of its postings. */
    private void finishField(int field) {
        if (recording == null) {
            boolean chunked = fields.get(field).chunks() != null;
            for (int i = 0; i < fieldTerms.size(); i++) {
                int number = fieldTerms.get(i);
                postings.add(number, field, counter.docNumber, count[number] << 1 | (chunked ? firstHalf[number] & 1 : 0));
            }
        }
        if (recording != null) {
            int n = fieldTerms.size();
            String[] texts = new String[n];
            long[] keys = new long[n];
            int[] counts = new int[n];
            byte[] firstHalves = new byte[n];
            for (int i = 0; i < n; i++) {
                int number = fieldTerms.get(i);
                keys[i] = hanKey[number];
                texts[i] = keys[i] == WORD ? terms.get(number) : null;
                counts[i] = count[number];
                firstHalves[i] = firstHalf[number];
            }
            recording.add(new Segment.Field(0, texts, keys, counts, firstHalves));
        }
        fieldTerms.clear();
    }

    private int newTerm(String term) {
        int number = terms.size();
        if (recording == null) {
            postings.ensureTerms(number + 1);
        }
        terms.add(term);
        if (number == lastField.length) {
            lastField = Arrays.copyOf(lastField, number * 2);
            count = Arrays.copyOf(count, number * 2);
            hanKey = Arrays.copyOf(hanKey, number * 2);
            firstHalf = Arrays.copyOf(firstHalf, number * 2);
        }
        lastField[number] = -1;
        return number;
    }

    /**
     * The postings of every term in every field: for term {@code t} in field {@code f}, at slot {@code t * fields + f},
     * the documents that have it there, each as two numbers: the document's number (as the difference to the one
     * before), then its count there shifted left once with the half of its first occurrence (0 or 1) in the low bit,
     * both as variable-length bytes, seven bits a byte, lowest first (most take one byte each); and per slot
     * the bytes used, the number of documents and the last document. A slot's bytes are made when the field first
     * has the term. Flat arrays rather than an object per list: the builder adds postings to tens of thousands of
     * lists in turn, and each object on the way to a list is another read from memory.
     */
    private static final class Postings {
        private static final int STATE = 3;
        private final int fields;
        private byte[][] lists = new byte[0][];
        /** Per slot: bytes used, documents, last document. */
        private int[] state = new int[0];

        Postings(int fields) {
            this.fields = fields;
        }

        /** Makes room for {@code terms} terms. */
        void ensureTerms(int terms) {
            int slots = terms * fields;
            if (slots > lists.length) {
                int grown = Math.max(slots, Math.max(1024 * fields, lists.length + (lists.length >> 1)));
                lists = Arrays.copyOf(lists, grown);
                state = Arrays.copyOf(state, grown * STATE);
            }
        }

        void add(int term, int field, int doc, int countAndHalf) {
            int slot = term * fields + field;
            int at = slot * STATE;
            byte[] bytes = lists[slot];
            int size = state[at];
            if (bytes == null || size + 10 > bytes.length) { // room for two numbers of five bytes
                bytes = bytes == null ? new byte[16] : Arrays.copyOf(bytes, Math.max(size + 10, size < 64 ? size * 2 : size + (size >> 1)));
                lists[slot] = bytes;
            }
            size = write(bytes, size, doc - state[at + 2]);
            state[at] = write(bytes, size, countAndHalf);
            state[at + 1]++;
            state[at + 2] = doc;
        }

        private static int write(byte[] bytes, int size, int value) {
            while ((value & ~0x7F) != 0) {
                bytes[size++] = (byte) (value & 0x7F | 0x80);
                value >>>= 7;
            }
            bytes[size++] = (byte) value;
            return size;
        }

        /** How many documents have the term in the field. */
        int count(int term, int field) {
            return state[(term * fields + field) * STATE + 1];
        }

        /** The term's bytes in the field (null where it has none there), let go here: read once, when the index is built. */
        byte[] release(int term, int field) {
            int slot = term * fields + field;
            byte[] bytes = lists[slot];
            lists[slot] = null;
            return bytes;
        }

        /** The number at {@code read[0]} in {@code bytes}; moves {@code read[0]} past it. */
        static int next(byte[] bytes, int[] read) {
            int value = 0;
            int shift = 0;
            int at = read[0];
            byte b;
            do {
                b = bytes[at++];
                value |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            read[0] = at;
            return value;
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
