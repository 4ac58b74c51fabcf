package org.qikan.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/**
 * Checks a built or mirrored edition against its BagIt manifest ({@code qikan verify}): fails the build when
 * a file is missing, changed or extra.
 */
@Mojo(name = "verify", threadSafe = true, requiresProject = true)
public final class VerifyMojo extends QikanMojo {
    /** The folder to check (default: the folder {@code qikan:build} writes). */
    @Parameter(property = "qikan.out", defaultValue = "${project.build.directory}/site-output")
    File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        run(List.of("verify", outputDirectory.getPath()));
    }
}
