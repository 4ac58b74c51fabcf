package org.qikan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.TestSite;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCommandTest {
    @TempDir
    Path dir;
    final CliRun cli = new CliRun();
    final java.io.StringWriter out = cli.out;
    final java.io.StringWriter err = cli.err;

    int run(String... args) {
        return cli.run(args);
    }

    @Test
    void aGoodSiteChecksCleanAndNothingIsWritten() throws Exception {
        TestSite site = new TestSite(dir);
        assertThat(run("check", "--content", site.content().toString())).isZero();
        assertThat(out.toString()).contains("0 errors, 0 warnings");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("content");
        }
    }

    @Test
    void errorsAreReportedAndTheExistingOutputIsLeftAlone() throws Exception {
        TestSite site = new TestSite(dir);
        assertThat(run("build", "-q", "--content", site.content().toString(), "--out", site.out().toString())).isZero();
        byte[] before = Files.readAllBytes(site.out().resolve("index.html"));
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("section: research", "section: nope"));
        assertThat(run("check", "--content", site.content().toString())).isEqualTo(1);
        assertThat(err.toString()).contains("first.md:3: error: unknown section 'nope'");
        assertThat(Files.readAllBytes(site.out().resolve("index.html"))).isEqualTo(before);
    }

    @Test
    void jsonGivesOneObjectPerDiagnostic() throws Exception {
        TestSite site = new TestSite(dir);
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("section: research", "section: nope")
                .replace("first_page: 1", "frist_page: 1"));
        assertThat(run("check", "--format", "json", "--content", site.content().toString())).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("errors").asInt()).isEqualTo(1);
        assertThat(json.get("warnings").asInt()).isEqualTo(1);
        JsonNode error = json.get("diagnostics").get(0);
        assertThat(error.get("file").asText()).endsWith("content/tj/2024-04/first.md");
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("column").asInt()).isEqualTo(1);
        assertThat(error.get("severity").asText()).isEqualTo("error");
        assertThat(error.get("message").asText()).startsWith("unknown section 'nope'");
        assertThat(error.get("hint").asText()).isNotBlank();
        assertThat(json.get("diagnostics").get(1).get("severity").asText()).isEqualTo("warning");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void jsonGivesTheColumnOfANestedFieldAndOfAYamlSyntaxError() throws Exception {
        TestSite site = new TestSite(dir);
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE
                .replace("    affiliation: {zh: 测试大学, en: Test University}", "    affiliaton: {zh: 测试大学, en: Test University}"));
        site.file("content/tj/2024-04/second.md", TestSite.ARTICLE.replace("section: research", "section: research: more"));
        assertThat(run("check", "--format", "json", "--content", site.content().toString())).isEqualTo(1);
        JsonNode diagnostics = new ObjectMapper().readTree(out.toString()).get("diagnostics");
        JsonNode unknown = find(diagnostics, "affiliaton");
        assertThat(unknown.get("line").asInt()).isEqualTo(6);
        assertThat(unknown.get("column").asInt()).as("the key under '- name:' starts in column 5").isEqualTo(5);
        JsonNode syntax = find(diagnostics, "malformed YAML");
        assertThat(syntax.get("file").asText()).endsWith("second.md");
        assertThat(syntax.get("line").asInt()).isEqualTo(3);
        assertThat(syntax.get("column").asInt()).as("where the second ': ' stands").isGreaterThan(1);
    }

    private static JsonNode find(JsonNode diagnostics, String words) {
        for (JsonNode d : diagnostics) {
            if (d.get("message").asText().contains(words)) {
                return d;
            }
        }
        throw new AssertionError("no diagnostic mentions " + words + ": " + diagnostics);
    }

    @Test
    void brokenLinksNameThePageUnderSiteOutput() throws Exception {
        TestSite site = new TestSite(dir);
        site.file("content/tj/2024-04/first.md", TestSite.ARTICLE.replace("正文第一段。", "正文第一段，[见此](missing.html)。"));
        assertThat(run("check", "--format", "json", "--content", site.content().toString())).isEqualTo(1);
        JsonNode error = new ObjectMapper().readTree(out.toString()).get("diagnostics").get(0);
        assertThat(error.get("file").asText()).startsWith("site-output/");
        assertThat(error.get("message").asText()).contains("missing.html");
    }
}
