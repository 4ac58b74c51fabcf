package org.qikan.importer.roundtrip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.cli.Qikan;

import java.io.PrintWriter;
import java.io.StringWriter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Breaks a printed issue on purpose, one way at a time, and checks that the report's verdict catches each;
 * the unbroken issue imports "ready to build", and {@code import --strict} fails exactly when it should.
 * Then imports into a folder with nothing in it and builds it, with no file written by hand.
 */
class VerdictTest {
    @TempDir
    Path work;

    private static final long SEED = 20302;

    /** One printed issue in a fixed layout: notes per page as [1], English after each article, contents printed. */
    private static String printed() {
        Random random = new Random(SEED);
        Script.Issue issue = new ScriptGenerator(random.nextLong()).issue();
        PrintForm form = new PrintForm(false, true, true, true, PrintForm.Marker.BRACKET, true, false, true, "【", "】", "",
                false, false, PrintForm.Byline.BOX, 500, 0);
        return new IssuePrinter(issue, form, random.nextLong()).print();
    }

    private int importText(String text, Path out, boolean strict, StringBuilder report) throws Exception {
        Path input = work.resolve("issue-" + Math.abs(text.hashCode()) + ".txt");
        Files.writeString(input, text, StandardCharsets.UTF_8);
        List<String> args = new java.util.ArrayList<>(List.of("import", input.toString(), "--journal", "sample", "--out", out.toString(), "-q"));
        if (strict) {
            args.add("--strict");
        }
        int exit = Qikan.run(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true), args.toArray(String[]::new));
        try (var files = Files.walk(out)) {
            Path r = files.filter(p -> p.getFileName().toString().equals("_import-report.md")).findFirst().orElseThrow();
            report.append(Files.readString(r));
        }
        return exit;
    }

    @Test
    void cleanIssueIsReadyToBuildAndStrictPasses() throws Exception {
        StringBuilder report = new StringBuilder();
        int exit = importText(printed(), work.resolve("clean"), true, report);
        assertThat(report.toString()).as(report.toString()).contains("**Verdict: ready to build**");
        assertThat(exit).isZero();
    }

    @Test
    void eachBreakageIsCaughtByTheVerdictAndFailsStrict() throws Exception {
        String text = printed();
        List<Breakage> breakages = List.of(
                new Breakage("a note lost", t -> t.replaceFirst("(?m)^\\[1] [^\\n]*\\n", ""), "has no note"),
                new Breakage("a marker lost", t -> t.replaceFirst("(?<=。)\\[\\d](?=[^ \\n])", ""), "no marker"),
                new Breakage("a label word left in the body", t -> t.replaceFirst("(?m)^(二、[^\\n]*\\n\\n)", "$1关键词：合作；治理\n\n"), "label word left in the body"),
                new Breakage("a short line with no stop under a heading", t -> t.replaceFirst("(?m)^(二、[^\\n]*\\n\\n)", "$1这一行没有标点而且比标题更长的文字内容\n\n"),
                        "short line with no stop under a heading"),
                new Breakage("a paragraph cut at the article's end", t -> t.replaceFirst("(?m)^(【责任编辑)", "这一段在文章末尾被截断，而没有写完它的最后一句话就结\n\n$1"), "ends mid-sentence"),
                new Breakage("an English abstract cut from its start", t -> t.replaceFirst("Abstract: [A-Z]", "Abstract: x"), "lower case"),
                new Breakage("keywords swallowing a sentence", t -> t.replaceFirst("(【关键词】[^\\n]*)", "$1；本文认为合作是一种长期的过程。"), "keyword looks like a sentence"),
                new Breakage("a Chinese run in an English abstract", t -> t.replaceFirst("(Abstract: [A-Z]\\w*)", "$1 区域合作的长期过程"), "Chinese inside the English abstract"),
                new Breakage("English sentences in the Chinese abstract", t -> t.replaceFirst("(【(?:摘要|内容摘要|提要)】[^\\n]*)",
                        "$1This paragraph is the English abstract printed straight after the Chinese one, with no label of its own at all."),
                        "English sentences inside the Chinese abstract"));
        int n = 0;
        for (Breakage b : breakages) {
            String broken = b.apply().apply(text);
            assertThat(broken).as(b.name() + " changed the text").isNotEqualTo(text);
            StringBuilder report = new StringBuilder();
            int exit = importText(broken, work.resolve("broken-" + n++), true, report);
            assertThat(report.toString()).as(b.name() + "\n" + report).doesNotContain("ready to build").contains(b.expected());
            assertThat(exit).as(b.name()).isEqualTo(1);
        }
    }

    @Test
    void importIntoAnEmptyFolderThenBuildGivesNoErrors() throws Exception {
        Path content = work.resolve("new-edition");
        StringBuilder report = new StringBuilder();
        assertThat(importText(printed(), content, false, report)).isZero();
        assertThat(content.resolve("site.yaml")).exists();
        StringWriter err = new StringWriter();
        int build = Qikan.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "build", "--content", content.toString(), "--out", work.resolve("site").toString(), "--quiet");
        assertThat(build).as(err.toString()).isZero();
        assertThat(work.resolve("site/index.html")).exists();
    }

    private record Breakage(String name, UnaryOperator<String> apply, String expected) {
    }
}
