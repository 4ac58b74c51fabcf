package org.qikan.importer.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.importer.ImportOptions;
import org.qikan.importer.ImportResult;
import org.qikan.importer.Importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's line for a note printed outside the article whose marker it was paired with: a marker with no note on
 * its page takes the nearest note of its label left over, which here is printed in the next article. The report names
 * the note, its input line and the article's file, and the verdict counts it.
 */
class NotePrintedElsewhereReportTest {
    @TempDir
    Path work;

    /** Two articles; the first cites [2] with no note [2] on its page, the second prints a note [2] it never cites. */
    private static String issue(boolean noteInItsOwnArticle) {
        return String.join("\n",
                "# 示例学刊",
                "",
                "2031 年第 2 期（总第 12 期） 双月刊",
                "",
                "# 航道合作的几个问题",
                "",
                "□ 王小明",
                "",
                "〔提 要〕本文讨论航道合作的几个问题。",
                "",
                "〔关键词〕航道、合作",
                "",
                "## 一、问题的提出",
                "",
                "航道安全关系到每个沿海国家。<sup>[1]</sup>各国对此看法不一。<sup>[2]</sup>",
                "",
                "---",
                "",
                "[1] 张三：《航道论》，示例出版社 2030 年版。",
                "",
                noteInItsOwnArticle ? "[2] 李四：《海洋与合作》，示例出版社 2029 年版。\n" : "",
                "【责任编辑：赵六】",
                "",
                "# 港口建设的长期投入",
                "",
                "□ 陈大文",
                "",
                "〔提 要〕本文讨论港口建设的长期投入。",
                "",
                "〔关键词〕港口、投资",
                "",
                "## 一、引言",
                "",
                "港口建设需要长期投入。<sup>[1]</sup>",
                "",
                "---",
                "",
                "[1] 王五：《港口经济》，示例出版社 2028 年版。",
                "",
                noteInItsOwnArticle ? "" : "[2] 李四：《海洋与合作》，示例出版社 2029 年版。\n",
                "【责任编辑：赵六】",
                "");
    }

    private ImportResult importIssue(String text, String folder) throws Exception {
        Path out = Files.createDirectories(work.resolve(folder));
        Path input = out.resolve("issue.txt");
        Files.writeString(input, text, StandardCharsets.UTF_8);
        return Importer.run(new ImportOptions(input, "sample", out.resolve("content"), null, null));
    }

    private static int verdictCount(String report) {
        if (report.contains("**Verdict: ready to build**")) {
            return 0;
        }
        Matcher m = Pattern.compile("\\*\\*Verdict: (\\d+) things? to check\\*\\*").matcher(report);
        assertThat(m.find()).as(report).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aNotePairedAcrossAnArticlesEndIsNamedWithItsLineAndCounted() throws Exception {
        String text = issue(false);
        int noteLine = text.lines().toList().lastIndexOf("[2] 李四：《海洋与合作》，示例出版社 2029 年版。") + 1;
        ImportResult r = importIssue(text, "across");
        String first = r.articles().get(0).slug() + ".md";
        String finding = "line " + noteLine + " → `" + first + "`: note [2] is printed outside this article";
        assertThat(r.report()).as(r.report()).contains("- " + finding);
        List<String> elsewhere = r.toCheck().stream().filter(f -> f.contains("printed outside this article")).toList();
        assertThat(elsewhere).singleElement().asString().startsWith(finding);
        assertThat(verdictCount(r.report())).isEqualTo(r.toCheck().size());

        ImportResult own = importIssue(issue(true), "own");
        assertThat(own.report()).doesNotContain("printed outside this article");
        assertThat(verdictCount(own.report())).as(own.report()).isEqualTo(verdictCount(r.report()) - 1);
    }
}
