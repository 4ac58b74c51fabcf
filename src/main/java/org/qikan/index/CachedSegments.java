package org.qikan.index;

import org.qikan.fingerprint.Fingerprint;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.qikan.content.Bilingual;
import org.qikan.content.BilingualList;
import org.qikan.published.DisplayText;
import org.qikan.published.PublishedArticle;

/**
 * The search segments of published articles ({@link SearchSegment}), taken back from an earlier build
 * where the article as the index reads it is unchanged, made otherwise. The key is the fingerprint of
 * {@code settings} (qikan's code) and of everything {@link SearchDocuments#from(PublishedArticle)}
 * reads: the journal's slug and name, the issue's label and year, the article as loaded, its page
 * paths, its body's stretches' anchors and headings, and the key of the rendered body their HTML and the notes come from. Earlier segments come from memory (a preview server keeps
 * them between builds) or from a {@link Store}; {@link #encode}/{@link #decode} are the bytes a store keeps.
 * Safe to use from several threads.
 */
public final class CachedSegments {
    private static final int FORMAT = 2;
    private final String settings;
    private final Map<String, SearchSegment> memory;
    private final Store store;
    private final boolean keep;
    private final Map<String, SearchSegment> used = new ConcurrentHashMap<>();
    private final java.util.Set<String> keys = ConcurrentHashMap.newKeySet();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger made = new AtomicInteger();

    /** Where segments of earlier builds are kept, by key. */
    @FunctionalInterface
    public interface Store {
        Store NONE = key -> Optional.empty();

        Optional<SearchSegment> load(String key);

        /** A segment this build made: the store may keep it at once, rather than after the build. */
        default void made(String key, SearchSegment segment) throws IOException {
        }
    }

    /**
     * @param settings what besides the article the segments depend on (qikan's code)
     * @param memory   segments kept in memory from an earlier build, looked in first
     * @param store    segments kept on disk, looked in next
     * @param keep     whether {@link #used} is to hold this build's segments (for the next build in this
     *                 process); without it only their keys are held, and new segments go to the store as made
     */
    public CachedSegments(String settings, Map<String, SearchSegment> memory, Store store, boolean keep) {
        this.settings = settings;
        this.memory = memory;
        this.store = store;
        this.keep = keep;
    }

    /** A segment with its key. */
    public record Keyed(String key, SearchSegment segment) {
    }

    /** The segment of a published article. */
    public SearchSegment of(PublishedArticle article) throws IOException {
        return keyed(article).segment();
    }

    /** The segment of a published article, with its key. */
    public Keyed keyed(PublishedArticle article) throws IOException {
        String key = key(article);
        SearchSegment segment = load(key).orElse(null);
        if (segment != null) {
            reused.incrementAndGet();
        } else {
            segment = SearchSegment.of(SearchDocuments.from(article));
            made.incrementAndGet();
            if (!keep) {
                store.made(key, segment);
            }
        }
        keys.add(key);
        if (keep) {
            used.put(key, segment);
        }
        return new Keyed(key, segment);
    }

    /**
     * The segment of this key, where this build used it ({@link #keyed} gave it), an earlier build in this process kept
     * it or the store has it; nothing else.
     */
    public Optional<SearchSegment> load(String key) {
        SearchSegment segment = used.get(key);
        if (segment == null) {
            segment = memory.get(key);
        }
        return segment != null ? Optional.of(segment) : store.load(key);
    }

    /** The segments of this build, by key (empty unless kept). */
    public Map<String, SearchSegment> used() {
        return Map.copyOf(used);
    }

    /** The keys of this build's segments. */
    public java.util.Set<String> keys() {
        return java.util.Set.copyOf(keys);
    }

    public int reused() {
        return reused.get();
    }

    public int made() {
        return made.get();
    }

    String key(PublishedArticle article) {
        List<String> parts = new ArrayList<>(List.of(settings, article.journal().slug(), String.valueOf(article.journal().name()),
                String.valueOf(DisplayText.issueLabel(article.issue())), Integer.toString(article.issue().year()),
                String.valueOf(article.article()), String.valueOf(article.path()), String.valueOf(article.englishPath())));
        for (PublishedArticle.Stretch stretch : article.body()) {
            parts.add(stretch.anchor());
            parts.add(stretch.heading());
        }
        // the stretches' HTML and the notes, by the rendered body's key (the export stage asks for it too)
        parts.add(article.bodyKey().get());
        Fingerprint key = Fingerprint.start();
        parts.forEach(key::add);
        return key.hex();
    }

    /** A segment as bytes, with its key: what {@link #decode} reads back. */
    public static byte[] encode(String key, SearchSegment segment) throws IOException {
        Bytes bytes = new Bytes(sizeOf(segment));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            writeString(out, key);
            SearchDocument card = segment.card();
            for (String text : new String[] {card.ref(), card.journalSlug(), card.englishRef()}) {
                writeString(out, text);
            }
            for (Bilingual b : new Bilingual[] {card.journalName(), card.issueLabel(), card.title(), card.abstractText()}) {
                writeBilingual(out, b);
            }
            out.writeInt(card.year());
            for (BilingualList list : new BilingualList[] {card.authors(), card.keywords()}) {
                out.writeBoolean(list != null);
                if (list != null) {
                    writeList(out, list.zh());
                    writeList(out, list.en());
                }
            }
            writeList(out, card.identifiers());
            writeList(out, segment.texts());
            out.writeInt(segment.terms().fields().size());
            for (LunrIndexBuilder.Segment.Field field : segment.terms().fields()) {
                bytes.varint(field.length());
                bytes.varint(field.terms().length);
                for (int i = 0; i < field.terms().length; i++) {
                    long hanKey = field.hanKeys()[i];
                    if (hanKey == LunrIndexBuilder.Segment.Field.WORD) {
                        bytes.varint(1);
                        writeString(out, field.terms()[i]);
                    } else {
                        bytes.varint(hanKey << 1);
                    }
                    bytes.varint((long) field.counts()[i] << 1 | field.halves()[i] & 1);
                }
            }
        }
        return bytes.toByteArray();
    }

    /** About the bytes {@link #encode} writes for {@code segment}, so that its buffer rarely grows. */
    private static int sizeOf(SearchSegment segment) {
        long size = 1024;
        for (String text : segment.texts()) {
            size += 3L * text.length();
        }
        for (LunrIndexBuilder.Segment.Field field : segment.terms().fields()) {
            size += 8L * field.terms().length;
        }
        return (int) Math.min(size, 1 << 26);
    }

    /** A byte buffer without {@link ByteArrayOutputStream}'s lock on every byte written (one thread writes it). */
    private static final class Bytes extends ByteArrayOutputStream {
        Bytes(int size) {
            super(size);
        }

        /** A number of up to 63 bits, seven bits a byte, lowest first: a term takes 3 to 7 bytes, not a string and 17 bytes. */
        void varint(long value) {
            while ((value & ~0x7FL) != 0) {
                write((int) (value & 0x7F | 0x80));
                value >>>= 7;
            }
            write((int) value);
        }

        @Override
        public void write(int b) {
            if (count == buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(16, buf.length * 2));
            }
            buf[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (count + len > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(count + len, buf.length * 2));
            }
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }
    }

    /** The segment {@link #encode} wrote under {@code key}, or empty where the bytes are not one. */
    public static Optional<SearchSegment> decode(String key, byte[] bytes) {
        try {
            // read from a buffer, not a DataInputStream: a rebuild decodes every unchanged article's segment
            Reader in = new Reader(bytes);
            if (in.getInt() != FORMAT || !key.equals(in.string())) {
                return Optional.empty();
            }
            String ref = in.string();
            String journalSlug = in.string();
            String englishRef = in.string();
            Bilingual journalName = in.bilingual();
            Bilingual issueLabel = in.bilingual();
            Bilingual title = in.bilingual();
            Bilingual abstractText = in.bilingual();
            int year = in.getInt();
            BilingualList authors = in.bool() ? new BilingualList(in.list(), in.list()) : null;
            BilingualList keywords = in.bool() ? new BilingualList(in.list(), in.list()) : null;
            List<String> identifiers = in.list();
            List<String> texts = in.list();
            int fieldCount = in.getInt();
            if (fieldCount != SearchField.values().length) {
                return Optional.empty();
            }
            List<LunrIndexBuilder.Segment.Field> fields = new ArrayList<>();
            for (int f = 0; f < fieldCount; f++) {
                int length = (int) in.varint();
                int n = in.varintCount();
                String[] terms = new String[n];
                long[] keys = new long[n];
                int[] counts = new int[n];
                byte[] halves = new byte[n];
                for (int i = 0; i < n; i++) {
                    long hanKey = in.varint();
                    if (hanKey == 1) {
                        keys[i] = LunrIndexBuilder.Segment.Field.WORD;
                        terms[i] = in.string();
                    } else {
                        keys[i] = hanKey >>> 1;
                    }
                    long countAndHalf = in.varint();
                    counts[i] = (int) (countAndHalf >>> 1);
                    halves[i] = (byte) (countAndHalf & 1);
                }
                fields.add(new LunrIndexBuilder.Segment.Field(length, terms, keys, counts, halves));
            }
            if (in.hasRemaining()) {
                return Optional.empty();
            }
            SearchDocument card = new SearchDocument(ref, journalSlug, journalName, issueLabel, year, title, authors, keywords,
                    abstractText, List.of(), List.of(), englishRef, identifiers);
            return Optional.of(new SearchSegment(card, new LunrIndexBuilder.Segment(fields), texts));
        } catch (RuntimeException damaged) { // too short, a count out of range
            return Optional.empty();
        }
    }

    /** What {@link #encode}'s {@link DataOutputStream} wrote, read back from the bytes. */
    private static final class Reader {
        private final byte[] bytes;
        private final java.nio.ByteBuffer buffer;

        Reader(byte[] bytes) {
            this.bytes = bytes;
            this.buffer = java.nio.ByteBuffer.wrap(bytes);
        }

        int getInt() {
            return buffer.getInt();
        }

        long getLong() {
            return buffer.getLong();
        }

        byte get() {
            return buffer.get();
        }

        boolean bool() {
            return buffer.get() != 0;
        }

        /** What {@link Bytes#varint} wrote. */
        long varint() {
            // from the array, not byte by byte through the buffer: a rebuild reads some 30 million of these
            byte[] in = bytes;
            int at = buffer.position();
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = in[at++]; // past the end: ArrayIndexOutOfBoundsException, a damaged entry
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    buffer.position(at);
                    return value;
                }
                if (shift > 56) {
                    throw new IllegalArgumentException("damaged");
                }
            }
        }

        /** A count written as a varint, of items each at least one byte that the bytes left can hold. */
        int varintCount() {
            long n = varint();
            if (n > buffer.remaining()) {
                throw new IllegalArgumentException("damaged");
            }
            return (int) n;
        }

        boolean hasRemaining() {
            return buffer.hasRemaining();
        }

        /** A count of items, each at least one byte, that the bytes left can hold. */
        int count() {
            int n = buffer.getInt();
            if (n < 0 || n > buffer.remaining()) {
                throw new IllegalArgumentException("damaged");
            }
            return n;
        }

        String string() {
            if (!bool()) {
                return null;
            }
            int length = count();
            String text = new String(bytes, buffer.position(), length, StandardCharsets.UTF_8);
            buffer.position(buffer.position() + length);
            return text;
        }

        Bilingual bilingual() {
            return bool() ? new Bilingual(string(), string()) : null;
        }

        List<String> list() {
            int n = count();
            List<String> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(string());
            }
            return list;
        }
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    private static void writeBilingual(DataOutputStream out, Bilingual text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            writeString(out, text.zh());
            writeString(out, text.en());
        }
    }

    private static void writeList(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String text : list) {
            writeString(out, text);
        }
    }
}
