package org.qikan.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.qikan.site.BuildListener;

import java.io.PrintWriter;

/**
 * Progress of a long command: on a terminal a bar with the stage and the count of stages done
 * (me.tongfei:progressbar, on standard error, gone when done); elsewhere (a log, CI, a pipe) one
 * plain line per stage; with {@code --quiet} nothing.
 */
abstract class Progress implements BuildListener, AutoCloseable {

    /** The progress for a command of {@code stages} stages named {@code task}. */
    static Progress of(String task, int stages, Verbosity verbosity, PrintWriter out) {
        if (verbosity.quiet) {
            return new Silent();
        }
        if (System.console() != null && !verbosity.verbose) {
            return new Bar(task, stages);
        }
        return new Lines(task, stages, out);
    }

    /** One stage finished. */
    abstract void step(String stage, String detail);

    @Override
    public void stageDone(Stage stage, String detail) {
        step(stage.label(), detail);
    }

    @Override
    public abstract void close();

    private static final class Silent extends Progress {
        @Override
        void step(String stage, String detail) {
        }

        @Override
        public void close() {
        }
    }

    private static final class Lines extends Progress {
        private final String task;
        private final int stages;
        private final PrintWriter out;
        private int done;

        Lines(String task, int stages, PrintWriter out) {
            this.task = task;
            this.stages = stages;
            this.out = out;
        }

        @Override
        void step(String stage, String detail) {
            done++;
            out.println(task + " [" + done + "/" + stages + "] " + stage + ": " + detail);
            out.flush();
        }

        @Override
        public void close() {
        }
    }

    private static final class Bar extends Progress {
        private final ProgressBar bar;

        Bar(String task, int stages) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(stages).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(100)
                    .hideEta().clearDisplayOnFinish().continuousUpdate().build();
            bar.setExtraMessage("starting");
        }

        @Override
        void step(String stage, String detail) {
            bar.step();
            bar.setExtraMessage(stage + " done");
        }

        @Override
        public void close() {
            bar.close();
        }
    }
}
