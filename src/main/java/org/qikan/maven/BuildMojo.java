package org.qikan.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the edition ({@code qikan build}). Bound to {@code package} by default; bind an execution to
 * the {@code site} phase with {@code outputDirectory} {@code ${project.reporting.outputDirectory}} to make
 * {@code mvn site} produce the edition (and {@code site:stage}/{@code site-deploy} publish it).
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public final class BuildMojo extends QikanMojo {
    /** Where the site is written; replaced whole, and only by a build without errors. */
    @Parameter(property = "qikan.out", defaultValue = "${project.build.directory}/site-output")
    File outputDirectory;

    /** Check every link of the built site before it replaces the old one. */
    @Parameter(property = "qikan.linkCheck", defaultValue = "true")
    boolean linkCheck;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        List<String> args = new ArrayList<>(List.of("build"));
        args.addAll(sourceArguments());
        args.addAll(List.of("--out", outputDirectory.getPath()));
        if (!linkCheck) {
            args.add("--no-link-check");
        }
        run(args);
    }
}
