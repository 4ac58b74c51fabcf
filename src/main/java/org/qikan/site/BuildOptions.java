package org.qikan.site;

import java.nio.file.Path;

/**
 * What to build and where.
 *
 * @param contentDir   the content folder; default {@code content/}
 * @param outputDir    the output folder, replaced whole by a successful build; default {@code site-output/}
 * @param templatesDir the publisher's templates, overriding the built-in ones file by file; default
 *                     {@code templates/} beside the content folder, ignored where it does not exist
 * @param assetsDir    the publisher's assets, likewise; default {@code assets/} beside the content folder
 * @param checkLinks   whether to check every link of the built site before it replaces the old one; default on
 * @param lunrExport   whether to write the whole search index in lunr.js's own form as {@code search/lunr-index.json}; default off
 * @param incremental  whether to reuse the pages of issues whose sources, templates and assets did not change since
 *                     the last build, from the cache beside the output ({@code .qikan-cache/}); default on. The
 *                     output is byte-identical either way.
 */
public record BuildOptions(Path contentDir, Path outputDir, Path templatesDir, Path assetsDir, boolean checkLinks,
                           boolean lunrExport, boolean incremental) {

    public static BuildOptions of(Path contentDir, Path outputDir) {
        Path project = contentDir.toAbsolutePath().normalize().getParent();
        return new BuildOptions(contentDir, outputDir,
                project == null ? null : project.resolve("templates"),
                project == null ? null : project.resolve("assets"), true, false, true);
    }

    public BuildOptions withTemplates(Path dir) {
        return new BuildOptions(contentDir, outputDir, dir, assetsDir, checkLinks, lunrExport, incremental);
    }

    public BuildOptions withAssets(Path dir) {
        return new BuildOptions(contentDir, outputDir, templatesDir, dir, checkLinks, lunrExport, incremental);
    }

    public BuildOptions withLinkCheck(boolean on) {
        return new BuildOptions(contentDir, outputDir, templatesDir, assetsDir, on, lunrExport, incremental);
    }

    /** With or without {@code search/lunr-index.json} ({@code --lunr-index}). */
    public BuildOptions withLunrExport(boolean on) {
        return new BuildOptions(contentDir, outputDir, templatesDir, assetsDir, checkLinks, on, incremental);
    }

    /** With or without the build cache ({@code --no-cache}). */
    public BuildOptions withIncremental(boolean on) {
        return new BuildOptions(contentDir, outputDir, templatesDir, assetsDir, checkLinks, lunrExport, on);
    }
}
