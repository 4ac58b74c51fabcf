package org.qikan.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.Deflater;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.qikan.content.Bilingual;
import org.qikan.content.BilingualList;

/**
 * Writes the search index of a site. Every file the browser reads is a script, loaded with
 * {@code <script>} so that search works from {@code file://}; each calls a function of the global
 * {@code qikanSearch}:
 * <pre>
 * search/meta.js            qikanSearch.meta({parts, fields, boosts, lengths, journals, issues, docs})
 *                           lengths: every document field's length ({@link CompactParts#fieldLengths});
 *                           docs: [issue, how many documents in a row, …]
 * search/parts/&lt;p&gt;.js       qikanSearch.part(p, [term, …], postings)  the terms whose hash falls in part p ({@link CompactParts})
 * search/docs/&lt;n&gt;.js        qikanSearch.doc(n, {url, urlEn, title, authors, keywords, ids, abstract, halves})  a result's card
 * search/text/&lt;n&gt;.&lt;h&gt;.js    qikanSearch.text(n, h, base64)   half h of the text's {@linkplain TextChunks chunks} (body, then notes),
 *                           [[anchor, text], …] as JSON, deflated (raw deflate) and in base64; a chunk of
 *                           notes has for anchor the list of its notes' ids, one per line of its text
 * search/lunr-index.json    with {@link #withLunrExport}: the whole index in lunr's own serialized form, for tools
 * assets/js/lunr.min.js     lunr.js 2.3.9 from the webjar
 * assets/js/search-t2s.js   the traditional-to-simplified table ({@link ChineseConversion})
 * </pre>
 * So at most three files per article, and a number of parts that grows with the postings, by powers
 * of two. The output depends only on the documents and their order: no timestamps, numbers written
 * without locale, files handed to the {@link SearchOutput} in a fixed order.
 */
public final class SearchIndexWriter {
    /** Postings per part the part count aims at; the count is a power of two. */
    public static final int DEFAULT_POSTINGS_PER_PART = 5000;

    static final String LUNR_RESOURCE = "META-INF/resources/webjars/lunr/" + LunrIndex.LUNR_VERSION + "/lunr.min.js";
    private static final JsonFactory JSON = new JsonFactory();
    private static final int BATCH = 256;

    private final int postingsPerPart;
    private final boolean lunrExport;

    public SearchIndexWriter() {
        this(DEFAULT_POSTINGS_PER_PART);
    }

    /** @param postingsPerPart postings a part should hold on average; default {@value #DEFAULT_POSTINGS_PER_PART} */
    public SearchIndexWriter(int postingsPerPart) {
        this(postingsPerPart, false);
    }

    private SearchIndexWriter(int postingsPerPart, boolean lunrExport) {
        this.postingsPerPart = postingsPerPart;
        this.lunrExport = lunrExport;
    }

    /** Also writes {@code search/lunr-index.json}, the whole index as {@code lunr.Index#toJSON} would; default off. */
    public SearchIndexWriter withLunrExport(boolean on) {
        return new SearchIndexWriter(postingsPerPart, on);
    }

    /**
     * Writes the index into a site folder, clearing its {@code search/} folder first: for tools and
     * tests; a build writes through the write stage, into a fresh staging folder.
     */
    public IndexStats write(List<SearchDocument> docs, Path siteOutDir) throws IOException {
        deleteRecursively(siteOutDir.resolve("search"));
        return write(docs, SearchOutput.folder(siteOutDir));
    }

    public IndexStats write(List<SearchDocument> docs, SearchOutput out) throws IOException {
        Writing writing = begin(out);
        for (SearchDocument doc : docs) {
            writing.add(doc);
        }
        return writing.finish();
    }

    /**
     * Starts an index that documents are added to one at a time, as the render stage publishes them:
     * each document's card and text files are made (on the other cores) and written as it comes, and
     * only its terms' counts are kept; {@link Writing#finish} writes the parts and {@code meta.js}.
     */
    public Writing begin(SearchOutput out) {
        return new Writing(out);
    }

    /** An index being written; used from one thread. */
    public final class Writing {
        private static final int IN_FLIGHT = 64;

        private final Written files;
        private final LunrIndexBuilder builder = new LunrIndexBuilder();
        private final Places places = new Places();
        private final java.util.ArrayDeque<java.util.concurrent.Future<List<byte[]>>> pending = new java.util.ArrayDeque<>();
        private final java.util.concurrent.ExecutorService workers;
        private int added;
        private int written;
        private IndexStats.Size results = IndexStats.Size.ZERO;
        private int[] partTerms = new int[0];

        private Writing(SearchOutput out) {
            this.files = new Written(out);
            int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
            this.workers = java.util.concurrent.Executors.newFixedThreadPool(threads, task -> {
                Thread thread = new Thread(task, "qikan-index");
                thread.setDaemon(true);
                return thread;
            });
        }

        /** Adds the next document (numbered in the order added): counts its terms, and writes its card and body text. */
        public void add(SearchDocument doc) throws IOException {
            add(SearchSegment.of(doc));
        }

        /** Adds the next document from its segment (made now or by an earlier build): the same files as {@link #add(SearchDocument)}. */
        public void add(SearchSegment segment) throws IOException {
            int n = added++;
            builder.add(segment.terms());
            places.add(segment.card());
            pending.add(workers.submit(() -> docFiles(n, segment)));
            while (pending.size() > IN_FLIGHT || (!pending.isEmpty() && pending.peek().isDone())) {
                writeNext();
            }
        }

        /** Writes what is still pending, the parts, {@code meta.js}, the lunr export where asked for, and the scripts. */
        public IndexStats finish() throws IOException {
            try {
                while (!pending.isEmpty()) {
                    writeNext();
                }
            } finally {
                workers.shutdownNow();
            }
            LunrIndex index = builder.build();
            int partCount = partCount(index.postingCount());
            IndexStats.Size meta = files.write("search/meta.js", script("meta", null, json -> places.writeMeta(index, partCount, json)));
            List<int[]> parts = CompactParts.split(index, partCount);
            partTerms = parts.stream().mapToInt(part -> part.length).toArray();
            IndexStats.Size indexSize = meta;
            IndexStats.Size largestPart = IndexStats.Size.ZERO;
            for (int from = 0; from < partCount; from += BATCH) {
                int start = from;
                List<byte[]> bytes = inParallel(Math.min(BATCH, partCount - from), i -> partScript(index, start + i, parts.get(start + i)));
                for (int i = 0; i < bytes.size(); i++) {
                    IndexStats.Size size = files.write("search/parts/" + (start + i) + ".js", bytes.get(i));
                    indexSize = indexSize.plus(size);
                    largestPart = size.raw() > largestPart.raw() ? size : largestPart;
                }
            }
            IndexStats.Size export = lunrExport ? files.write("search/lunr-index.json", LunrJson.toBytes(index)) : IndexStats.Size.ZERO;
            IndexStats.Size scripts = files.write("assets/js/lunr.min.js", resource(LUNR_RESOURCE))
                    .plus(files.write("assets/js/search-t2s.js", ChineseConversion.get().asJavaScript().getBytes(StandardCharsets.UTF_8)));
            return new IndexStats(added, index.termCount(), partCount, indexSize, results, export, scripts, largestPart, files.count);
        }

        /** Every file written, in order, with its size: what an {@link IndexPatch} of the next build starts from. */
        public Map<String, IndexStats.Size> sizes() {
            return java.util.Collections.unmodifiableMap(files.sizes);
        }

        /** After {@link #finish}: how many terms each part holds. */
        public int[] partTerms() {
            return partTerms.clone();
        }

        private void writeNext() throws IOException {
            List<byte[]> docFiles;
            try {
                docFiles = pending.remove().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing the search index", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException(e.getCause());
            }
            int n = written++;
            results = results.plus(files.write("search/docs/" + n + ".js", docFiles.get(0)));
            for (int h = 1; h < docFiles.size(); h++) {
                results = results.plus(files.write("search/text/" + n + "." + (h - 1) + ".js", docFiles.get(h)));
            }
        }
    }

    static byte[] partScript(LunrIndex index, int number, int[] terms) throws IOException {
        return script("part", number, json -> {
            json.writeStartArray();
            for (int term : terms) {
                json.writeString(index.terms().get(term));
            }
            json.writeEndArray();
            json.writeString(CompactParts.postings(index, terms));
        });
    }

    /** A document's card, then its body's text files (none, one or two). */
    static List<byte[]> docFiles(int n, SearchSegment segment) throws IOException {
        List<byte[]> files = new ArrayList<>();
        files.add(script("doc", n, json -> writeDoc(segment.card(), segment.texts().size(), json)));
        for (int h = 0; h < segment.texts().size(); h++) {
            String text = segment.texts().get(h);
            files.add(script("text", n + "," + h, generator -> generator.writeString(text)));
        }
        return files;
    }

    /** The deflated, base64 text of each half of a document's chunks that has any (none, one or two). */
    static List<String> texts(List<TextChunks.Chunk> chunks) throws IOException {
        List<String> halves = new ArrayList<>();
        for (int h = 0; h < TextChunks.HALVES; h++) {
            int half = h;
            List<TextChunks.Chunk> inHalf = chunks.stream().filter(c -> c.half() == half).toList();
            if (!inHalf.isEmpty()) {
                halves.add(deflatedBase64(json(generator -> writeChunks(inHalf, generator))));
            }
        }
        return halves;
    }

    /**
     * Runs task(0 … count-1) on all cores and returns the results in order. Tasks only compute bytes;
     * the caller writes them in order, so the output does not depend on the order tasks run in.
     */
    private static <T> List<T> inParallel(int count, Task<T> task) throws IOException {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
        List<T> results = new ArrayList<>(java.util.Collections.nCopies(count, null));
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    T result = task.run(i);
                    synchronized (results) {
                        results.set(i, result);
                    }
                } catch (IOException | RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<Thread> started = new ArrayList<>();
        for (int t = 1; t < threads && t < count; t++) {
            Thread thread = new Thread(worker, "qikan-index-" + t);
            thread.start();
            started.add(thread);
        }
        worker.run();
        for (Thread thread : started) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing the search index", e);
            }
        }
        Throwable e = failure.get();
        if (e instanceof IOException io) {
            throw io;
        } else if (e instanceof RuntimeException runtime) {
            throw runtime;
        } else if (e instanceof Error error) {
            throw error;
        }
        synchronized (results) {
            return new ArrayList<>(results);
        }
    }

    @FunctionalInterface
    private interface Task<T> {
        T run(int i) throws IOException;
    }

    /** The smallest power of two that keeps parts at {@link #postingsPerPart} postings on average. */
    boolean lunrExport() {
        return lunrExport;
    }

    int partCount(long postings) {
        int parts = 1;
        while ((long) parts * postingsPerPart < postings) {
            parts *= 2;
        }
        return parts;
    }

    /** The journal and issue of every document added, for {@code meta.js}; nothing else of a document is kept. */
    static final class Places {
        private final Map<String, Integer> journals = new LinkedHashMap<>();
        private final Map<String, Integer> issues = new LinkedHashMap<>();
        private final List<SearchDocument> journalFirstDocs = new ArrayList<>();
        private final List<SearchDocument> issueFirstDocs = new ArrayList<>();
        private final LunrIndexBuilder.IntList issueOfDoc = new LunrIndexBuilder.IntList();

        void add(SearchDocument doc) {
            if (journals.putIfAbsent(doc.journalSlug(), journals.size()) == null) {
                journalFirstDocs.add(card(doc));
            }
            String issueKey = doc.journalSlug() + "\n" + doc.year() + "\n" + doc.issueLabel().zhOrEn();
            if (issues.putIfAbsent(issueKey, issues.size()) == null) {
                issueFirstDocs.add(card(doc));
            }
            issueOfDoc.add(issues.get(issueKey));
        }

        /** The document without its text, which is not kept. */
        private static SearchDocument card(SearchDocument doc) {
            return new SearchDocument(doc.ref(), doc.journalSlug(), doc.journalName(), doc.issueLabel(), doc.year(),
                    doc.title(), doc.authors(), doc.keywords(), Bilingual.EMPTY, List.of());
        }

        void writeMeta(LunrIndex index, int partCount, JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeNumberField("parts", partCount);
            json.writeArrayFieldStart("fields");
            for (SearchField field : SearchField.values()) {
                json.writeString(field.key());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("boosts");
            for (SearchField field : SearchField.values()) {
                double boost = field.boost();
                if (boost == Math.rint(boost)) {
                    json.writeNumber((long) boost);
                } else {
                    json.writeNumber(boost);
                }
            }
            json.writeEndArray();
            json.writeStringField("lengths", CompactParts.fieldLengths(index));
            json.writeArrayFieldStart("journals");
            for (SearchDocument doc : journalFirstDocs) {
                json.writeStartObject();
                json.writeStringField("slug", doc.journalSlug());
                writeBilingual(doc.journalName(), json);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("issues");
            for (SearchDocument doc : issueFirstDocs) {
                json.writeStartObject();
                json.writeNumberField("journal", journals.get(doc.journalSlug()));
                json.writeNumberField("year", doc.year());
                writeBilingual(doc.issueLabel(), json);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("docs");
            int[] issueOf = issueOfDoc.toArray();
            for (int n = 0; n < issueOf.length; ) {
                int run = 1;
                while (n + run < issueOf.length && issueOf[n + run] == issueOf[n]) {
                    run++;
                }
                json.writeNumber(issueOf[n]);
                json.writeNumber(run);
                n += run;
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /**
     * What a result card shows: the page (and the English page, where there is one), title, authors,
     * keywords, identifiers, the abstracts (for their snippet), and how many text files the document has.
     */
    private static void writeDoc(SearchDocument doc, int halves, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("url", doc.ref());
        if (doc.englishRef() != null) {
            json.writeStringField("urlEn", doc.englishRef());
        }
        json.writeObjectFieldStart("title");
        writeBilingual(doc.title(), json);
        json.writeEndObject();
        writeList("authors", doc.authors(), json);
        writeList("keywords", doc.keywords(), json);
        if (!doc.identifiers().isEmpty()) {
            json.writeArrayFieldStart("ids");
            for (String id : doc.identifiers()) {
                json.writeString(id);
            }
            json.writeEndArray();
        }
        json.writeObjectFieldStart("abstract");
        writeBilingual(doc.abstractText(), json);
        json.writeEndObject();
        json.writeNumberField("halves", halves);
        json.writeEndObject();
    }

    /**
     * {@code [[anchor, text], …]}: each chunk's anchor and text; a body chunk's anchor is its section's
     * heading id, a chunk of notes' the list of its notes' ids, one per line of its text.
     */
    private static void writeChunks(List<TextChunks.Chunk> chunks, JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (TextChunks.Chunk chunk : chunks) {
            json.writeStartArray();
            if (chunk.source() == TextChunks.Source.NOTES) {
                json.writeStartArray();
                for (String id : chunk.anchor().split(" ")) {
                    json.writeString(id);
                }
                json.writeEndArray();
            } else {
                json.writeString(chunk.anchor());
            }
            json.writeString(chunk.text());
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    /** Raw deflate (no zlib or gzip header), as the browser's {@code DecompressionStream("deflate-raw")} reads it, in base64. */
    static String deflatedBase64(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
            byte[] buffer = new byte[16384];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return Base64.getEncoder().encodeToString(out.toByteArray());
        } finally {
            deflater.end();
        }
    }

    private static void writeBilingual(Bilingual text, JsonGenerator json) throws IOException {
        if (text == null) {
            return;
        }
        if (text.hasChinese()) {
            json.writeStringField("zh", text.zh());
        }
        if (text.hasEnglish()) {
            json.writeStringField("en", text.en());
        }
    }

    private static void writeList(String name, BilingualList list, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeArrayFieldStart("zh");
        for (String item : list.zh()) {
            json.writeString(item);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("en");
        for (String item : list.en()) {
            json.writeString(item);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** {@code qikanSearch.<function>(<number>, <json>);} or, without a number, {@code qikanSearch.<function>(<json>);}. */
    static byte[] script(String function, Object arguments, JsonBody body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("qikanSearch." + function + "(" + (arguments == null ? "" : arguments + ",")).getBytes(StandardCharsets.UTF_8));
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString(","));
            body.write(json);
        }
        out.write(");\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] json(JsonBody body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            body.write(json);
        }
        return out.toByteArray();
    }

    /** Hands files to the output in the order written, and measures them. */
    static final class Written {
        private final SearchOutput out;
        private final Map<String, IndexStats.Size> sizes = new LinkedHashMap<>();
        private int count;

        Written(SearchOutput out) {
            this.out = out;
        }

        IndexStats.Size write(String path, byte[] bytes) throws IOException {
            out.write(path, bytes);
            count++;
            IndexStats.Size size = new IndexStats.Size(bytes.length, gzipSize(bytes));
            sizes.put(path, size);
            return size;
        }
    }

    static long gzipSize(byte[] bytes) {
        CountingStream counter = new CountingStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(counter)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counter.count;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SearchIndexWriter.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name + " on the class path");
            }
            return in.readAllBytes();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @FunctionalInterface
    interface JsonBody {
        void write(JsonGenerator json) throws IOException;
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
