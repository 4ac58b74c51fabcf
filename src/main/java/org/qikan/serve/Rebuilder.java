package org.qikan.serve;

import org.qikan.site.BuildListener;
import org.qikan.site.BuildMemory;
import org.qikan.site.BuildOptions;
import org.qikan.site.BuildResult;
import org.qikan.site.SiteBuild;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs the ordinary build (so that the build's own caching applies) one at a time on one thread, handing
 * each build what the previous one rendered ({@link BuildMemory}). A burst
 * of changes (an editor saving, a folder copied in) makes one build, started after a short quiet period;
 * a change during a build makes one more after it.
 */
final class Rebuilder implements AutoCloseable {
    /** How long to wait after a change for more changes of the same save. */
    static final long QUIET_MILLIS = 20;
    private final BuildOptions options;
    private final Consumer<BuildResult> built;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "qikan-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicLong builds = new AtomicLong();
    /** What each build leaves the next: rendered bodies and search segments, so an edit re-renders only what it touches. */
    private final BuildMemory memory = new BuildMemory();
    private volatile StageTimes times;
    /** The files changed since the last build began (a null element: a change whose file is unknown). */
    private final List<Path> changes = new ArrayList<>();
    private final ArticlePreview preview;
    private final Consumer<ArticlePreview.Pages> previewed;
    /** Builds begun: a change seen while this is n is in the sources of build n + 1 (or of a later one). */
    private final AtomicLong started = new AtomicLong();
    /** Who waits for the build of a change of one file ({@link #whenRebuilt}). */
    private final List<Waiter> waiters = new ArrayList<>();
    private volatile boolean lastSucceeded;
    private final AtomicLong previews = new AtomicLong();

    Rebuilder(BuildOptions options, Consumer<BuildResult> built) {
        this(options, built, null);
    }

    /**
     * @param previewed where, before the full build of a save of one article, the pages it touches go as
     *                  {@link ArticlePreview} renders them alone (null: no previews)
     */
    Rebuilder(BuildOptions options, Consumer<BuildResult> built, Consumer<ArticlePreview.Pages> previewed) {
        this.options = options;
        this.built = built;
        this.previewed = previewed;
        this.preview = new ArticlePreview(options);
    }

    /** Builds now, on the calling thread's behalf, and waits for it. */
    BuildResult buildNow() {
        try {
            return thread.submit(this::build).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A source changed: build soon, once for a burst of changes. */
    void changed() {
        changed(null);
    }

    /** {@code file} changed (null: some file): build soon, once for a burst of changes. */
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
        if (pending.compareAndSet(false, true)) {
            thread.execute(() -> {
                sleepQuietly(QUIET_MILLIS);
                pending.set(false);
                List<Path> burst;
                synchronized (changes) {
                    burst = List.copyOf(new ArrayList<>(changes).stream()
                            .map(p -> p == null ? UNKNOWN : p).toList());
                    changes.clear();
                }
                previewFirst(burst);
                build();
            });
        }
    }

    /** Stands for a change whose file the watcher did not say. */
    private static final Path UNKNOWN = Path.of("");

    /**
     * Where a burst is one saved article (and the site served is a good build's), shows that article's pages
     * before the full build; a change to anything but content makes the preview read the theme again.
     */
    private void previewFirst(List<Path> burst) {
        Path content = options.contentDir().toAbsolutePath().normalize();
        if (burst.stream().anyMatch(p -> !p.toAbsolutePath().normalize().startsWith(content))) {
            preview.themeChanged();
        }
        if (previewed == null || !lastSucceeded || burst.stream().distinct().count() != 1 || burst.get(0) == UNKNOWN) {
            preview.sourcesChanged();
            return;
        }
        preview.pages(burst.get(0)).ifPresent(pages -> {
            previews.incrementAndGet();
            previewed.accept(pages);
        });
    }

    /**
     * The result of the first build to end that read the sources after {@code file} was last seen to change
     * (for tests and tools: ask before changing the file). A change the watcher reports after that build began
     * moves the wait to the next build.
     */
    java.util.concurrent.CompletableFuture<BuildResult> whenRebuilt(Path file) {
        Waiter waiter = new Waiter(file.toAbsolutePath().normalize());
        synchronized (waiters) {
            waiters.add(waiter);
        }
        return waiter.done;
    }

    /** One wait for the build of a change of {@code file}; {@code needs} is 0 until the change is seen. */
    private static final class Waiter {
        final Path file;
        final java.util.concurrent.CompletableFuture<BuildResult> done = new java.util.concurrent.CompletableFuture<>();
        long needs;

        Waiter(Path file) {
            this.file = file;
        }
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

    long builds() {
        return builds.get();
    }

    /** How many saves were previewed before their full build. */
    long previews() {
        return previews.get();
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
        built.accept(result);
        tellWaiters(number, result);
        return result;
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
        thread.shutdownNow();
        thread.awaitTermination(5, TimeUnit.SECONDS);
    }
}
