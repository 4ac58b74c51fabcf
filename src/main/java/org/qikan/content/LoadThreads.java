package org.qikan.content;

import org.qikan.diag.Diagnostics;

import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads the load stage reads issues on: a fixed pool (one thread: everything on the calling thread). Each
 * issue is read with a {@link Diagnostics} of its own ({@link Loaded}), which the caller adds to the build's in
 * folder order, so that the edition and the order of problems are those of a load on one thread.
 */
final class LoadThreads implements AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ExecutorService pool;

    LoadThreads(int threads) {
        if (threads <= 1) {
            this.pool = null;
        } else {
            int id = POOLS.incrementAndGet();
            AtomicInteger n = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(threads, work -> {
                Thread thread = new Thread(work, "qikan-load-" + id + "-" + n.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    /** What reading one folder gave: the issue, if any, and the problems found on the way. */
    record Loaded(Optional<Issue> issue, Diagnostics problems) {
        static Loaded failed(Diagnostics problems) {
            return new Loaded(Optional.empty(), problems);
        }
    }

    Future<Loaded> submit(Callable<Loaded> work) {
        if (pool != null) {
            return pool.submit(work);
        }
        try {
            return CompletableFuture.completedFuture(work.call());
        } catch (Exception | Error e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The folder's result; what reading it threw is thrown here, as if it had been read on this thread. */
    static Loaded await(Future<Loaded> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the content", e);
        } catch (CancellationException e) {
            throw new IllegalStateException("loading the content was cancelled", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UncheckedIOException(new java.io.IOException(cause));
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
