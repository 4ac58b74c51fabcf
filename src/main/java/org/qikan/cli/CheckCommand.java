package org.qikan.cli;

import org.qikan.diag.Diagnostic;
import org.qikan.diag.DiagnosticJson;
import org.qikan.site.BuildResult;
import org.qikan.site.SiteCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code qikan check}: everything {@code build} checks, without replacing the output folder. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks everything a build checks, without writing the site.",
                "Content, templates and every link of the site a build would make are checked in a temporary folder;",
                "the output folder is not touched."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings may have been printed)", "1:the content has errors",
                "2:wrong command line", "3:internal error in qikan"})
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @Mixin
    SourceFolders sources;

    @Option(names = "--no-link-check", negatable = false, description = "Skip checking every link of the built site.")
    boolean noLinkCheck;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (file:line: error: ...), or json: {\"diagnostics\": [{file, line, column, severity, message, hint}...], \"errors\", \"warnings\"} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors (text format).")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildResult result = new SiteCheck(sources.options(Path.of("site-output")).withLinkCheck(!noLinkCheck)).run();
        List<Diagnostic> found = result.diagnostics().sorted();
        Path base = Path.of("").toAbsolutePath();
        if (format == Format.json) {
            out.println(DiagnosticJson.of(found, base));
        } else {
            DiagnosticLines.print(found, quiet, err);
            if (!quiet) {
                out.printf("Checked %s: %d errors, %d warnings.%n", sources.content,
                        result.diagnostics().errorCount(), result.diagnostics().warningCount());
            }
        }
        out.flush();
        err.flush();
        return result.diagnostics().hasErrors() ? Qikan.INPUT_ERRORS : 0;
    }
}
