package org.qikan.cli;

import org.qikan.diag.Diagnostic;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Prints a build's problems as {@code file:line: error: …} lines, paths relative to the working folder. */
final class DiagnosticLines {
    private DiagnosticLines() {
    }

    /** Every error, and the warnings too unless {@code quiet}. */
    static void print(List<Diagnostic> problems, boolean quiet, PrintWriter err) {
        Path base = Path.of("").toAbsolutePath();
        for (Diagnostic problem : problems) {
            if (problem.isError() || !quiet) {
                err.println(problem.format(base));
            }
        }
    }
}
