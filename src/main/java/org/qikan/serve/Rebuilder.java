package org.qikan.serve;

import org.qikan.site.BuildMemory;
import org.qikan.site.BuildOptions;
import org.qikan.site.BuildResult;
import org.qikan.site.SiteBuild;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns changes into previews and builds, on two threads. The preview thread takes each burst of changes
 * (an editor saving, a folder copied in: one burst after a short quiet period), shows a saved article's pages
 * at once ({@link ArticlePreview}) and asks for a build. The build thread runs the ordinary build (so that the
 * build's own caching applies) one at a time, handing each build what the previous one rendered
 * ({@link BuildMemory}); requests made during a build make one more build after it. So a save is previewed
 * even while the build of an earlier one runs, and saves in quick succession share one build.
 */
final class Rebuilder implements AutoCloseable {
    /** How long to wait after a change for more changes of the same save. */
    static final long QUIET_MILLIS = 20;

    /** Where previews and builds go. */
    interface Listener {
        /**
         * The pages a save touches, to be shown until build number {@code readBy} (or a later one) ends: that build
         * reads the sources after the save.
         */
        void previewed(ArticlePreview.Pages pages, long readBy);

        /** Build number {@code number} (counted from 1, the first build) ended. */
        void built(BuildResult result, long number);
    }

    private final BuildOptions options;
    private final Listener listener;
    private final boolean previews;
    private final ExecutorService previewThread = Executors.newSingleThreadExecutor(daemon("qikan-preview"));
    private final ExecutorService buildThread = Executors.newSingleThreadExecutor(daemon("qikan-rebuild"));
    /** A burst is being gathered (its task waits on the preview thread). */
    private final AtomicBoolean burstPending = new AtomicBoolean();
    /** A build is queued and has not begun. */
    private final AtomicBoolean buildPending = new AtomicBoolean();
    /** Builds begun: a change seen while this is n is in the sources of build n + 1 (or of a later one). */
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong builds = new AtomicLong();
    private final AtomicLong previewCount = new AtomicLong();
    /** What each build leaves the next: rendered bodies and search segments, so an edit re-renders only what it touches. */
    private final BuildMemory memory = new BuildMemory();
    private volatile StageTimes times;
    /** The files changed since the last burst was gathered (a null element: a change whose file is unknown). */
    private final List<Path> changes = new ArrayList<>();
    /** Who waits for the build of a change of one file ({@link #whenRebuilt}). */
    private final List<Waiter> waiters = new ArrayList<>();
    private final ArticlePreview preview;
    private volatile boolean lastSucceeded;
    /** {@link #close} began: a build it interrupts ends without a word (it printed a stack trace when serve stopped mid-build). */
    private volatile boolean closing;

    /** @param previews whether a save of one article is shown before its build ({@link ArticlePreview}) */
    Rebuilder(BuildOptions options, Listener listener, boolean previews) {
        this.options = options;
        this.listener = listener;
        this.previews = previews;
        this.preview = new ArticlePreview(options);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Builds now, on the build thread, and waits for it. */
    BuildResult buildNow() {
        try {
            return buildThread.submit(this::build).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Has the preview thread read the sources and render one article's pages ahead of the first save
     * ({@link ArticlePreview#prime}); a save waits for it, and is then shown as quickly as any later one.
     */
    void primePreview() {
        if (previews) {
            previewThread.execute(preview::prime);
        }
    }

    /** A source changed: build soon, once for a burst of changes. */
    void changed() {
        changed(null);
    }

    /** {@code file} changed (null: some file): preview and build soon, once for a burst of changes. */
    void changed(Path file) {
        synchronized (waiters) {
            for (Waiter waiter : waiters) {
                if (file == null || waiter.file.equals(file.toAbsolutePath().normalize())) {
                    waiter.needs = started.get() + 1;
                }
            }
        }
        synchronized (changes) {
            changes.add(file);
        }
        if (burstPending.compareAndSet(false, true)) {
            previewThread.execute(this::burst);
        }
    }

    /** Stands for a change whose file the watcher did not say. */
    private static final Path UNKNOWN = Path.of("");

    /** On the preview thread: gathers a burst, previews it where it is one saved article, asks for a build. */
    private void burst() {
        sleepQuietly(QUIET_MILLIS);
        burstPending.set(false);
        List<Path> burst;
        long readBy;
        synchronized (changes) {
            burst = changes.stream().map(p -> p == null ? UNKNOWN : p).toList();
            changes.clear();
            // every build begun from now on reads the sources after this burst's changes
            readBy = started.get() + 1;
        }
        try {
            previewFirst(burst, readBy);
        } finally {
            requestBuild();
        }
    }

    /**
     * Where a burst is one saved article (and the site served is a good build's), shows the pages it touches
     * before the full build; a change to anything but content makes the preview read the theme again.
     */
    private void previewFirst(List<Path> burst, long readBy) {
        Path content = options.contentDir().toAbsolutePath().normalize();
        if (burst.stream().anyMatch(p -> !p.toAbsolutePath().normalize().startsWith(content))) {
            preview.themeChanged();
        }
        if (!previews || !lastSucceeded || burst.stream().distinct().count() != 1 || burst.get(0) == UNKNOWN) {
            preview.sourcesChanged();
            return;
        }
        preview.pages(burst.get(0)).ifPresent(pages -> {
            previewCount.incrementAndGet();
            listener.previewed(pages, readBy);
        });
    }

    /** One build after whatever build runs now; requests made before it begins share it. */
    private void requestBuild() {
        if (buildPending.compareAndSet(false, true)) {
            buildThread.execute(() -> {
                buildPending.set(false);
                try {
                    build();
                } catch (RuntimeException stopped) {
                    if (!closing) {
                        throw stopped;
                    }
                    // serve is stopping (Ctrl-C) and cut this build short: its staging folder is gone, the output as it was
                }
            });
        }
    }

    /**
     * The result of the first build to end that read the sources after {@code file} was last seen to change
     * (for tests and tools: ask before changing the file). A change the watcher reports after that build began
     * moves the wait to the next build.
     */
    CompletableFuture<BuildResult> whenRebuilt(Path file) {
        Waiter waiter = new Waiter(file.toAbsolutePath().normalize());
        synchronized (waiters) {
            waiters.add(waiter);
        }
        return waiter.done;
    }

    /** One wait for the build of a change of {@code file}; {@code needs} is 0 until the change is seen. */
    private static final class Waiter {
        final Path file;
        final CompletableFuture<BuildResult> done = new CompletableFuture<>();
        long needs;

        Waiter(Path file) {
            this.file = file;
        }
    }

    long builds() {
        return builds.get();
    }

    /** How many builds have begun (a build that was cut short counts here, not in {@link #builds}). */
    long buildsBegun() {
        return started.get();
    }

    /** Whether a build is queued behind the one running, if any (sources changed since it began). */
    boolean buildQueued() {
        return buildPending.get();
    }

    /** How many saves were previewed before their full build. */
    long previews() {
        return previewCount.get();
    }

    /** Where the latest build spent its time, or null before the first. */
    StageTimes times() {
        return times;
    }

    private BuildResult build() {
        long number = started.incrementAndGet();
        StageTimes.Clock clock = new StageTimes.Clock();
        BuildResult result = new SiteBuild(options, clock, memory).run();
        times = clock.stop("full build");
        lastSucceeded = result.succeeded();
        builds.incrementAndGet();
        listener.built(result, number);
        tellWaiters(number, result);
        return result;
    }

    private void tellWaiters(long build, BuildResult result) {
        synchronized (waiters) {
            waiters.removeIf(waiter -> {
                boolean built = waiter.needs != 0 && waiter.needs <= build;
                if (built) {
                    waiter.done.complete(result);
                }
                return built;
            });
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        closing = true;
        previewThread.shutdownNow();
        buildThread.shutdownNow();
        previewThread.awaitTermination(5, TimeUnit.SECONDS);
        buildThread.awaitTermination(5, TimeUnit.SECONDS);
    }
}
