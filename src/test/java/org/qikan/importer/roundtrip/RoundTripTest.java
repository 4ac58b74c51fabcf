package org.qikan.importer.roundtrip;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import org.qikan.FastLaneTries;
import org.qikan.Thorough;
import org.qikan.importer.ImportOptions;
import org.qikan.importer.ImportResult;
import org.qikan.importer.Importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints made-up issues in many layouts (see {@link PrintForm}), imports each printed text and checks
 * that the sources give back what was printed: the same articles in order, titles, names, abstracts and
 * key words in both languages, the same headings and paragraphs, each note under its own reference.
 * Each try is one seed; a failure names it, and {@code -Dqikan.roundtrip.seed=N} replays it alone. The thorough run
 * (see {@link Thorough}) tries 200 seeds; the fast lane 50 (jqwik, told fewer tries, draws other seeds from the same
 * fixed seed).
 */
@Tag(Thorough.TAG)
class RoundTripTest {

    @Property(tries = 200, shrinking = ShrinkingMode.OFF, seed = "20301")
    @FastLaneTries(50)
    void printedIssuesImportAsPrinted(@ForAll long seed) throws Exception {
        check(seed);
    }

    /** Replays one seed: {@code mvn test -Dtest=RoundTripTest -Dqikan.roundtrip.seed=N}. */
    @Example
    void replaysTheSeedGiven() throws Exception {
        String seed = System.getProperty("qikan.roundtrip.seed");
        if (seed != null) {
            check(Long.parseLong(seed));
        }
    }

    /**
     * Layouts that failed under other seeds, kept: 1296 is hard-wrapped, with a table whose last row is short of
     * cells and is followed on its page by an indented paragraph (the row was left out of the table). 14 to 485 (found by
     * replaying seeds 1–600): a title on the page after a reference list (参考文献) was joined onto the list's heading as
     * the second half of a cut paragraph, where a byline numbered like a note ({@code 作者：李安远[1]}, then
     * {@code [1] 某大学…}) hid that the labels follow: the article was swallowed by the one before it.
     */
    @Example
    void layoutsThatOnceFailedImportAsPrinted() throws Exception {
        for (long seed : new long[] {1296, 14, 42, 48, 85, 87, 88, 92, 116, 119, 182, 187, 288, 316, 466, 474, 485}) {
            check(seed, false); // printed as when they failed: short headings only
        }
    }

    /**
     * Layouts with the later forms that failed under other seeds, kept: 60789 and 61553 print the masthead's issue line
     * with more on it ({@code 2030年第4期（总第34期）}) and a running head {@code 2030年第4期 示例国际研究} within the top
     * fifteen lines, which was taken for the masthead and left in a body.
     */
    @Example
    void laterLayoutsThatOnceFailedImportAsPrinted() throws Exception {
        for (long seed : new long[] {60789, 61553}) {
            check(seed);
        }
    }

    static void check(long seed) throws Exception {
        check(seed, true);
    }

    /**
     * One seed's layout; {@code current} adds what was drawn after the layouts kept as examples failed (long headings,
     * one time in four, where the text is not hard-wrapped, markers as later converters write them: Markdown footnotes,
     * {@code <sup>1</sup>}, {@code $^{1}$}, brackets of other forms; one time in four, labels spelled as later converters
     * write them, {@code ［摘要］}, {@code **摘要**}, {@code 摘要　}), from draws of their own.
     */
    private static void check(long seed, boolean current) throws Exception {
        Random random = new Random(seed);
        Script.Issue issue = new ScriptGenerator(random.nextLong(), current).issue();
        PrintForm form = PrintForm.random(random);
        Random later = new Random(seed * 43 + 19);
        if (current && !form.wrapped() && later.nextInt(4) == 0) {
            form = form.withMarker(PrintForm.Marker.LATER[later.nextInt(PrintForm.Marker.LATER.length)]);
        }
        Random labels = new Random(seed * 59 + 31);
        if (current && labels.nextInt(4) == 0) {
            form = form.withLabels(PrintForm.LATER_LABELS[labels.nextInt(PrintForm.LATER_LABELS.length)]);
        }
        Random own = new Random(seed * 31 + 17); // the CSSCI conventions' own draws leave the plain layouts as they were
        CssciForm cssci = !form.wrapped() && own.nextBoolean() ? CssciForm.random(own) : CssciForm.NONE;
        check(issue, form, cssci, random.nextLong(), "seed " + seed + " (replay: -Dqikan.roundtrip.seed=" + seed + ")", current);
    }

    static void check(Script.Issue issue, PrintForm form, long printSeed, String about) throws Exception {
        check(issue, form, CssciForm.NONE, printSeed, about);
    }

    /**
     * What the CSSCI conventions print beyond the compared view: the affiliation under each byline reaches every
     * author's front matter, and the masthead's cumulative number (总第N期) the issue's.
     */
    private static void checkCssci(Script.Issue issue, CssciForm cssci, Path content, String about) throws Exception {
        Path dir = content.resolve("sample").resolve(String.format(java.util.Locale.ROOT, "%d-%02d", issue.year(), issue.number()));
        if (cssci.masthead()) {
            assertThat(Files.readString(dir.resolve("issue.yaml"))).as(about).contains("cumulative: " + (30 + issue.number()));
        }
        if (cssci.numbered() != null) {
            checkNumbered(issue, dir, about);
        } else if (cssci.affiliation()) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(f -> f.getFileName().toString().matches("\\d\\d.*\\.md")).toList()) {
                    String text = Files.readString(f);
                    int articleIndex = Integer.parseInt(f.getFileName().toString().substring(0, 2)) - 1;
                    Script.Article a = issue.articles().get(articleIndex);
                    assertThat(text.split("affiliation:\n      zh: \"" + CssciForm.unit(a) + "\"", -1)).as(about + ": " + f)
                            .hasSize(a.authors().size() + 1);
                }
            }
        }
    }

    /** Each author's front matter holds exactly their own units, in Chinese and in English, in the authors' order. */
    private static void checkNumbered(Script.Issue issue, Path dir, String about) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("\\d\\d.*\\.md")).toList()) {
                String text = Files.readString(f);
                Script.Article a = issue.articles().get(Integer.parseInt(f.getFileName().toString().substring(0, 2)) - 1);
                int at = 0;
                for (int k = 0; k < a.authors().size(); k++) {
                    String expected = "    affiliation:\n      zh: \"" + CssciForm.Numbered.expected(a, k, false) + "\"\n      en: \""
                            + CssciForm.Numbered.expected(a, k, true) + "\"\n";
                    at = text.indexOf(expected, at);
                    assertThat(at).as("%s: %s, author %d's units%n%s", about, f, k, text).isGreaterThan(0);
                }
                assertThat(text.split("affiliation:", -1)).as(about + ": " + f).hasSize(a.authors().size() + 1);
            }
        }
    }

    /**
     * Prints {@code issue} in {@code form}, imports the printed text and compares; {@code about} names the try in
     * a failure's message (with the form and the printed text).
     */
    static void check(Script.Issue plain, PrintForm form, CssciForm cssci, long printSeed, String about) throws Exception {
        check(plain, form, cssci, printSeed, about, true);
    }

    /** As above; {@code later} prints the forms added after the layouts kept as examples failed (see the printer). */
    private static void check(Script.Issue plain, PrintForm form, CssciForm cssci, long printSeed, String about, boolean later) throws Exception {
        Script.Issue issue = cssci.script(plain);
        IssuePrinter printer = new IssuePrinter(issue, form, printSeed, cssci);
        if (!later) {
            printer.asFirstWritten();
        }
        String printed = printer.print();
        Path work = Files.createTempDirectory("qikan-roundtrip");
        try {
            Path input = work.resolve("issue.txt");
            Files.writeString(input, printed, StandardCharsets.UTF_8);
            String dump = System.getProperty("qikan.roundtrip.dump"); // -Dqikan.roundtrip.dump=FILE keeps the printed text of a replay
            if (dump != null) {
                Files.writeString(Path.of(dump), printed, StandardCharsets.UTF_8);
            }
            Path content = work.resolve("content");
            Files.createDirectories(content);
            Files.writeString(content.resolve("site.yaml"), "title: {zh: 测试, en: Test}\n");
            ImportResult result = Importer.run(new ImportOptions(input, "sample", content, null, null));
            List<ImportedEdition.View> actual = ImportedEdition.load(content);
            List<ImportedEdition.View> expected = issue.articles().stream().map(a -> ImportedEdition.of(issue, a, cssci.references())).toList();
            if (form.wrapped()) {
                actual = actual.stream().map(ImportedEdition::asShown).map(ImportedEdition::withoutHanLatinGaps).toList();
                expected = expected.stream().map(ImportedEdition::withoutHanLatinGaps).toList();
            }
            assertThat(ImportedEdition.differences(expected, actual))
                    .as("%s, %s, %s%n--- printed ---%n%s", about, form, cssci, printed)
                    .isEmpty();
            about = about + ", " + form + ", " + cssci;
            checkCssci(issue, cssci, content, about);
            if (form.contents()) {
                assertThat(result.tocEntries()).as(about).isEqualTo(issue.articles().size());
                assertThat(result.tocEntriesWithoutArticle()).as(about).isEmpty();
            }
            String report;
            try (Stream<Path> files = Files.walk(content)) {
                report = Files.readString(files.filter(f -> f.getFileName().toString().equals("_import-report.md")).findFirst().orElseThrow());
            }
            if (printer.headingsSplit() > 0) { // the report lists every heading joined from two lines or more
                assertThat(report).as(about).contains("Headings joined from lines the print broke them over: " + printer.headingsSplit() + " ");
            } else {
                assertThat(report).as(about).doesNotContain("Headings joined");
            }
            assertThat(Files.readString(content.resolve("sample/journal.yaml"))).as(about)
                    .contains(issue.journalZh(), issue.journalEn());
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
