package org.qikan.serve;

import org.qikan.site.BuildListener;
import org.qikan.site.BuildMemory;
import org.qikan.site.BuildOptions;
import org.qikan.site.BuildResult;
import org.qikan.site.SiteBuild;

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

    Rebuilder(BuildOptions options, Consumer<BuildResult> built) {
        this.options = options;
        this.built = built;
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
        if (pending.compareAndSet(false, true)) {
            thread.execute(() -> {
                sleepQuietly(QUIET_MILLIS);
                pending.set(false);
                build();
            });
        }
    }

    long builds() {
        return builds.get();
    }

    /** Where the latest build spent its time, or null before the first. */
    StageTimes times() {
        return times;
    }

    private BuildResult build() {
        StageTimes.Clock clock = new StageTimes.Clock();
        BuildResult result = new SiteBuild(options, clock, memory).run();
        times = clock.stop("full build");
        builds.incrementAndGet();
        built.accept(result);
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
