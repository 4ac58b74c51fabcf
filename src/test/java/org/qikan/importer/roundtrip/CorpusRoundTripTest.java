package org.qikan.importer.roundtrip;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.importer.ImportOptions;
import org.qikan.importer.Importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trip over the corpus issues as imported: each file of ../shared/corpus (read in place) is imported
 * once, its sources are reduced to what print carries ({@link SourceScript}), printed in many layouts, imported
 * again and compared. What the first import made of the real print is taken as given; the test asks that the
 * importer reads its own reading back from any layout. {@code -Dqikan.roundtrip.corpus=ISSUE:TRY} replays one.
 */
@Tag("corpus")
class CorpusRoundTripTest {
    private static final int TRIES = 12;
    /**
     * Hard-wrapped layouts (one in four) are in the run; {@code -Dqikan.roundtrip.corpus.wrapped=false} leaves them out,
     * which also gives the sequence of layouts this test drew before they were in (its try 2023-05:9 was the article
     * with more than 99 superscript markers, see {@code NoteLabelsTest}).
     */
    private static final boolean WRAPPED = !"false".equals(System.getProperty("qikan.roundtrip.corpus.wrapped"));
    @TempDir
    Path work;

    @Test
    void importedCorpusIssuesImportAsPrintedInEveryLayout() throws Exception {
        Path corpus = Path.of("").toAbsolutePath().resolveSibling("shared").resolve("corpus");
        assertThat(corpus).isDirectory();
        Path content = work.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("site.yaml"), "title: {zh: 期刊, en: Journals}\n");
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            String journal = file.getFileName().toString().replaceFirst("-\\d{4}-\\d{2}.*$", "");
            Importer.run(new ImportOptions(file, journal, content, null, null));
        }
        List<SourceScript.Printable> issues = SourceScript.load(content);
        // 国际展望's one article prints no English abstract, so nothing of that issue is printable as the printer prints.
        assertThat(issues).as("imported corpus issues with printable articles").hasSizeGreaterThanOrEqualTo(files.size() - 1);
        String only = System.getProperty("qikan.roundtrip.corpus");
        List<String> failures = new ArrayList<>();
        for (SourceScript.Printable issue : issues) {
            for (int t = 0; t < TRIES; t++) {
                if (only != null && !only.equals(issue.name() + ":" + t)) {
                    continue;
                }
                Random random = new Random(issue.name().hashCode() * 1_000L + t);
                PrintForm form = PrintForm.random(random, WRAPPED);
                try {
                    RoundTripTest.check(issue.issue(), form, random.nextLong(),
                            issue.name() + " try " + t + " (replay: -Dqikan.roundtrip.corpus=" + issue.name() + ":" + t + ")");
                } catch (AssertionError e) {
                    failures.add(e.getMessage());
                }
            }
        }
        assertThat(failures.stream().map(SampleEditionRoundTripTest::brief).toList())
                .as("%d of the layouts failed; the first in full:%n%s", failures.size(), failures.isEmpty() ? "" : failures.get(0))
                .isEmpty();
    }
}
