package org.qikan.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Packs the built edition as a strict BagIt bag for deposit in an archive ({@code qikan bag}): the site under
 * {@code data/}, SHA-256 and SHA-512 manifests, {@code bag-info.txt} with the fields given in {@code bagInfo}.
 */
@Mojo(name = "bag", threadSafe = true, requiresProject = true)
public final class BagMojo extends QikanMojo {
    /** The built site to bag (default: the folder {@code qikan:build} writes). */
    @Parameter(property = "qikan.out", defaultValue = "${project.build.directory}/site-output")
    File outputDirectory;

    /** A new (or empty) folder for the bag. */
    @Parameter(property = "qikan.bag", defaultValue = "${project.build.directory}/${project.artifactId}-${project.version}-bag")
    File bagDirectory;

    /** Fields of {@code bag-info.txt}, such as {@code <Source-Organization>Example Press</Source-Organization>}. */
    @Parameter
    Map<String, String> bagInfo;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        List<String> args = new ArrayList<>(List.of("bag", outputDirectory.getPath(), "--out", bagDirectory.getPath()));
        if (bagInfo != null) {
            bagInfo.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> args.addAll(List.of("--info", e.getKey() + "=" + e.getValue())));
        }
        run(args);
    }
}
