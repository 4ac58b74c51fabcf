package org.qikan.render;

import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.content.MarkdownSource;
import org.qikan.diag.Diagnostics;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader sees of a table's caption ({@code [表 1：…]} after a Markdown table) and of a figure the text
 * edition does not hold ({@code ::: figure-missing 图 1：…}): the caption as the table's first child, the
 * figure as a {@code <figure>} whose caption and note are text on the page, in valid HTML.
 */
class TableCaptionAndMissingFigureTest {
    private static final String BODY = """
            港口的吞吐量差别很大。[^1]

            | 区域 | 2030年 |
            |---|---|
            | 东部 | 13.8 |
            [表 1：三个区域港口的吞吐量（亿吨）]

            资料来源：作者整理。

            |  | 出口 | 进口 |
            |---|---|---|
            | 东部 | 1.2 | 0.8 |

            ::: figure-missing 图 1：区域合作网络的*结构*示意图[^2]

            > ::: figure-missing 引文里的这一行不是图。

            [^1]: 张三：《港口统计》，2029年版。
            [^2]: 图据作者调查绘制。
            """;

    @TempDir
    Path root;

    private Element render(MarkdownRenderer renderer) throws Exception {
        Diagnostics problems = new Diagnostics();
        RenderedBody body = renderer.render(new MarkdownSource(root.resolve("a.md"), 1, BODY), new LocalFiles(root), problems);
        assertThat(problems.sorted()).isEmpty();
        return Jsoup.parseBodyFragment(body.parts().get(0).html()).body();
    }

    @Test
    void anEmptyCornerIsADataCellSoThatEveryHeaderCellHasANameAScreenReaderReads() throws Exception {
        Element table = render(new MarkdownRenderer()).select("table").get(1);
        assertThat(table.select("thead tr").first().children()).extracting(Element::tagName).containsExactly("td", "th", "th");
        assertThat(table.select("th")).allMatch(th -> !th.text().isBlank());
    }

    @Test
    void theTableCaptionIsTheTablesFirstChild() throws Exception {
        Element html = render(new MarkdownRenderer());
        Element table = html.selectFirst("table");
        assertThat(table.child(0).tagName()).isEqualTo("caption");
        assertThat(table.child(0).text()).isEqualTo("表 1：三个区域港口的吞吐量（亿吨）");
        assertThat(table.select("th").eachText()).containsExactly("区域", "2030年");
        assertThat(html.select("p").eachText()).contains("资料来源：作者整理。");
    }

    @Test
    void aMissingFigureIsAFigureWithItsCaptionAndANoteInBothLanguages() throws Exception {
        Element html = render(new MarkdownRenderer());
        List<Element> figures = html.select("figure.figure-missing");
        assertThat(figures).hasSize(1);
        Element figure = figures.get(0);
        Element caption = figure.selectFirst("figcaption");
        assertThat(caption.text()).isEqualTo("图 1：区域合作网络的结构示意图\u20602");
        assertThat(caption.select("em").text()).isEqualTo("结构");
        assertThat(caption.select("sup.note-ref a").attr("href")).isEqualTo("#note-2");
        Element note = figure.selectFirst(".figure-missing-note");
        assertThat(note.ownText()).isEqualTo("本文本版未收录此图");
        assertThat(note.selectFirst("span[lang=en]").text()).isEqualTo("figure not included in this text edition");
        assertThat(html.text()).doesNotContain("::: figure-missing 图");
        assertThat(html.selectFirst("blockquote").text()).isEqualTo("::: figure-missing 引文里的这一行不是图。");
    }

    @Test
    void thePublishersLabelsGiveTheNote() throws Exception {
        Element html = render(new MarkdownRenderer().withLabels(Map.of(
                "zh", Map.of("figureMissing", "此图从略"), "en", Map.of("figureMissing", "figure omitted"))));
        Element note = html.selectFirst(".figure-missing-note");
        assertThat(note.ownText()).isEqualTo("此图从略");
        assertThat(note.selectFirst("span[lang=en]").text()).isEqualTo("figure omitted");
    }

    @Test
    void theHtmlIsValidForTheNuChecker() throws Exception {
        Element html = render(new MarkdownRenderer());
        Path page = root.resolve("page.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>t</title></head><body><main>"
                + html.html() + "</main></body></html>", StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
        validator.setUpValidatorAndParsers(collect, true, false);
        validator.checkHtmlFile(page.toFile(), true);
        assertThat(errors).isEmpty();
    }
}
