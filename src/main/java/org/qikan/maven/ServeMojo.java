package org.qikan.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * Previews the edition ({@code qikan serve}): builds it, serves it on {@code http://127.0.0.1:PORT/},
 * rebuilds on every change of the sources and reloads open pages. Runs until Ctrl-C.
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = true)
public final class ServeMojo extends QikanMojo {
    /** The folder built and served. */
    @Parameter(property = "qikan.out", defaultValue = "${project.build.directory}/site-output")
    File outputDirectory;

    /** The port on 127.0.0.1; 0 picks a free one. */
    @Parameter(property = "qikan.port", defaultValue = "8000")
    int port;

    /** Stop after this many seconds (for scripts and smoke tests); by default run until Ctrl-C. */
    @Parameter(property = "qikan.stopAfter")
    Long stopAfter;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        List<String> args = new ArrayList<>(List.of("serve"));
        args.addAll(sourceArguments());
        args.addAll(List.of("--out", outputDirectory.getPath(), "--port", Integer.toString(port)));
        if (stopAfter != null) {
            args.addAll(List.of("--stop-after", stopAfter.toString()));
        }
        run(args);
    }
}
