package org.qikan.site;

import org.qikan.diag.Diagnostics;

import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Failures that come from the machine rather than from qikan or the sources, turned into a clear
 * error with what to do: a file name the Java runtime cannot encode (a non-ASCII name under a
 * non-UTF-8 locale such as {@code LC_ALL=C}), or a folder that cannot be read in the middle of a walk.
 */
final class EnvironmentProblems {
    private EnvironmentProblems() {
    }

    /** Reports {@code e} to {@code problems} if it is one of these failures; rethrows it otherwise. */
    static void report(RuntimeException e, Path contentDir, Diagnostics problems) {
        if (e instanceof InvalidPathException invalid) {
            String encoding = System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());
            boolean utf8 = encoding.toUpperCase(Locale.ROOT).replace("-", "").equals("UTF8");
            problems.error(contentDir, 0, "cannot handle the file name '" + invalid.getInput() + "'"
                            + (utf8 ? ": " + invalid.getReason() : ": the Java runtime encodes file names as " + encoding + ", not UTF-8"),
                    utf8 ? "rename the file to a name of letters, digits and hyphens"
                            : "run qikan with a UTF-8 locale, for example: LC_ALL=C.UTF-8 java -jar qikan.jar build");
        } else if (e instanceof UncheckedIOException io) {
            problems.error(contentDir, 0, "cannot read the content folder: " + io.getCause().getMessage(),
                    "check that you may read every folder in it (permissions)");
        } else {
            throw e;
        }
    }
}
