package org.qikan.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The render stage's worker threads: a fixed pool, one per core by default. Work is handed in and
 * its results taken back in archive order by the calling thread, so that what is written and
 * reported does not depend on which thread finished first. With one thread, work runs at once on
 * the caller's thread, as a single-threaded build.
 */
public final class RenderThreads implements AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ExecutorService pool;
    private final int count;

    RenderThreads(int threads) {
        this.count = Math.max(1, threads);
        if (count == 1) {
            this.pool = null;
        } else {
            int id = POOLS.incrementAndGet();
            AtomicInteger n = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(count, work -> {
                Thread thread = new Thread(work, "qikan-render-" + id + "-" + n.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    /** The number of threads working. */
    int count() {
        return count;
    }

    <T> Future<T> submit(Callable<T> work) {
        if (pool != null) {
            return pool.submit(work);
        }
        try {
            return CompletableFuture.completedFuture(work.call());
        } catch (Exception | Error e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The work's result; what it threw is thrown here, as if it had run on this thread. */
    static <T> T await(Future<T> result) throws IOException {
        return await(result, "rendering");
    }

    /**
     * The result of work done on another thread ({@code what}: "rendering", for the messages of an interrupted or
     * cancelled wait); what the work threw is thrown here, as if it had run on this thread.
     */
    public static <T> T await(Future<T> result, String what) throws IOException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (CancellationException e) {
            throw new IllegalStateException(what + " was cancelled", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UncheckedIOException(new IOException(cause));
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
