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
 * search/parts/&lt;p&gt;.js       qikanSearch.part(p, &lt;lunr index&gt;)                         the terms whose hash falls in part p
 * search/docs/&lt;n&gt;.js        qikanSearch.doc(n, {url, title, authors, keywords, abstract})  what a result shows
 * search/text/&lt;n&gt;.js        qikanSearch.text(n, [[anchor, heading, text], …])         body text, for snippets of body matches
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
        IndexStats.Size indexSize = write(searchDir.resolve("meta.js"), script("meta", null, json -> writeMeta(docs, partCount, json)));
        IndexStats.Size largestPart = IndexStats.Size.ZERO;
        for (IndexPart part : IndexPart.split(index, partCount)) {
            byte[] bytes = script("part", part.number(), json -> LunrJson.write(index, part, json));
            IndexStats.Size size = write(searchDir.resolve("parts").resolve(part.number() + ".js"), bytes);
            indexSize = indexSize.plus(size);
            largestPart = size.raw() > largestPart.raw() ? size : largestPart;
        }
        IndexStats.Size results = IndexStats.Size.ZERO;
        for (int n = 0; n < docs.size(); n++) {
            SearchDocument doc = docs.get(n);
            results = results.plus(write(searchDir.resolve("docs").resolve(n + ".js"), script("doc", n, json -> writeDoc(doc, json))));
            results = results.plus(write(searchDir.resolve("text").resolve(n + ".js"), script("text", n, json -> writeText(doc, json))));
        }
        Path scriptDir = siteOutDir.resolve("assets").resolve("js");
        IndexStats.Size scripts = write(scriptDir.resolve("lunr.min.js"), resource(LUNR_RESOURCE))
                .plus(write(scriptDir.resolve("search-t2s.js"), ChineseConversion.get().asJavaScript().getBytes(StandardCharsets.UTF_8)));
        return new IndexStats(docs.size(), index.termCount(), partCount, indexSize, results, scripts, largestPart);
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
        for (int issue : issueOfDoc) {
            json.writeNumber(issue);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeDoc(SearchDocument doc, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("url", doc.ref());
        json.writeObjectFieldStart("title");
        writeBilingual(doc.title(), json);
        json.writeEndObject();
        writeList("authors", doc.authors(), json);
        writeList("keywords", doc.keywords(), json);
        json.writeObjectFieldStart("abstract");
        writeBilingual(doc.abstractText(), json);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeText(SearchDocument doc, JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (SearchDocument.BodySection section : doc.sections()) {
            json.writeStartArray();
            json.writeString(section.anchor());
            json.writeString(section.heading());
            json.writeString(section.text());
            json.writeEndArray();
        }
        json.writeEndArray();
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
    private static byte[] script(String function, Integer number, JsonBody body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("qikanSearch." + function + "(" + (number == null ? "" : number + ",")).getBytes(StandardCharsets.UTF_8));
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            body.write(json);
        }
        out.write(");\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static IndexStats.Size write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
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
