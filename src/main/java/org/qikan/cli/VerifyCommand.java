package org.qikan.cli;

import org.qikan.export.MirrorCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code qikan verify DIR}: checks a built site or a mirror of it against its BagIt manifest. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Checks a built site, or a copy of it, against its manifest-sha256.txt:",
                "lists every missing, changed and extra file."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is there, unchanged, and no other", "1:files are missing, changed or extra, or there is no manifest",
                "2:wrong command line", "3:internal error in qikan"})
final class VerifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The folder to check, such as site-output.")
    Path dir;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MirrorCheck.Report report;
        try {
            report = MirrorCheck.check(dir);
        } catch (MirrorCheck.NoManifest e) {
            err.println(e.getMessage());
            err.flush();
            return Qikan.INPUT_ERRORS;
        }
        print(err, "missing", report.missing());
        print(err, "changed", report.changed());
        print(err, "extra", report.extra());
        if (!report.isIntact()) {
            err.printf("%s does not match its manifest: %d missing, %d changed, %d extra of %d files.%n", dir,
                    report.missing().size(), report.changed().size(), report.extra().size(), report.checked());
            err.flush();
            return Qikan.INPUT_ERRORS;
        }
        out.printf("%s matches its manifest: %d files checked.%n", dir, report.checked());
        out.flush();
        return 0;
    }

    private static void print(PrintWriter err, String what, List<String> paths) {
        paths.forEach(p -> err.println(what + ": " + p));
    }
}
