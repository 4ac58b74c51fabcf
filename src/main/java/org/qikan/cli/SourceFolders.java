package org.qikan.cli;

import org.qikan.site.BuildOptions;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The folders a site is made from ({@code --content}, {@code --templates}, {@code --assets}), for the commands that read them. */
final class SourceFolders {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", description = "Your templates, overriding the built-in ones file by file (default: templates/ beside the content folder, if present).")
    Path templates;

    @Option(names = "--assets", paramLabel = "DIR", description = "Your assets (CSS, JS, images), overriding the built-in ones file by file (default: assets/ beside the content folder, if present).")
    Path assets;

    /** Build options for these folders, written to {@code out}. */
    BuildOptions options(Path out) {
        BuildOptions options = BuildOptions.of(content, out);
        if (templates != null) {
            options = options.withTemplates(templates);
        }
        if (assets != null) {
            options = options.withAssets(assets);
        }
        return options;
    }
}
