package org.qikan.importer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.importer.layout.Captions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables printed as text and figure captions in every corpus issue (read in place from ../shared/corpus), checked
 * by rules that hold for any issue, not by what one file holds: no caption line ends up inside a paragraph of
 * body text; every row of cells set apart by tabs under a table's caption comes out in a table (recovered, or kept
 * whole line by line),
 * never glued to a paragraph; every table kept whole is a thing to check in the report; and every caption line
 * of the input is accounted for in the report.
 */
@Tag("corpus")
class CorpusTablesAndFiguresTest {
    private static final List<String> FILES = List.of("zhanlue-juece-yanjiu-2024-04.txt", "zhanlue-juece-yanjiu-2024-03.txt",
            "guoji-wenti-yanjiu-2023-05.txt", "guoji-zhanwang-2023-03-qin-jiang.txt");
    private static final Pattern SUMMARY = Pattern.compile("Tables printed as text: (\\d+) \\((\\d+) recovered as tables, (\\d+) kept whole\\); figures with no image: (\\d+)");

    @TempDir
    static Path work;
    static final Map<String, ImportResult> results = new TreeMap<>();
    static final Map<String, List<String>> inputs = new TreeMap<>();

    @BeforeAll
    static void importAll() throws Exception {
        Path corpus = Path.of("").toAbsolutePath().resolveSibling("shared").resolve("corpus");
        for (String file : FILES) {
            Path out = work.resolve(file);
            results.put(file, Importer.run(new ImportOptions(corpus.resolve(file), "j", out, null, null)));
            inputs.put(file, Files.readAllLines(corpus.resolve(file), StandardCharsets.UTF_8));
        }
    }

    /** Each body block of each article written, as its lines. */
    private static List<List<String>> blocks(ImportResult r) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(r.issueDir())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().startsWith("_")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                String body = text.substring(text.indexOf("\n---\n", 4) + 5);
                for (String block : body.split("\\n\\s*\\n")) {
                    out.add(block.strip().lines().toList());
                }
            }
        }
        return out;
    }

    private static boolean keptWhole(List<String> block) {
        return block.size() > 1 && block.subList(0, block.size() - 1).stream().allMatch(l -> l.endsWith("\\"));
    }

    @Test
    void noCaptionLineEndsUpInsideAParagraphOfBodyText() throws Exception {
        for (String file : FILES) {
            for (List<String> block : blocks(results.get(file))) {
                if (block.isEmpty() || block.get(0).startsWith("|") || block.get(0).startsWith("::: figure-missing") || block.get(0).startsWith("[^")) {
                    continue;
                }
                for (int i = 0; i < block.size(); i++) {
                    String line = block.get(i).replaceAll("\\\\$", "");
                    if (Captions.isCaption(line)) {
                        assertThat(keptWhole(block) && i == 0).as(file + ": caption inside a paragraph: " + block).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void everyRowOfCellsComesOutInATableNeverGluedToAParagraph() throws Exception {
        for (String file : FILES) {
            List<List<String>> blocks = blocks(results.get(file));
            List<String> lines = inputs.get(file);
            for (int n = 0; n < lines.size(); n++) {
                String input = lines.get(n);
                String[] cells = input.strip().split("\\t+");
                if (cells.length < 2 || input.strip().startsWith("|") || !underCaption(lines, n)) {
                    continue;
                }
                String asRow = "| " + String.join(" | ", List.of(cells).stream().map(String::strip).toList()) + " |";
                String asKept = String.join("\u3000", List.of(cells).stream().map(String::strip).toList());
                boolean found = blocks.stream().anyMatch(b -> b.contains(asRow)
                        || keptWhole(b) && b.stream().anyMatch(l -> l.replaceAll("\\\\$", "").equals(asKept)));
                assertThat(found).as(file + ": row “" + input + "” not in a table").isTrue();
            }
        }
    }

    /** Whether the line at {@code n} is among the rows under a table's caption (rows and blank lines back to it). */
    private static boolean underCaption(List<String> lines, int n) {
        for (int i = n - 1; i >= 0; i--) {
            String t = lines.get(i).strip();
            if (t.isEmpty() || t.split("\\t+").length >= 2) {
                continue;
            }
            return Captions.isTable(t);
        }
        return false;
    }

    /**
     * A table printed one cell per line and recovered holds the printed cell lines and nothing else: read row by
     * row, its cells (a cell over several lines joined) give back the printed lines in print order or, read a
     * column at a time, in column order. And every table kept whole says why in the report.
     */
    @Test
    void aTableRecoveredFromOneCellPerLineHoldsEveryPrintedCellAndNothingElse() throws Exception {
        int recovered = 0;
        for (String file : FILES) {
            List<String> lines = inputs.get(file);
            for (List<String> block : blocks(results.get(file))) {
                if (block.isEmpty() || !block.get(0).startsWith("|") || !block.get(block.size() - 1).startsWith("[")) {
                    continue;
                }
                String caption = block.get(block.size() - 1).replaceAll("^\\[|]$", "").replace("\\", "");
                int at = -1;
                for (int i = 0; i < lines.size() && at < 0; i++) {
                    if (lines.get(i).strip().equals(caption)) {
                        at = i;
                    }
                }
                if (at < 0 || lines.subList(at + 1, Math.min(lines.size(), at + 4)).stream().anyMatch(l -> l.contains("\t"))) {
                    continue; // a table printed in rows of cells, checked above
                }
                List<List<String>> rows = block.subList(0, block.size() - 1).stream().filter(l -> !l.startsWith("|---"))
                        .map(l -> List.of(l.substring(1, l.length() - 1).split("\\s*(?<!\\\\)\\|\\s*")).stream().map(String::strip).toList()).toList();
                StringBuilder byRows = new StringBuilder();
                rows.forEach(r -> r.forEach(byRows::append));
                StringBuilder byColumns = new StringBuilder();
                for (int c = 0; c < rows.get(0).size(); c++) {
                    for (List<String> r : rows) {
                        byColumns.append(r.get(c));
                    }
                }
                StringBuilder printed = new StringBuilder();
                for (String l : lines.subList(at + 1, lines.size())) {
                    String t = l.strip();
                    if (t.isEmpty() || Captions.isSource(t)) {
                        if (printed.length() >= byRows.length()) {
                            break;
                        }
                        continue;
                    }
                    printed.append(t);
                }
                String cells = printed.substring(0, Math.min(printed.length(), byRows.length()));
                assertThat(cells).as(file + ": " + caption).isIn(byRows.toString(), byColumns.toString());
                recovered++;
            }
            for (String thing : results.get(file).toCheck()) {
                if (thing.contains("table printed as text kept whole")) {
                    assertThat(thing).as(file).containsPattern("could not be recovered: [^)]+\\)");
                }
            }
        }
        System.out.println("tables recovered from one cell per line: " + recovered);
    }

    @Test
    void theReportAccountsForEveryCaptionAndListsEveryTableKeptWhole() {
        for (String file : FILES) {
            ImportResult r = results.get(file);
            long captions = inputs.get(file).stream().filter(Captions::isCaption).count();
            Matcher m = SUMMARY.matcher(r.report());
            boolean any = m.find();
            int tables = any ? Integer.parseInt(m.group(1)) : 0;
            int keptWhole = any ? Integer.parseInt(m.group(3)) : 0;
            int figures = any ? Integer.parseInt(m.group(4)) : 0;
            System.out.printf("%s: %d articles, tables %d (recovered %d, kept whole %d), figures %d%n", file, r.articles().size(),
                    tables, tables - keptWhole, keptWhole, figures);
            assertThat(tables + figures).as(file + ": captions printed vs tables and figures reported").isEqualTo((int) captions);
            assertThat(r.toCheck().stream().filter(t -> t.contains("table printed as text kept whole")).count())
                    .as(file + ": tables kept whole listed as things to check").isEqualTo(keptWhole);
        }
    }
}
