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
 * Writes the search index of a site. Every file is a script, loaded with {@code <script>} so that
 * search works from {@code file://}; each calls a function of the global {@code qikanSearch} with its
 * JSON:
 * <pre>
 * search/meta.js            qikanSearch.meta({parts, fields, journals, issues, docs})   journal, issue and year of every document
 *                           (docs: [issue, how many documents in a row, …])
 * search/parts/&lt;p&gt;.js       qikanSearch.part(p, &lt;lunr index&gt;, {term: [doc, chunk, …]})  the terms whose hash falls in part p,
 *                           and the first text chunk of each document holding each of them
 * search/docs/&lt;n&gt;.js        qikanSearch.doc(n, {url, urlEn, title, authors, keywords, ids, enChunk, chunks}) a result's card
 * search/text/&lt;n&gt;.&lt;k&gt;.js    qikanSearch.text(n, k, [anchor, text])                    text chunk k ({@link TextChunks}), for snippets
 * assets/js/lunr.min.js     lunr.js 2.3.9 from the webjar
 * assets/js/search-t2s.js   the traditional-to-simplified table ({@link ChineseConversion})
 * </pre>
 * The output depends only on the documents and their order: no timestamps, numbers written without
 * locale. {@code search/} is the writer's own folder and is cleared first.
 */
public final class SearchIndexWriter {
    /** Postings per part the part count aims at (about 50 KB raw, 10 KB gzip, on the corpus); the count is a power of two. */
    public static final int DEFAULT_POSTINGS_PER_PART = 1000;

    static final String LUNR_RESOURCE = "META-INF/resources/webjars/lunr/" + LunrIndex.LUNR_VERSION + "/lunr.min.js";
    private static final JsonFactory JSON = new JsonFactory();

    private final int postingsPerPart;

    public SearchIndexWriter() {
        this(DEFAULT_POSTINGS_PER_PART);
    }

    /** @param postingsPerPart postings a part should hold on average; default {@value #DEFAULT_POSTINGS_PER_PART} */
    public SearchIndexWriter(int postingsPerPart) {
        this.postingsPerPart = postingsPerPart;
    }

    public IndexStats write(List<SearchDocument> docs, Path siteOutDir) throws IOException {
        LunrIndexBuilder builder = new LunrIndexBuilder();
        docs.forEach(builder::add);
        LunrIndex index = builder.build();
        int partCount = partCount(index.postingCount());

        Path searchDir = siteOutDir.resolve("search");
        deleteRecursively(searchDir);
        Files.createDirectories(searchDir.resolve("parts"));
        Files.createDirectories(searchDir.resolve("docs"));
        Files.createDirectories(searchDir.resolve("text"));
        IndexStats.Size meta = write(searchDir.resolve("meta.js"), script("meta", null, json -> writeMeta(docs, partCount, json)));
        List<IndexPart> parts = IndexPart.split(index, partCount);
        List<IndexStats.Size> partSizes = inParallel(parts.size(), p -> {
            IndexPart part = parts.get(p);
            byte[] bytes = script("part", part.number(), json -> {
                LunrJson.write(index, part, json);
                writeFirstChunks(index, part, json);
            });
            return write(searchDir.resolve("parts").resolve(part.number() + ".js"), bytes);
        });
        IndexStats.Size indexSize = meta;
        IndexStats.Size largestPart = IndexStats.Size.ZERO;
        for (IndexStats.Size size : partSizes) {
            indexSize = indexSize.plus(size);
            largestPart = size.raw() > largestPart.raw() ? size : largestPart;
        }
        List<IndexStats.Size> docSizes = inParallel(docs.size(), n -> {
            SearchDocument doc = docs.get(n);
            List<TextChunks.Chunk> chunks = TextChunks.of(doc);
            IndexStats.Size size = write(searchDir.resolve("docs").resolve(n + ".js"), script("doc", n, json -> writeDoc(doc, chunks, json)));
            for (int k = 0; k < chunks.size(); k++) {
                TextChunks.Chunk chunk = chunks.get(k);
                size = size.plus(write(searchDir.resolve("text").resolve(n + "." + k + ".js"),
                        script("text", n + "," + k, json -> writeChunk(chunk, json))));
            }
            return size;
        });
        IndexStats.Size results = docSizes.stream().reduce(IndexStats.Size.ZERO, IndexStats.Size::plus);
        Path scriptDir = siteOutDir.resolve("assets").resolve("js");
        Files.createDirectories(scriptDir);
        IndexStats.Size scripts = write(scriptDir.resolve("lunr.min.js"), resource(LUNR_RESOURCE))
                .plus(write(scriptDir.resolve("search-t2s.js"), ChineseConversion.get().asJavaScript().getBytes(StandardCharsets.UTF_8)));
        return new IndexStats(docs.size(), index.termCount(), partCount, indexSize, results, scripts, largestPart);
    }

    /**
     * Runs task(0 … count-1) on all cores and returns the results in order. Each task writes its own
     * files, so the output does not depend on the order the tasks run in.
     */
    private static List<IndexStats.Size> inParallel(int count, FileTask task) throws IOException {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
        IndexStats.Size[] sizes = new IndexStats.Size[count];
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    sizes[i] = task.run(i);
                } catch (IOException | RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<Thread> started = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
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
        return List.of(sizes);
    }

    @FunctionalInterface
    private interface FileTask {
        IndexStats.Size run(int i) throws IOException;
    }

    /** The smallest power of two that keeps parts at {@link #postingsPerPart} postings on average. */
    int partCount(long postings) {
        int parts = 1;
        while ((long) parts * postingsPerPart < postings) {
            parts *= 2;
        }
        return parts;
    }

    private static void writeMeta(List<SearchDocument> docs, int partCount, JsonGenerator json) throws IOException {
        Map<String, Integer> journals = new LinkedHashMap<>();
        Map<String, Integer> issues = new LinkedHashMap<>();
        List<SearchDocument> journalFirstDocs = new ArrayList<>();
        List<SearchDocument> issueFirstDocs = new ArrayList<>();
        int[] issueOfDoc = new int[docs.size()];
        for (int n = 0; n < docs.size(); n++) {
            SearchDocument doc = docs.get(n);
            if (journals.putIfAbsent(doc.journalSlug(), journals.size()) == null) {
                journalFirstDocs.add(doc);
            }
            String issueKey = doc.journalSlug() + "\n" + doc.year() + "\n" + doc.issueLabel().zhOrEn();
            if (issues.putIfAbsent(issueKey, issues.size()) == null) {
                issueFirstDocs.add(doc);
            }
            issueOfDoc[n] = issues.get(issueKey);
        }
        json.writeStartObject();
        json.writeNumberField("parts", partCount);
        json.writeArrayFieldStart("fields");
        for (SearchField field : SearchField.values()) {
            json.writeString(field.key());
        }
        json.writeEndArray();
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
        for (int n = 0; n < issueOfDoc.length; ) {
            int run = 1;
            while (n + run < issueOfDoc.length && issueOfDoc[n + run] == issueOfDoc[n]) {
                run++;
            }
            json.writeNumber(issueOfDoc[n]);
            json.writeNumber(run);
            n += run;
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** What a result card shows besides the snippet, and how many text chunks the document has. */
    private static void writeDoc(SearchDocument doc, List<TextChunks.Chunk> chunks, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("url", doc.ref());
        json.writeObjectFieldStart("title");
        writeBilingual(doc.title(), json);
        json.writeEndObject();
        writeList("authors", doc.authors(), json);
        writeList("keywords", doc.keywords(), json);
        if (doc.englishRef() != null) {
            json.writeStringField("urlEn", doc.englishRef());
        }
        if (!doc.identifiers().isEmpty()) {
            json.writeArrayFieldStart("ids");
            for (String id : doc.identifiers()) {
                json.writeString(id);
            }
            json.writeEndArray();
        }
        for (int k = 0; k < chunks.size(); k++) {
            if (chunks.get(k).source() == TextChunks.Source.ABSTRACT_EN) {
                json.writeNumberField("enChunk", k); // where an English result card's snippet starts when the query is only in its card
                break;
            }
        }
        json.writeNumberField("chunks", chunks.size());
        json.writeEndObject();
    }

    /**
     * {@code [anchor, text]}: the anchor of the chunk's section ({@code null} in an abstract) and the
     * chunk's text; in a chunk of notes, the anchor is the list of its notes' ids, one per line.
     */
    private static void writeChunk(TextChunks.Chunk chunk, JsonGenerator json) throws IOException {
        json.writeStartArray();
        if (chunk.source() == TextChunks.Source.NOTES) {
            json.writeStartArray();
            for (String id : chunk.anchor().split(" ")) {
                json.writeString(id);
            }
            json.writeEndArray();
        } else if (chunk.anchor() == null) {
            json.writeNull();
        } else {
            json.writeString(chunk.anchor());
        }
        json.writeString(chunk.text());
        json.writeEndArray();
    }

    /**
     * The part's second argument: for each of its terms that occurs in an abstract or the body, the
     * first chunk holding it in each such document, as {@code {term: [document, chunk, document step, chunk, …]}},
     * documents ascending and given as the step from the one before.
     */
    private static void writeFirstChunks(LunrIndex index, IndexPart part, JsonGenerator json) throws IOException {
        json.writeStartObject();
        for (int term : part.termNumbers()) {
            int[] pairs = index.firstChunks().get(term);
            if (pairs.length == 0) {
                continue;
            }
            json.writeArrayFieldStart(index.terms().get(term));
            int previous = 0;
            for (int i = 0; i < pairs.length; i += 2) {
                json.writeNumber(pairs[i] - previous);
                json.writeNumber(pairs[i + 1]);
                previous = pairs[i];
            }
            json.writeEndArray();
        }
        json.writeEndObject();
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
    private static byte[] script(String function, Object arguments, JsonBody body) throws IOException {
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

    private static IndexStats.Size write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        return new IndexStats.Size(bytes.length, gzipSize(bytes));
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
    private interface JsonBody {
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
