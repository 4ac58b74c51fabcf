package org.qikan.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The browser's search-core.js turns the same strings into the same terms as the Java side. */
class TokenizerParityTest {
    private static final List<String> SAMPLES = List.of(
            "芯片产业", "國際關係與全球治理", "Ｃｈｉｎａ　１２３ＡＢＣ", "WTO 争端解决机制（DSU）",
            "The Dispute Settlement Mechanism's reforms, relationally generalizations",
            "Ｙｅｓｔｅｒｄａｙ ｙｅｌｌｏｗ ｙｉｅｌｄｉｎｇ", "İstanbul ÇAĞ Ærø straße ŒUVRE", "5G网络与AI芯片",
            "乾隆 乾燥 後來 麼 麽 于於", "𠀀𠀁𪚥 日本の外交 한국어", "", "   ", "a", "芯", "the and of", "x—y·z",
            "中国—中亚命运共同体", "〇々〆ー・", "\uD800 lone surrogate \uDC00");

    @Test
    void samplesAndEveryLatinAndHanCodePoint() throws Exception {
        List<String> strings = new ArrayList<>(SAMPLES);
        strings.addAll(codePointRanges());
        assertSameAsJava(strings);
    }

    @Test
    @Tag("corpus")
    void everyLineOfTheCorpus() throws Exception {
        assertThat(CorpusDocuments.available()).as("the corpus at ../shared/corpus").isTrue();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(CorpusDocuments.CORPUS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(lines::add);
            }
        }
        assertThat(lines).hasSizeGreaterThan(1000);
        assertSameAsJava(lines);
    }

    /** Every BMP code point but the surrogates, and the start of the supplementary Han block, 256 to a string. */
    private static List<String> codePointRanges() {
        List<String> strings = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int cp = 1; cp < 0x20100; cp++) {
            if ((cp >= 0xD800 && cp <= 0xDFFF) || (cp > 0xFFFF && cp < 0x20000)) {
                continue;
            }
            current.appendCodePoint(cp);
            if (current.length() >= 256) {
                strings.add(current.toString());
                current.setLength(0);
            }
        }
        strings.add(current.toString());
        return strings;
    }

    private static void assertSameAsJava(List<String> strings) throws Exception {
        ObjectNode job = NodeHarness.job("tokens");
        strings.forEach(job.putArray("strings")::add);
        JsonNode answers = NodeHarness.run(job);
        assertThat(answers).hasSize(strings.size());
        int compared = 0;
        for (int i = 0; i < strings.size(); i++) {
            String s = strings.get(i);
            JsonNode js = answers.get(i);
            assertThat(js.get("normalized").asText()).as("normalize %s", s).isEqualTo(TextNormalizer.normalize(s));
            assertThat(texts(js.get("index"))).as("index terms of %s", s).isEqualTo(SearchTokenizer.indexTerms(s));
            assertThat(texts(js.get("query"))).as("query terms of %s", s).isEqualTo(SearchTokenizer.queryTerms(s));
            assertThat(js.get("hash").asInt()).as("hash of %s", s).isEqualTo(TermHash.fnv1a(s));
            compared++;
        }
        assertThat(compared).isEqualTo(strings.size());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
