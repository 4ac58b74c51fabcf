package org.qikan.site;

import org.qikan.check.ScannedPages;
import org.qikan.check.LinkProblem;
import org.qikan.content.ContentLoader;
import org.qikan.content.Edition;
import org.qikan.diag.Diagnostic;
import org.qikan.diag.Diagnostics;
import org.qikan.export.BagItManifest;
import org.qikan.export.ScholarlyExports;
import org.qikan.export.Sitemap;
import org.qikan.meta.MetadataChecks;
import org.qikan.index.IndexStats;
import org.qikan.index.CachedSegments;
import org.qikan.index.SearchIndexWriter;
import org.qikan.render.CachedBodies;
import org.qikan.render.Labels;
import org.qikan.render.MarkdownRenderer;
import org.qikan.render.RenderResult;
import org.qikan.render.SiteRenderer;
import org.qikan.render.TemplateEngine;
import org.qikan.render.Theme;
import org.qikan.write.OutputAccess;
import org.qikan.write.OutputFolder;
import org.qikan.write.OutputLock;
import org.qikan.write.StaticFiles;
import org.qikan.write.StagingWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One build: load → render → index → write → check, then swap the new site in. It only connects the
 * stages; each lives in its own package (see docs/architecture.md). Every problem of every stage
 * is collected; any error leaves the previous output as it was.
 */
public final class SiteBuild {
    private final BuildOptions options;
    private final BuildListener progress;
    private final BuildMemory memory;
    private final int threads;

    public SiteBuild(BuildOptions options) {
        this(options, BuildListener.NONE);
    }

    /** @param progress told what each stage did, for {@code --verbose} */
    public SiteBuild(BuildOptions options, Consumer<String> progress) {
        this(options, (stage, detail) -> progress.accept(detail));
    }

    /** @param progress told as each stage finishes, for a progress bar or stage lines */
    public SiteBuild(BuildOptions options, BuildListener progress) {
        this(options, progress, BuildMemory.none());
    }

    /** @param memory what the previous build in this process left (bodies, search documents), for {@code qikan serve} */
    public SiteBuild(BuildOptions options, BuildListener progress, BuildMemory memory) {
        this(options, progress, memory, Runtime.getRuntime().availableProcessors());
    }

    /** @param threads how many threads render, index and export articles (1: all on the calling thread); the output is the same */
    SiteBuild(BuildOptions options, BuildListener progress, BuildMemory memory, int threads) {
        this.options = options;
        this.progress = progress;
        this.memory = memory;
        this.threads = threads;
    }

    public BuildResult run() {
        Diagnostics problems = new Diagnostics();
        Optional<OutputLock> lock = OutputAccess.open(options.outputDir(), problems);
        if (lock.isEmpty()) {
            return new BuildResult(problems, null, false);
        }
        try {
            return runLocked(problems);
        } catch (java.nio.file.InvalidPathException | java.io.UncheckedIOException e) {
            EnvironmentProblems.report(e, options.contentDir(), problems);
            abandonQuietly(new OutputFolder(options.outputDir()));
            return new BuildResult(problems, null, false);
        } catch (RuntimeException cutShort) { // interrupted (serve stopping) or a fault: the staging folder goes, the output stays
            abandonQuietly(new OutputFolder(options.outputDir()));
            throw cutShort;
        } finally {
            try {
                lock.get().close();
            } catch (IOException ignored) {
                // the lock ends with the process anyway
            }
        }
    }

    private BuildResult runLocked(Diagnostics problems) {
        long start = System.nanoTime();
        Optional<Edition> edition = new ContentLoader(problems, threads).load(options.contentDir());
        progress.stageDone(BuildListener.Stage.LOAD, String.format(java.util.Locale.ROOT, "loaded %s in %.2f s", options.contentDir(), seconds(start)));
        OutputFolder output = new OutputFolder(options.outputDir());
        if (edition.isEmpty() || !outputIsSafe(output, problems)) {
            return new BuildResult(problems, null, false);
        }
        try {
            return buildInto(edition.get(), output, problems, start);
        } catch (IOException e) {
            problems.error(output.target(), 0, "cannot write the site: " + e.getMessage(),
                    "check free disk space and permissions of the output folder's parent");
            abandonQuietly(output);
            return new BuildResult(problems, null, false);
        }
    }

    private BuildResult buildInto(Edition edition, OutputFolder output, Diagnostics problems, long start) throws IOException {
        Theme theme = new Theme(options.templatesDir(), options.assetsDir());
        StagingWriter writer = new StagingWriter(output.beginStaging());
        BuildCache cache = new BuildCache(output.target(), BuildKeys.code(), options.incremental());
        BodyCacheFolder bodyFolder = new BodyCacheFolder(cache);
        bodyFolder.alreadyOnDisk(memory.onDisk(BodyCacheFolder.BODIES));
        CachedBodies bodies = new CachedBodies(new MarkdownRenderer(edition.site().rawHtml()),
                BuildKeys.code() + "\nraw_html=" + edition.site().rawHtml(),
                options.incremental() ? memory.bodies() : java.util.Map.of(), options.incremental() ? bodyFolder : CachedBodies.Store.NONE,
                memory.kept());
        SiteRenderer renderer = new SiteRenderer(new TemplateEngine(theme), bodies, Labels.load(theme, problems), threads);
        // the link check reads each page as it is written or taken back, instead of parsing the written pages again
        // and takes back the scans of pages whose bytes it scanned before (in this process, or in the cache folder)
        LinkScanFile linkScans = new LinkScanFile(cache);
        ScannedPages links = !options.incremental() ? new ScannedPages()
                : new ScannedPages(memory.kept() && !memory.pageLinks().isEmpty() ? memory.pageLinks() : linkScans.load());
        IssueCache issues = new IssueCache(writer, cache, new BuildKeys(edition, options.templatesDir(), options.assetsDir()),
                output.target(), options.checkLinks() ? links::scan : (path, html, bytes) -> { });
        SegmentCacheFolder segmentFolder = new SegmentCacheFolder(cache);
        segmentFolder.alreadyOnDisk(memory.onDisk(SegmentCacheFolder.SEGMENTS));
        CachedSegments segments = new CachedSegments(BuildKeys.code(), options.incremental() ? memory.searchSegments() : java.util.Map.of(),
                options.incremental() ? segmentFolder : CachedSegments.Store.NONE, memory.kept());
        // the index is built only where the articles' segments are not the previous build's, in the same order
        CachedSearchFiles index = new CachedSearchFiles(cache, output.target(), writer, segments,
                new SearchIndexWriter().withLunrExport(options.lunrExport()),
                "lunr-export=" + options.lunrExport() + "\npostings-per-part=" + SearchIndexWriter.DEFAULT_POSTINGS_PER_PART,
                options.incremental(), edition.articleCount());
        CachedExports keptExports = new CachedExports(BuildKeys.code(), edition.site(), cache,
                options.incremental() ? memory.exports() : java.util.Map.of(), options.incremental(), memory.kept());
        keptExports.alreadyOnDisk(memory.onDisk(CachedExports.EXPORTS));
        ScholarlyExports.Writing exports = new ScholarlyExports(edition).begin(writer, keptExports);
        RenderResult rendered;
        // each article's search segment and export files are made on other threads, used in archive order: the export
        // files here, the segments on the index's own thread
        try (ArticleWorkers workers = new ArticleWorkers(threads);
             UseOnItsOwnThread<CachedSegments.Keyed> indexing = new UseOnItsOwnThread<>("qikan-index-add", index::add)) {
            ArticleWorkers.InOrder<CachedSegments.Keyed> toIndex = workers.inOrder(indexing);
            ArticleWorkers.InOrder<org.qikan.export.ArticleFiles> toExports = workers.inOrder(exports::add);
            rendered = renderer.render(edition, issues, problems, issues, article -> toIndex.submit(() -> segments.keyed(article)),
                    article -> toExports.submit(() -> exports.prepare(article)));
            toIndex.finish();
            toExports.finish();
            indexing.finish();
        }
        int pages = rendered.pagesWritten() + issues.reusedPages();
        progress.stageDone(BuildListener.Stage.RENDER, String.format(java.util.Locale.ROOT, "rendered %d pages in %.2f s (%d of %d issues reused, %d of %d bodies, %d of %d other pages, from %s)",
                pages, seconds(start), issues.reusedIssues(), issues.issues(), bodies.reused(), bodies.reused() + bodies.rendered(),
                issues.otherPagesReused(), issues.otherPages(),
                cache.usable() ? cache.dir() : "no cache"));
        if (options.incremental()) {
            memory.keepBodies(bodies.used());
        }
        IndexStats search = index.finish();
        progress.stageDone(BuildListener.Stage.INDEX, String.format(java.util.Locale.ROOT, "indexed %d articles for search in %.2f s (%d reused)%s: %s",
                search.documents(), seconds(start), segments.reused(), index.reused() ? ", search files taken back" : index.patched() ? ", search files patched" : "", search.summary()));
        if (options.incremental()) {
            memory.keepSearchSegments(segments.used());
        }
        int exported = exports.finish();
        if (options.incremental()) {
            memory.keepExports(keptExports.used());
        }
        writer.copyAssets(theme.assets());
        StaticFiles.copy(writer, edition.contentDir(), edition.staticFiles(), problems);
        Sitemap.write(edition.site().baseUrl(), writer);
        MetadataChecks.check(edition, problems);
        progress.stageDone(BuildListener.Stage.WRITE, String.format(java.util.Locale.ROOT, "wrote %d files (%d exports: citations, JATS, feeds, OAI-PMH) in %.2f s; %d of %d articles' exports reused", writer.filesWritten(), exported, seconds(start),
                keptExports.reused(), keptExports.reused() + keptExports.made()));
        List<Diagnostic> earlier = problems.sorted().stream().filter(Diagnostic::isError).toList();
        Path content = edition.contentDir().toAbsolutePath().normalize();
        if (options.checkLinks() && earlier.stream().allMatch(d -> d.file() != null && d.file().toAbsolutePath().normalize().startsWith(content))) {
            // run beside errors in the sources, so one build reports everything (not after a template error, which
            // leaves pages unwritten); a reference that a source error already names is not reported again
            for (LinkProblem link : links.check(writer.root())) {
                if (earlier.stream().anyMatch(d -> d.message().contains("'" + link.reference() + "'"))) {
                    continue;
                }
                problems.error(output.target().resolve(link.page()), 0, "broken link '" + link.reference() + "': " + link.reason(),
                        "fix the link in the article's Markdown or in the template");
            }
            progress.stageDone(BuildListener.Stage.CHECK, String.format(java.util.Locale.ROOT, "checked links in %.2f s (%d of %d pages' scans reused)", seconds(start),
                    links.reused(), links.pages()));
        }
        CachedChecksums sums = new CachedChecksums(writer, cache);
        if (options.incremental() && options.checkLinks()) {
            memory.keepPageLinks(links.kept());
        }
        int files = BagItManifest.write(writer, options.incremental() ? sums : org.qikan.export.KnownChecksums.NONE);
        BuildSummary summary = new BuildSummary(edition.journals().size(), edition.issueCount(), edition.articleCount(),
                pages, files, rendered.notes(), search.total(), problems.errorCount(),
                problems.warningCount(), seconds(start), rendered.webSummary());
        if (problems.hasErrors()) {
            output.abandon();
            return new BuildResult(problems, summary, false);
        }
        output.commit();
        if (options.incremental()) {
            try {
                bodyFolder.save(bodies.keys(), bodies.used());
                segmentFolder.save(segments.keys(), segments.used());
                index.save(search);
                keptExports.save();
                sums.save();
                if (options.checkLinks() && links.reused() < links.pages()) { // else no page was scanned anew: nothing to add
                    linkScans.save(links.kept());
                }
                issues.store();
                memory.keepOnDisk(java.util.Map.of(BodyCacheFolder.BODIES, bodyFolder.onDisk(bodies.keys()),
                        SegmentCacheFolder.SEGMENTS, segmentFolder.onDisk(segments.keys()), CachedExports.EXPORTS, keptExports.onDisk(keptExports.used().keySet())));
            } catch (IOException e) {
                problems.warning(cache.dir(), 0, "could not write the build cache: " + e.getMessage(),
                        "the site was built; the next build renders everything (check the folder's permissions and free space)");
            }
        }
        return new BuildResult(problems, summary, true);
    }

    private boolean outputIsSafe(OutputFolder output, Diagnostics problems) {
        Path out = output.target();
        Path content = options.contentDir().toAbsolutePath().normalize();
        if (out.startsWith(content) || content.startsWith(out)) {
            problems.error(out, 0, "the output folder and the content folder overlap",
                    "choose an output folder outside " + content + " (the default is site-output/)");
            return false;
        }
        try {
            if (!output.isReplaceable()) {
                problems.error(out, 0, "the output folder exists and was not written by qikan",
                        "choose another --out, or empty the folder if its files may go: a build replaces the output folder whole");
                return false;
            }
        } catch (IOException e) {
            problems.error(out, 0, "cannot read the output folder: " + e.getMessage(), "check its permissions");
            return false;
        }
        if (Files.exists(out) && !Files.isWritable(out.getParent())) {
            problems.error(out, 0, "cannot write beside the output folder", "check the permissions of " + out.getParent());
            return false;
        }
        return true;
    }

    private static void abandonQuietly(OutputFolder output) {
        try {
            output.abandon();
        } catch (IOException ignored) {
            // the staging folder is hidden and replaced by the next build
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
