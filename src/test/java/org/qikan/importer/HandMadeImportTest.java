package org.qikan.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.content.ContentLoader;
import org.qikan.diag.Diagnostics;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Small inputs written for the tests, one per layout, including broken ones that must show up in the report. */
class HandMadeImportTest {
    @TempDir
    Path out;

    private static Path resource(String name) {
        return Path.of("src/test/resources/importer", name);
    }

    private ImportResult run(String name, String journal) throws Exception {
        Files.writeString(out.resolve("site.yaml"), "title: {zh: 测试, en: Test}\n");
        return Importer.run(new ImportOptions(resource(name), journal, out, null, null));
    }

    private void assertLoads() {
        Diagnostics problems = new Diagnostics();
        new ContentLoader(problems).load(out);
        assertThat(problems.sorted().stream().filter(d -> d.isError()).map(d -> d.format(out))).isEmpty();
    }

    @Test
    void paragraphLayoutPairsNotesPerPageAndReportsWhatItCannotPair() throws Exception {
        ImportResult r = run("paragraphs-broken.txt", "sample");
        assertThat(r.articles()).hasSize(1);
        assertThat(r.tocEntriesWithoutArticle()).singleElement().asString().contains("一篇没有正文的文章");
        assertThat(r.report()).contains("TOC entry with no article: 一篇没有正文的文章");
        assertThat(r.report()).contains("note [3] has no marker on its page");
        assertThat(r.report()).contains("marker [2] has no note on its page");
        assertThat(r.notesPaired()).isEqualTo(2);
        assertThat(r.englishMatched()).isEqualTo(1);
        String md = Files.readString(r.issueDir().resolve(r.articles().get(0).slug() + ".md"));
        assertThat(md).contains("## 一、问题的提出", "### （一）既有研究", "[^1]", "[^2]: 李四", "editor:", "被截断，下一页继续");
        assertThat(md).doesNotContain("[^3]");
        assertThat(md).contains("> [3] 这条注释");
        assertLoads();
    }

    @Test
    void wrappedLayoutJoinsLinesRemovesFurnitureAndReportsAMarkerWithoutNote() throws Exception {
        ImportResult r = run("wrapped.txt", "sample");
        assertThat(r.articles()).singleElement().extracting(ImportResult.ArticleFigures::titleZh).isEqualTo("山川相连的合作之路");
        assertThat(r.notesPaired()).isEqualTo(1);
        assertThat(r.unpairedMarkers()).isEqualTo(1);
        assertThat(r.report()).contains("marker ② has no note on its page", "running head");
        String md = Files.readString(r.issueDir().resolve(r.articles().get(0).slug() + ".md"));
        assertThat(md).contains("各国在交通、能源", "## 一、引言", "## 二、合作的路径", "regional cooperation.", "李四");
        assertThat(md).doesNotContain("《示例学刊》2031年");
        assertThat(r.report()).contains("Journal: 示例学刊");
        assertThat(r.hanCoverage()).isGreaterThan(0.95);
        assertThat(r.unplaced()).isEmpty();
        assertLoads();
    }

    @Test
    void importIsDeterministic() throws Exception {
        ImportResult first = run("paragraphs-broken.txt", "sample");
        String a = Files.readString(first.issueDir().resolve(first.articles().get(0).slug() + ".md"));
        ImportResult second = run("paragraphs-broken.txt", "sample");
        assertThat(Files.readString(second.issueDir().resolve(second.articles().get(0).slug() + ".md"))).isEqualTo(a);
        assertThat(second.report()).isEqualTo(first.report());
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithItsLine() throws Exception {
        Path file = out.resolve("gbk.txt");
        Files.write(file, "第一行\n".getBytes(StandardCharsets.UTF_8));
        Files.write(file, new byte[] {(byte) 0xB5, (byte) 0xDA, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> Importer.run(new ImportOptions(file, "x", out, null, null)))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).diagnostic().format(null)).contains("gbk.txt:2: error: the file is not UTF-8"));
    }

    @Test
    void textWithoutArticlesIsRefused() throws Exception {
        Path file = out.resolve("empty.txt");
        Files.writeString(file, "只是一行字。\n");
        assertThatThrownBy(() -> Importer.run(new ImportOptions(file, "x", out, null, null)))
                .isInstanceOf(ImportException.class).hasMessageContaining("no article found");
    }

    @Test
    void missingFileIsRefused() {
        assertThatThrownBy(() -> Importer.run(new ImportOptions(out.resolve("none.txt"), "x", out, null, null)))
                .isInstanceOf(ImportException.class).hasMessageContaining("file not found");
    }
}
