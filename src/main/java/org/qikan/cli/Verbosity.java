package org.qikan.cli;

import picocli.CommandLine.Option;

/** {@code --quiet} and {@code --verbose}, shared by the commands. */
final class Verbosity {
    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print what each stage did and how long it took.")
    boolean verbose;

    static Verbosity of(boolean quiet) {
        Verbosity verbosity = new Verbosity();
        verbosity.quiet = quiet;
        return verbosity;
    }
}
