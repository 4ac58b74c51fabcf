package org.qikan.cli;

import org.qikan.importer.ImportException;
import org.qikan.importer.ImportOptions;
import org.qikan.importer.ImportResult;
import org.qikan.importer.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code qikan import FILE --journal SLUG}: an issue's raw text in, content sources and a report out. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports an issue's text (converted from the printed PDF) into content sources:",
                "<out>/<journal>/<year>-<number>/ with issue.yaml, one .md per article, pages/ and _import-report.md,",
                "and <out>/<journal>/journal.yaml when the journal has none. The report is printed too."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported (read the report for what could not be placed)",
                "1:the input cannot be imported (printed as file:line: error: ...), or with --strict: the report lists things to check",
                "2:wrong command line", "3:internal error in qikan"})
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The issue's text, UTF-8.")
    Path file;

    @Option(names = "--journal", paramLabel = "SLUG", required = true,
            description = "The journal's folder name: lowercase letters, digits and hyphens.")
    String journal;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "content", description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--year", paramLabel = "N", description = "Year of the issue (default: read from the text).")
    Integer year;

    @Option(names = "--number", paramLabel = "N", description = "Number of the issue within the year (default: read from the text).")
    Integer number;

    @Option(names = "--strict", description = "Exit 1 when the report lists anything to check (its verdict is not \"ready to build\").")
    boolean strict;

    @Option(names = "--force", description = "Overwrite sources edited since the last import (otherwise the import refuses and writes nothing).")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors, not the report.")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (!org.qikan.content.Slugs.isValid(journal)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "invalid --journal '" + journal + "': " + org.qikan.content.Slugs.RULE);
        }
        if (number != null && (number < 1 || number > 99)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "invalid --number " + number + ": give the issue's number within the year, from 1 to 99");
        }
        if (year != null && (year < 1000 || year > 9999)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "invalid --year " + year + ": give the year with four digits, such as --year 2024");
        }
        try {
            ImportResult result;
            try (Progress progress = Progress.of("import", 1, Verbosity.of(quiet), stdout)) {
                long start = System.nanoTime();
                result = Importer.run(new ImportOptions(file, journal, out, year, number, force));
                progress.step("import", String.format(java.util.Locale.ROOT, "%d articles in %.2f s", result.articles().size(),
                        (System.nanoTime() - start) / 1e9));
            }
            if (!quiet) {
                stdout.println(result.report());
            }
            stdout.println("Imported " + result.articles().size() + (result.articles().size() == 1 ? " article" : " articles") + " into " + result.issueDir()
                    + "; report: " + result.issueDir().resolve("_import-report.md"));
            stdout.flush();
            if (strict && result.needsReview()) {
                err.println(result.issueDir().resolve("_import-report.md") + ": error: " + result.toCheck().size()
                        + " things to check (--strict). Fix them in the sources or the input text, or import without --strict");
                err.flush();
                return Qikan.INPUT_ERRORS;
            }
            return 0;
        } catch (ImportException e) {
            err.println(e.diagnostic().format(Path.of("").toAbsolutePath()));
            err.flush();
            return Qikan.INPUT_ERRORS;
        }
    }
}
