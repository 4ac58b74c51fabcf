package org.qikan.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/** Imports an issue's text into content sources ({@code qikan import}): {@code mvn qikan:import -Dqikan.file=issue.txt -Dqikan.journal=SLUG}. */
@Mojo(name = "import", threadSafe = true, requiresProject = true)
public final class ImportMojo extends QikanMojo {
    /** The text, UTF-8 (converted from the printed PDF). */
    @Parameter(property = "qikan.file", required = true)
    File file;

    /** The journal's folder name. */
    @Parameter(property = "qikan.journal", required = true)
    String journal;

    /** Year of the issue (default: read from the text). */
    @Parameter(property = "qikan.year")
    Integer year;

    /** Number of the issue within the year (default: read from the text). */
    @Parameter(property = "qikan.number")
    Integer number;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        List<String> args = new ArrayList<>(List.of("import", file.getPath(), "--journal", journal, "--out", contentDirectory.getPath()));
        if (year != null) {
            args.addAll(List.of("--year", year.toString()));
        }
        if (number != null) {
            args.addAll(List.of("--number", number.toString()));
        }
        run(args);
    }
}
