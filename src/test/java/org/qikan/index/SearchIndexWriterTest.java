package org.qikan.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.content.Bilingual;
import org.qikan.content.BilingualList;

@Isolated // sets the JVM's default locale (and time zone) for a moment; a class running beside it would see them
class SearchIndexWriterTest {
    @TempDir
    Path tmp;

    static List<SearchDocument> docs() {
        return List.of(
                doc("j/2024-01/a.html", "芯片产业的全球格局", "Chip Industry", List.of("芯片", "产业政策"), "芯片产业链正在重构。"),
                doc("j/2024-01/b.html", "國際關係理論", "International Relations", List.of("国际关系"), "产业与国际关系。"),
                doc("j/2023-06/c.html", "多极化与全球治理", "Multipolarity", List.of("多极化"), "全球治理面临挑战，1.5 万亿美元。"));
    }

    static SearchDocument doc(String ref, String zh, String en, List<String> keywords, String body) {
        int year = Integer.parseInt(ref.substring(2, 6));
        return new SearchDocument(ref, "j", new Bilingual("期刊", "Journal"), new Bilingual(year + "年第1期", year + ", No. 1"),
                year, new Bilingual(zh, en), new BilingualList(List.of("林青"), List.of("Lin Qing")),
                new BilingualList(keywords, List.of()), new Bilingual("提要。", "Abstract."),
                List.of(new SearchDocument.BodySection("", "", body), new SearchDocument.BodySection("s1", "一、问题", body)));
    }

    @Test
    void writesTheSameBytesEveryTimeWhateverTheLocale() throws IOException {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            new SearchIndexWriter(4).write(docs(), tmp.resolve("a"));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            new SearchIndexWriter(4).write(docs(), tmp.resolve("b"));
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            new SearchIndexWriter(4).write(docs(), tmp.resolve("c"));
        } finally {
            Locale.setDefault(before);
        }
        Map<String, byte[]> a = files(tmp.resolve("a"));
        assertThat(a).containsKeys("search/meta.js", "search/parts/0.js", "search/docs/0.js", "search/text/2.0.js",
                "assets/js/lunr.min.js", "assets/js/search-t2s.js");
        for (String other : List.of("b", "c")) {
            Map<String, byte[]> b = files(tmp.resolve(other));
            assertThat(b.keySet()).isEqualTo(a.keySet());
            a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
        }
    }

    @Test
    void clearsPartsOfAnEarlierBuild() throws IOException {
        new SearchIndexWriter(1).write(docs(), tmp);
        long before = Files.list(tmp.resolve("search/parts")).count();
        new SearchIndexWriter(1_000_000).write(docs().subList(0, 1), tmp);
        assertThat(before).isGreaterThan(1);
        assertThat(Files.list(tmp.resolve("search/parts")).count()).isEqualTo(1);
        assertThat(Files.exists(tmp.resolve("search/docs/2.js"))).isFalse();
    }

    @Test
    void reportsSizesAndAPowerOfTwoOfParts() throws IOException {
        IndexStats stats = new SearchIndexWriter(8).write(docs(), tmp);
        assertThat(Integer.bitCount(stats.parts())).isEqualTo(1);
        assertThat(stats.parts()).isGreaterThan(1);
        assertThat(stats.documents()).isEqualTo(3);
        assertThat(stats.gzipBytes()).isPositive().isLessThan(stats.rawBytes());
        long onDisk;
        try (Stream<Path> files = Files.walk(tmp)) {
            onDisk = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        assertThat(stats.rawBytes()).isEqualTo(onDisk);
        assertThat(stats.summary()).startsWith("search: 3 articles, ").contains(stats.parts() + " parts").contains("gzip");
    }

    @Test
    void filesAreScriptsCallingTheRegistry() throws IOException {
        new SearchIndexWriter(8).write(docs(), tmp);
        assertThat(Files.readString(tmp.resolve("search/parts/0.js"))).startsWith("qikanSearch.part(0,[\"").endsWith("\");\n");
        assertThat(Files.readString(tmp.resolve("search/meta.js"))).startsWith("qikanSearch.meta({\"parts\":")
                .contains("\"boosts\":[10,10,6,6,8,8,2,2,1,0.25,8]").contains("\"lengths\":\"")
                .contains("\"issues\":[{\"journal\":0,\"year\":2024,\"zh\":\"2024年第1期\"").contains("\"docs\":[0,2,1,1]");
        assertThat(Files.readString(tmp.resolve("search/docs/0.js")))
                .contains("\"abstract\":{\"zh\":\"提要。\",\"en\":\"Abstract.\"}").contains("\"halves\":1");
        String text = Files.readString(tmp.resolve("search/text/0.0.js"));
        assertThat(text).startsWith("qikanSearch.text(0,0,\"").endsWith("\");\n");
        assertThat(inflate(text.substring(text.indexOf('"') + 1, text.lastIndexOf('"'))))
                .isEqualTo("[[\"\",\"芯片产业链正在重构。\"],[\"s1\",\"一、问题\\n芯片产业链正在重构。\"]]");
        assertThat(tmp.resolve("search/text/0.1.js")).doesNotExist();
        assertThat(tmp.resolve("search/lunr-index.json")).doesNotExist();
    }

    @Test
    void writesAtMostThreeFilesPerArticleBesidesParts() throws IOException {
        IndexStats stats = new SearchIndexWriter(8).write(docs(), tmp);
        assertThat(stats.files()).isLessThanOrEqualTo(3 * stats.documents() + stats.parts() + 3);
        try (Stream<Path> files = Files.walk(tmp)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(stats.files());
        }
    }

    @Test
    void exportsTheWholeIndexInLunrsOwnFormOnRequest() throws IOException {
        IndexStats stats = new SearchIndexWriter(8).withLunrExport(true).write(docs(), tmp);
        String json = Files.readString(tmp.resolve("search/lunr-index.json"));
        assertThat(json).startsWith("{\"version\":\"2.3.9\",\"fields\":[\"tz\",\"te\",").contains("\"fieldVectors\":[[\"tz/0\",[")
                .contains("[\"芯片\",{\"_index\":").endsWith("\"pipeline\":[]}");
        assertThat(stats.export().raw()).isEqualTo(json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertThat(stats.summary()).contains("lunr export");
    }

    @Test
    void compactPostingsGiveGapsFlagsAndFrequencies() {
        LunrIndexBuilder builder = new LunrIndexBuilder();
        docs().forEach(builder::add);
        LunrIndex index = builder.build();
        int chip = index.terms().indexOf("芯片");
        // title zh (bit 0) and keywords zh (bit 4) of doc 0, body (bit 8) of doc 0 twice in half 0
        assertThat(index.postings().get(chip)[SearchField.BODY.ordinal()]).containsExactly(0);
        StringBuilder expected = new StringBuilder();
        Varints.append(expected, 1 | 1 << 4 | 1 << 8);
        Varints.append(expected, 1);
        Varints.append(expected, 0);
        Varints.append(expected, 1);
        Varints.append(expected, 0);
        Varints.append(expected, 1);
        Varints.append(expected, 0b001);
        Varints.append(expected, 0);
        assertThat(CompactParts.postings(index, new int[] {chip})).isEqualTo(expected.toString());
    }

    /** Notes follow the body in the text halves, a notes chunk naming its notes; the card has the English page and identifiers. */
    @Test
    void notesFollowTheBodyInTheTextAndTheCardNamesEnglishPageAndIdentifiers() throws IOException {
        SearchDocument plain = docs().get(0);
        String longBody = "芯片产业链正在重构。".repeat(400);
        SearchDocument withNotes = new SearchDocument(plain.ref(), plain.journalSlug(), plain.journalName(), plain.issueLabel(),
                plain.year(), plain.title(), plain.authors(), plain.keywords(), plain.abstractText(),
                List.of(new SearchDocument.BodySection("", "", longBody)),
                List.of(new SearchDocument.NoteText("note-1", "Henry Farrell, Weaponized Interdependence."),
                        new SearchDocument.NoteText("note-2", "同上，第3页。")),
                "en/j/2024-01/a.html", List.of("10.1234/j.2024.01", "D871.21"));
        new SearchIndexWriter(8).write(List.of(withNotes), tmp);
        assertThat(Files.readString(tmp.resolve("search/docs/0.js")))
                .contains("\"urlEn\":\"en/j/2024-01/a.html\"").contains("\"ids\":[\"10.1234/j.2024.01\",\"D871.21\"]")
                .contains("\"halves\":2");
        String second = Files.readString(tmp.resolve("search/text/0.1.js"));
        assertThat(inflate(second.substring(second.indexOf('"') + 1, second.lastIndexOf('"'))))
                .endsWith(",[[\"note-1\",\"note-2\"],\"Henry Farrell, Weaponized Interdependence.\\n同上，第3页。\"]]");

        LunrIndexBuilder builder = new LunrIndexBuilder();
        builder.add(withNotes);
        LunrIndex index = builder.build();
        int farrell = index.terms().indexOf("farrel");
        int notes = SearchField.NOTES.ordinal();
        assertThat(index.postings().get(farrell)[notes]).containsExactly(0);
        assertThat(index.halves().get(farrell)[notes]).containsExactly(1);
        int chip = index.terms().indexOf("芯片");
        assertThat(index.halves().get(chip)[SearchField.BODY.ordinal()]).containsExactly(0);
        StringBuilder expected = new StringBuilder();
        Varints.append(expected, 1 << notes);
        Varints.append(expected, 1);
        Varints.append(expected, 0b010);
        assertThat(CompactParts.postings(index, new int[] {farrell})).isEqualTo(expected.toString());
    }

    @Test
    void varintsUseOneCharacterBelow32() {
        StringBuilder out = new StringBuilder();
        Varints.append(out, 0);
        Varints.append(out, 31);
        Varints.append(out, 32);
        Varints.append(out, 1023);
        Varints.append(out, 1024);
        assertThat(out.toString()).isEqualTo("0" + "V" + "a1" + "_V" + "aa1");
    }

    private static String inflate(String base64) {
        try {
            java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
            inflater.setInput(java.util.Base64.getDecoder().decode(base64));
            byte[] out = new byte[1 << 16];
            int n = inflater.inflate(out);
            inflater.end();
            return new String(out, 0, n, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.util.zip.DataFormatException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void weightsAreWrittenAsJavaScriptPrintsThem() {
        assertThat(LunrJson.thousandths(1234)).isEqualTo("1.234");
        assertThat(LunrJson.thousandths(2000)).isEqualTo("2");
        assertThat(LunrJson.thousandths(100)).isEqualTo("0.1");
        assertThat(LunrJson.thousandths(5)).isEqualTo("0.005");
        assertThat(LunrJson.thousandths(0)).isEqualTo("0");
        assertThat(LunrJson.thousandths(10_050)).isEqualTo("10.05");
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
