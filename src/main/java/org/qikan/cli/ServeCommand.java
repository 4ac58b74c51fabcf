package org.qikan.cli;

import org.qikan.diag.Diagnostic;
import org.qikan.serve.PreviewServer;
import org.qikan.site.BuildResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code qikan serve}: build, serve on localhost, rebuild on change, reload open pages. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Previews the site on http://127.0.0.1:PORT/, rebuilt and reloaded on every change.",
                "Builds the site, serves it and rebuilds it whenever a file in the content, templates or assets folder",
                "changes; open pages reload by themselves. A failed build shows its errors",
                "in the page, over the last good site. The reload script is added to served pages only, never to the output folder."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:the port cannot be used", "2:wrong command line", "3:internal error in qikan"})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SourceFolders sources;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site-output", description = "Output folder, served (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8000", description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-link-check", negatable = false, description = "Skip checking every link on each rebuild.")
    boolean noLinkCheck;

    @Option(names = "--stop-after", paramLabel = "SECONDS", description = "Stop after this many seconds (for scripts and smoke tests; default: run until Ctrl-C).")
    Long stopAfter;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print the pages re-rendered for each saved article and where each build spent its time (milliseconds per stage).")
    boolean verbose;

    private volatile PreviewServer running;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PreviewServer server;
        try {
            server = PreviewServer.start(sources.options(out).withLinkCheck(!noLinkCheck), port, this::report, this::previewed);
            running = server;
        } catch (IOException e) {
            err.println("error: cannot serve on 127.0.0.1:" + port + ": " + e.getMessage() + ". choose another --port, or stop what uses it");
            err.flush();
            return Qikan.INPUT_ERRORS;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> closeQuietly(server, stopped), "qikan-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        if (!quiet) {
            spec.commandLine().getOut().println("Serving " + out + " at " + server.address() + " (Ctrl-C to stop)");
            spec.commandLine().getOut().flush();
        }
        if (stopAfter == null) {
            stopped.await();
        } else {
            stopped.await(stopAfter, TimeUnit.SECONDS);
            Runtime.getRuntime().removeShutdownHook(hook);
            closeQuietly(server, stopped);
        }
        return 0;
    }

    private void report(BuildResult result) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path base = Path.of("").toAbsolutePath();
        for (Diagnostic d : PreviewServer.shown(result, quiet)) {
            err.println(d.format(base));
        }
        if (!result.succeeded()) {
            err.printf("Build failed: %d errors; still serving the last good site.%n", result.diagnostics().errorCount());
        } else if (!quiet && result.summary() != null) {
            out.println(String.format(Locale.ROOT, "Built: %d pages in %.2f s", result.summary().pages(), result.summary().seconds()));
        }
        if (verbose && running != null) {
            out.println(running.lastBuildTimes());
        }
        out.flush();
        err.flush();
    }

    private void previewed(String line) {
        if (verbose && !quiet) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(line);
            out.flush();
        }
    }

    private static void closeQuietly(PreviewServer server, CountDownLatch stopped) {
        try {
            server.close();
        } catch (IOException ignored) {
            // stopping anyway
        }
        stopped.countDown();
    }
}
