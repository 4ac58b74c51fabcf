package org.qikan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code qikan} command: {@code qikan build}, {@code qikan import}… Exit codes: 0 done, 1 the
 * input has errors (each printed as {@code file:line: error: …}), 2 the command line is wrong,
 * 3 qikan itself failed.
 */
@Command(name = "qikan", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds the static digital edition of scholarly journals from Markdown sources.",
        subcommands = {BuildCommand.class, BagCommand.class, CheckCommand.class, ImportCommand.class, NewCommand.class, ServeCommand.class, VerifyCommand.class, CommandLine.HelpCommand.class})
public final class Qikan implements Runnable {
    public static final int INPUT_ERRORS = 1;
    public static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        if (args.length > 0 && java.util.Set.of("build", "check", "serve").contains(args[0])) {
            org.qikan.site.StartupWork.begin();
        }
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests: nothing calls {@code System.exit}). */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output streams and returns its exit code. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Qikan());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("qikan: internal error: " + e + " (this is a bug in qikan; please report it with the command you ran)");
            if (Boolean.getBoolean("qikan.debug")) {
                e.printStackTrace(cmd.getErr());
            }
            return INTERNAL_ERROR;
        });
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("qikan: error: out of memory (a Java heap of at most " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MiB); nothing was replaced. run it with more: QIKAN_JAVA_OPTS=-Xmx2g target/qikan …, or java -Xmx2g -jar qikan.jar …");
            return INTERNAL_ERROR;
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: say 'qikan build' or 'qikan import FILE'");
    }
}
