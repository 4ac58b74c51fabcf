package org.qikan.importer.roundtrip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.cli.Qikan;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports issues of several journals into one content folder: the site.yaml the first import writes is named after
 * that journal; a second journal's import renames it for both, a fourth gives it a neutral title; a site.yaml the
 * publisher edited is never touched; and the folder builds with no file written by hand.
 */
class SeveralJournalsSiteTest {
    @TempDir
    Path work;

    private static final PrintForm FORM = new PrintForm(false, true, true, true, PrintForm.Marker.BRACKET, true, false, true,
            "【", "】", "", false, false, PrintForm.Byline.BOX, 500, 0);

    /** A generated issue printed with the given journal names (Chinese and English on its masthead). */
    private String printed(long seed, String zh, String en) {
        Random random = new Random(seed);
        Script.Issue made = new ScriptGenerator(random.nextLong()).issue();
        Script.Issue issue = new Script.Issue(zh, en, made.year(), made.number(), made.sections(), made.articles());
        return new IssuePrinter(issue, FORM, random.nextLong()).print();
    }

    private void importInto(Path content, String journal, String text) throws Exception {
        Path input = work.resolve(journal + ".txt");
        Files.writeString(input, text, StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        int exit = Qikan.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "import", input.toString(), "--journal", journal, "--out", content.toString(), "-q");
        assertThat(exit).as(err.toString()).isZero();
    }

    private static String site(Path content) throws Exception {
        return Files.readString(content.resolve("site.yaml"), StandardCharsets.UTF_8);
    }

    /** The site's title as the YAML gives it: "zh | en". */
    private static String title(Path content) throws Exception {
        var title = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(site(content)).path("title");
        return title.path("zh").asText() + " | " + title.path("en").asText();
    }

    @Test
    void aSecondJournalGivesTheSiteBothNamesAndAFourthANeutralTitle() throws Exception {
        Path content = work.resolve("edition");
        importInto(content, "guoji", printed(1, "国际研究学刊", "Journal of International Studies"));
        assertThat(title(content)).isEqualTo("国际研究学刊 | Journal of International Studies");

        importInto(content, "zhanlue", printed(2, "战略研究学刊", "Strategic Studies"));
        assertThat(title(content)).isEqualTo("国际研究学刊、战略研究学刊 | Journal of International Studies · Strategic Studies");

        importInto(content, "guoji", printed(3, "国际研究学刊", "Journal of International Studies"));
        assertThat(title(content)).as("a journal imported again adds no name")
                .isEqualTo("国际研究学刊、战略研究学刊 | Journal of International Studies · Strategic Studies");

        importInto(content, "anquan", printed(4, "安全研究学刊", "Security Studies"));
        assertThat(title(content)).startsWith("安全研究学刊、国际研究学刊、战略研究学刊 | Security Studies · ");
        importInto(content, "waijiao", printed(5, "外交研究学刊", "Diplomatic Studies"));
        assertThat(title(content)).isEqualTo("学术期刊 | Journals");

        StringWriter err = new StringWriter();
        int build = Qikan.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "build", "--content", content.toString(), "--out", work.resolve("site").toString(), "--quiet");
        assertThat(build).as(err.toString()).isZero();
        assertThat(Files.readString(work.resolve("site/index.html"), StandardCharsets.UTF_8)).contains("学术期刊");
    }

    @Test
    void aSiteYamlThePublisherEditedIsKept() throws Exception {
        Path content = work.resolve("edited");
        importInto(content, "guoji", printed(1, "国际研究学刊", "Journal of International Studies"));
        String edited = site(content).replace("国际研究学刊", "我们的期刊") + "base_url: https://example.org/\n";
        Files.writeString(content.resolve("site.yaml"), edited, StandardCharsets.UTF_8);
        importInto(content, "zhanlue", printed(2, "战略研究学刊", "Strategic Studies"));
        assertThat(site(content)).isEqualTo(edited);
    }

}
