package org.qikan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, keeping what it printed on each stream. */
class CliRun {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return Qikan.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
