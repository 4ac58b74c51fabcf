package org.qikan.cli;

import org.qikan.site.BuildListener;
import org.qikan.site.BuildOptions;
import org.qikan.site.BuildResult;
import org.qikan.site.SiteBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code qikan build}: content folder in, static site out. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the site from the content folder.",
                "The new site replaces the output folder only if the build has no errors; otherwise the previous site is left as it was."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was built", "1:the content has errors (each printed as file:line: error: ...)",
                "2:wrong command line", "3:internal error in qikan"})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SourceFolders sources;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site-output", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--no-link-check", negatable = false, description = "Skip checking every link of the built site.")
    boolean noLinkCheck;

    @Option(names = "--lunr-index", negatable = false,
            description = "Also write search/lunr-index.json: the whole search index in lunr.js's own serialized form, for tools.")
    boolean lunrIndex;

    @Option(names = "--no-cache", negatable = false, description = "Render every page again instead of reusing unchanged issues from the cache beside the output (.qikan-cache/); the output is the same.")
    boolean noCache;

    @Mixin
    Verbosity verbosity;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildOptions options = sources.options(this.out).withLinkCheck(!noLinkCheck).withIncremental(!noCache).withLunrExport(lunrIndex);
        BuildResult result;
        try (Progress progress = Progress.of("build", BuildListener.Stage.count(options), verbosity, out)) {
            result = new SiteBuild(options, progress).run();
        }
        DiagnosticLines.print(result.diagnostics().sorted(), verbosity.quiet, err);
        if (!result.succeeded()) {
            err.printf("Build failed: %d errors, %d warnings. %s was left as it was.%n",
                    result.diagnostics().errorCount(), result.diagnostics().warningCount(), this.out);
            err.flush();
            return Qikan.INPUT_ERRORS;
        }
        if (!verbosity.quiet) {
            out.println("Built " + this.out + ": " + result.summary().line());
        }
        out.flush();
        return 0;
    }
}
