package org.qikan.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The corpus indexed once per test run and every test query answered once in Node (it takes a few
 * seconds), by an index lunr.js built itself, by the Java-written whole index and by the Java-written
 * split index, for the conformance and recall tests to read.
 */
final class CorpusSearch {
    /** Chinese terms (one traditional, one full-width), names, English keywords, and queries that must find nothing. */
    static final List<String> FIXED_QUERIES = List.of(
            "芯片", "芯片产业", "产业", "芯", "片芯", "國際", "国际", "国际关系", "多极化", "全球治理", "新质生产力",
            "人类命运共同体", "美国", "中亚", "杨洁勉", "赵明昊", "WTO", "strategy", "global governance",
            "Ｃｈｉｎａ", "北约", "东南亚", "半导体", "供应链", "人工智能", "security cooperation",
            "一带一路", "數字經濟", "俄乌冲突", "the", "大国关系 新格局", "chips containment", "地緣技術",
            "Farrell", "Zhao Minghao", "Global South", "Weaponized Interdependence", "International Security");

    private static CorpusSearch instance;

    private final List<SearchDocument> docs;
    private final List<String> queries;
    private final IndexStats stats;
    private final JsonNode answer;

    private CorpusSearch(List<SearchDocument> docs, List<String> queries, IndexStats stats, JsonNode answer) {
        this.docs = docs;
        this.queries = queries;
        this.stats = stats;
        this.answer = answer;
    }

    static synchronized CorpusSearch get() throws Exception {
        if (instance == null) {
            List<SearchDocument> docs = CorpusDocuments.load();
            List<String> queries = queryList(docs);
            Path dir = Files.createTempDirectory("qikan-corpus-search");
            IndexStats stats = new SearchIndexWriter().write(docs, dir.resolve("site"));
            System.out.println(stats.summary());
            instance = new CorpusSearch(docs, queries, stats, run(docs, queries, dir));
            instance.printDownloadSizes(dir.resolve("site"));
        }
        return instance;
    }

    /** What the index parts a query needs weigh, gzipped, over all queries: the cost of one search before results show. */
    private void printDownloadSizes(Path site) throws IOException {
        java.util.List<Long> sizes = new java.util.ArrayList<>();
        for (JsonNode q : answer.get("answers")) {
            long bytes = 0;
            for (JsonNode part : q.get("parts")) {
                bytes += SearchIndexWriter.gzipSize(Files.readAllBytes(site.resolve("search/parts/" + part.asInt() + ".js")));
            }
            sizes.add(bytes);
        }
        java.util.Collections.sort(sizes);
        long meta = SearchIndexWriter.gzipSize(Files.readAllBytes(site.resolve("search/meta.js")));
        System.out.printf("per query: index parts %s median, %s max (gzip); meta.js %s once%n",
                IndexStats.human(sizes.get(sizes.size() / 2)), IndexStats.human(sizes.get(sizes.size() - 1)), IndexStats.human(meta));
    }

    List<SearchDocument> docs() {
        return docs;
    }

    List<String> queries() {
        return queries;
    }

    IndexStats stats() {
        return stats;
    }

    JsonNode answer() {
        return answer;
    }

    JsonNode answerTo(String query) {
        for (JsonNode q : answer.get("answers")) {
            if (q.get("query").asText().equals(query)) {
                return q;
            }
        }
        throw new AssertionError("no answer for " + query);
    }

    /**
     * The fixed queries; the corpus's keywords (Chinese of 2 to 6 characters, English) and author names;
     * and from each article's notes, where the literature is cited, the first three capitalised English
     * words of five letters or more (names of authors, journals, places).
     */
    private static List<String> queryList(List<SearchDocument> docs) {
        Set<String> all = new LinkedHashSet<>(FIXED_QUERIES);
        for (SearchDocument doc : docs) {
            doc.keywords().zh().stream().filter(k -> k.length() >= 2 && k.length() <= 6).forEach(all::add);
            all.addAll(doc.keywords().en());
            all.addAll(doc.authors().zh());
            java.util.regex.Matcher words = java.util.regex.Pattern.compile("\\b[A-Z][a-z]{4,}\\b").matcher(doc.notesText());
            Set<String> fromNotes = new LinkedHashSet<>();
            while (fromNotes.size() < 3 && words.find()) {
                fromNotes.add(words.group());
            }
            all.addAll(fromNotes);
        }
        return List.copyOf(all);
    }

    private static JsonNode run(List<SearchDocument> docs, List<String> queries, Path dir) throws IOException, InterruptedException {
        LunrIndexBuilder builder = new LunrIndexBuilder();
        docs.forEach(builder::add);
        LunrIndex index = builder.build();
        Path whole = dir.resolve("whole.json");
        Files.write(whole, LunrJson.toBytes(index));

        ObjectNode job = NodeHarness.job("search");
        job.put("site", dir.resolve("site").toString());
        job.put("whole", whole.toString());
        ArrayNode fields = job.putArray("fields");
        for (SearchField field : SearchField.values()) {
            fields.addObject().put("key", field.key()).put("boost", field.boost());
        }
        ArrayNode docsJson = job.putArray("docs");
        for (int n = 0; n < docs.size(); n++) {
            ObjectNode fieldTexts = docsJson.addObject().put("ref", String.valueOf(n)).putObject("fields");
            for (SearchField field : SearchField.values()) {
                fieldTexts.put(field.key(), field.textOf(docs.get(n)));
            }
        }
        queries.forEach(job.putArray("queries")::add);
        long start = System.nanoTime();
        JsonNode answer = NodeHarness.run(job);
        System.out.printf("%d queries answered in Node in %d ms%n", queries.size(), (System.nanoTime() - start) / 1_000_000);
        return answer;
    }
}
