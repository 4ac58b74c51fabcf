package org.qikan.site;

import org.qikan.diag.Diagnostic;
import org.qikan.diag.Diagnostics;
import org.qikan.write.OutputFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Everything a build checks (content, templates, links), without touching the output folder: the
 * ordinary {@link SiteBuild} runs into a throwaway folder, which is deleted afterwards. Problems in
 * pages of that folder are reported under {@code site-output/}, the name a publisher knows.
 */
public final class SiteCheck {
    private static final String SHOWN_OUTPUT = "site-output";
    private final BuildOptions options;

    /** @param options what to check; its output folder is ignored (nothing is written there) */
    public SiteCheck(BuildOptions options) {
        this.options = options;
    }

    public BuildResult run() {
        Path scratch = createScratch();
        try {
            Path output = scratch.resolve(SHOWN_OUTPUT);
            BuildResult built = new SiteBuild(new BuildOptions(options.contentDir(), output, options.templatesDir(),
                    options.assetsDir(), options.checkLinks(), false, false)).run();
            return new BuildResult(renamed(built.diagnostics(), scratch), built.summary(), false);
        } finally {
            try {
                OutputFolder.deleteTree(scratch);
            } catch (IOException ignored) {
                // a temporary folder; the system cleans it up
            }
        }
    }

    private static Diagnostics renamed(Diagnostics found, Path scratch) {
        Diagnostics shown = new Diagnostics();
        Path root = scratch.toAbsolutePath().normalize();
        for (Diagnostic d : found.sorted()) {
            Path file = d.file();
            if (file != null && file.toAbsolutePath().normalize().startsWith(root)) {
                file = root.relativize(file.toAbsolutePath().normalize());
            }
            shown.add(new Diagnostic(d.severity(), file, d.line(), d.column(), d.message(), d.hint()));
        }
        return shown;
    }

    private static Path createScratch() {
        try {
            return Files.createTempDirectory("qikan-check");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the check", e);
        }
    }
}
