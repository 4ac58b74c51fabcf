package org.qikan.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.qikan.cli.Qikan;

import java.io.File;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** What the goals share: the edition's folders, and running a {@code qikan} command into Maven's log. */
abstract class QikanMojo extends AbstractMojo {
    /** The content folder. */
    @Parameter(property = "qikan.content", defaultValue = "${project.basedir}/content")
    File contentDirectory;

    /** Your templates, overriding the built-in ones file by file; used where the folder exists. */
    @Parameter(property = "qikan.templates", defaultValue = "${project.basedir}/templates")
    File templatesDirectory;

    /** Your assets, overriding the built-in ones file by file; used where the folder exists. */
    @Parameter(property = "qikan.assets", defaultValue = "${project.basedir}/assets")
    File assetsDirectory;

    /** Skip this goal. */
    @Parameter(property = "qikan.skip", defaultValue = "false")
    boolean skip;

    /** The folder options every site-reading command takes. */
    List<String> sourceArguments() {
        List<String> args = new ArrayList<>(List.of("--content", contentDirectory.getPath()));
        if (templatesDirectory.isDirectory()) {
            args.addAll(List.of("--templates", templatesDirectory.getPath()));
        }
        if (assetsDirectory.isDirectory()) {
            args.addAll(List.of("--assets", assetsDirectory.getPath()));
        }
        return args;
    }

    /** Runs {@code qikan ARGS}; its standard output goes to the info log, its errors to the error log. */
    void run(List<String> args) throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipped (qikan.skip)");
            return;
        }
        int code;
        try (PrintWriter out = new PrintWriter(new LogWriter(getLog()::info), true);
             PrintWriter err = new PrintWriter(new LogWriter(this::problem), true)) {
            code = Qikan.run(out, err, args.toArray(String[]::new));
        }
        if (code == Qikan.INPUT_ERRORS) {
            throw new MojoFailureException("qikan " + args.get(0) + " failed: see the errors above (file:line: error: ...)");
        }
        if (code != 0) {
            throw new MojoExecutionException("qikan " + String.join(" ", args) + " ended with exit code " + code);
        }
    }

    private void problem(String line) {
        if (line.contains(": warning: ")) {
            getLog().warn(line);
        } else {
            getLog().error(line);
        }
    }
}
