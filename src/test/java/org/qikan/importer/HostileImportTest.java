package org.qikan.importer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import org.qikan.FastLaneTries;
import org.qikan.Thorough;
import org.qikan.content.ContentLoader;
import org.qikan.diag.Diagnostics;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text no converter would make on purpose, drawn from the pieces the layout rules look at — labels in every spelling,
 * note markers of every form, headings, page numbers, running heads, captions, brackets, bold marks, ideographic and
 * plain spaces, Han text, English — strung together, or put in anywhere in an issue of one article: an import either
 * writes its report, and sources that load with no error wherever the report says "ready to build", or stops with an
 * {@link ImportException} (a message with the file and line); nothing else escapes.
 */
@Tag(Thorough.TAG)
class HostileImportTest {
    private static final List<String> PIECES = List.of(
            "摘要：", "摘　要　", "**摘要**", "［摘要］", "〖关键词〗", "关键词：", "作者简介：", "【责任编辑：林】", "基金项目：",
            "Abstract:", "ABSTRACT：", "Key words:", "Summary:", "①", "[1]", "[^1]", "[^1]:", "<sup>1</sup>", "$^{1}$", "^{2}",
            "\\[3\\]", "［2］", "〔1〕", "¹", "*", "# ", "## ", "一、", "（一）", "1. ", "■ ", "【栏目】", "·12·", "— 3 —", "-- 4",
            "2031年第3期", "示例学报 2031年第3期", "《示例学报》2031年第3期", "表 1：", "图 2：", "资料来源：", "|", "---",
            "\n", "\n", "\n\n", "\n\n", "　", "  ", "，", "。", "；", "“", "”", "（", "）", "**", "⁃", "王明", "李华 (3)",
            "港口合作的新阶段", "各方对合作的期待也在提高", "This article discusses ports", "WANG Ming", "\t", "\u00a0");

    @Property(tries = 200, shrinking = ShrinkingMode.OFF)
    @FastLaneTries(40)
    void anyTextImportsOrStopsWithAClearError(@ForAll("texts") String text) throws Exception {
        Path work = Files.createTempDirectory("qikan-hostile-import");
        try {
            Path input = work.resolve("issue.txt");
            Files.writeString(input, text, StandardCharsets.UTF_8);
            Path out = work.resolve("content");
            try {
                ImportResult result = Importer.run(new ImportOptions(input, "sample", out, null, null));
                assertThat(result.issueDir().resolve("_import-report.md")).exists();
                assertThat(result.report()).contains("Verdict");
                if (result.report().contains("Verdict: ready to build")) { // a report that says so tells the truth
                    Diagnostics problems = new Diagnostics();
                    new ContentLoader(problems).load(out);
                    assertThat(problems.sorted().stream().filter(d -> d.isError()).map(d -> d.format(out))).as(text).isEmpty();
                }
            } catch (ImportException e) {
                assertThat(e.diagnostic().format(work)).as(text).contains("issue.txt").isNotBlank();
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** An issue of one article as a converter might give it, for the pieces to break: most draws start from it. */
    private static final String ISSUE = String.join("\n\n", "示例学报", "2031年第3期", "■ 区域研究", "港口合作的新阶段", "王明",
            "摘要：本文讨论港口合作进入新阶段的原因。", "关键词：港口；合作", "作者简介：王明，示例大学教授。", "一、问题的提出",
            "港口合作在近年来明显加快。①各方对合作的期待也在提高，而这一变化", "- 2 -", "来自贸易结构的调整。②",
            "① 张三：《港口论》，示例出版社2020年版，第5页。", "② 李四：《合作论》，示例出版社2021年版，第9页。", "二、结论",
            "港口城市的竞争往往被看作码头规模的竞争。", "【责任编辑：孙七】", "A New Stage of Port Cooperation", "WANG Ming",
            "Abstract: This article discusses ports.", "Key words: ports; cooperation", "");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> noise = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(400).map(pieces -> String.join("", pieces));
        Arbitrary<String> broken = Combinators.combine(Arbitraries.of(PIECES), Arbitraries.integers().between(0, ISSUE.length()))
                .as((piece, at) -> new Object[] {piece, at}).list().ofMaxSize(40).map(HostileImportTest::insertInto);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, noise), net.jqwik.api.Tuple.of(3, broken));
    }

    /** The issue with each piece put in at its place (counted in the text as it stands when it is put in). */
    private static String insertInto(List<Object[]> insertions) {
        StringBuilder text = new StringBuilder(ISSUE);
        for (Object[] insertion : insertions) {
            int at = Math.min((Integer) insertion[1], text.length());
            if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
                at--;
            }
            text.insert(at, (String) insertion[0]);
        }
        return text.toString();
    }
}
