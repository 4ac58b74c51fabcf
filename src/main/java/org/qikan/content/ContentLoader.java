package org.qikan.content;

import org.qikan.diag.Diagnostics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The load stage: reads the content folder ({@code site.yaml}, one folder per journal, one folder per
 * issue) into an {@link Edition}. Every problem found is added to the given {@link Diagnostics}; the
 * edition is returned even when some files had errors, so that later stages can report theirs too.
 */
public final class ContentLoader {
    private final Diagnostics problems;
    private final int threads;

    /** A loader that reads issues on one thread per core. */
    public ContentLoader(Diagnostics problems) {
        this(problems, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param threads how many threads read issues (1: all on the calling thread); the edition and the order of
     *                the problems are the same whatever the number
     */
    public ContentLoader(Diagnostics problems, int threads) {
        this.problems = problems;
        this.threads = threads;
    }

    public Optional<Edition> load(Path contentDir) {
        if (!Files.isDirectory(contentDir)) {
            problems.error(contentDir, 0, "content folder not found",
                    "run qikan in the folder that holds content/, or give --content DIR");
            return Optional.empty();
        }
        try (LoadThreads issues = new LoadThreads(threads)) {
            SourceReader sources = new SourceReader(contentDir, problems);
            FieldReader fields = new FieldReader(problems);
            YamlFileReader files = new YamlFileReader(sources, fields);
            Optional<Site> site = new SiteLoader(files, fields).load(contentDir);
            JournalLoader journals = new JournalLoader(sources, files, fields, issues);
            List<Journal> loaded = new ArrayList<>();
            for (Path dir : ContentFolders.subfolders(contentDir)) {
                journals.load(dir).ifPresent(loaded::add);
            }
            if (loaded.isEmpty() && !problems.hasErrors()) {
                problems.error(contentDir, 0, "no journals in the content folder",
                        "add a folder per journal with a journal.yaml; see docs/content-format.md");
            }
            List<Path> statics = staticFiles(contentDir, sources);
            return site.map(s -> new Edition(contentDir, s, loaded, statics));
        } catch (IOException e) {
            problems.error(contentDir, 0, "cannot list the content folder: " + SourceReader.describe(e),
                    "check that the folder exists and that you may read it");
            return Optional.empty();
        }
    }

    /** Files to copy as they are (images, logos, PDFs), relative to the content folder; an unreadable folder is reported. */
    private List<Path> staticFiles(Path contentDir, SourceReader sources) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(contentDir, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                Path relative = contentDir.relativize(file);
                if (!attrs.isDirectory() && isStatic(relative)) {
                    found.add(relative);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                if (isStatic(contentDir.relativize(file))) {
                    problems.error(file, 0, "cannot read: " + SourceReader.describe(e),
                            "check that you may read it (permissions), or rename it to start with '_' to leave it out");
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found.stream().filter(rel -> sources.isInside(contentDir.resolve(rel))).toList();
    }

    private static boolean isStatic(Path relative) {
        for (Path part : relative) {
            if (!ContentFolders.isVisible(part)) {
                return false;
            }
        }
        String name = relative.getFileName().toString();
        return !(name.endsWith(".md") || name.endsWith(".yaml") || name.endsWith(".yml"));
    }
}
