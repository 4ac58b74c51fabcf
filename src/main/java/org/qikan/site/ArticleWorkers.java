package org.qikan.site;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for the work the build does on each article the render stage hands over (its search segment,
 * its export files), so that this work does not all fall on the build's calling thread. Each kind of work
 * is an {@link InOrder}: made on the pool, taken back and used on the calling thread in the order handed
 * in, so what is written and reported is a single-threaded build's. With one thread, the work runs on one
 * worker all the same (its deep stack, {@link #STACK_BYTES}).
 */
final class ArticleWorkers implements AutoCloseable {
    /** Results made ahead of the one being used, per kind of work: bounds what waits in memory. */
    private static final int IN_FLIGHT_PER_THREAD = 16;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ExecutorService pool;
    private final int threads;

    /**
     * Each worker's stack: the JATS body is made by recursing once per level of the rendered HTML, which an odd but
     * legal body (thousands of nested inline elements on a line, within the render stage's limits) makes deep, and
     * more so under the quick JIT compiler the launcher uses, whose frames are larger. Reserved, not committed.
     */
    static final long STACK_BYTES = 256L * 1024 * 1024;

    ArticleWorkers(int threads) {
        this.threads = Math.max(1, threads);
        int id = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(this.threads, work -> {
            Thread thread = new Thread(null, work, "qikan-article-" + id + "-" + n.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Work whose results {@code use} takes, on the calling thread, in the order the work was handed in. */
    <T> InOrder<T> inOrder(Use<T> use) {
        return new InOrder<>(use);
    }

    /** What is done with each result, on the calling thread. */
    @FunctionalInterface
    interface Use<T> {
        void accept(T result) throws IOException;
    }

    /** What is made on the pool. */
    @FunctionalInterface
    interface Work<T> {
        T make() throws IOException;
    }

    /** One kind of work: handed in and used in the same order. Used by one thread. */
    final class InOrder<T> {
        private final Use<T> use;
        private final ArrayDeque<Future<T>> pending = new ArrayDeque<>();

        private InOrder(Use<T> use) {
            this.use = use;
        }

        /** Starts the work, and uses the results that are ready (or, with too many waiting, the oldest). */
        void submit(Work<T> work) throws IOException {
            Callable<T> call = work::make;
            pending.add(pool.submit(call));
            while (pending.size() > threads * IN_FLIGHT_PER_THREAD || (!pending.isEmpty() && pending.peek().isDone())) {
                use.accept(await(pending.remove()));
            }
        }

        /** Waits for the work still running and uses its results. */
        void finish() throws IOException {
            while (!pending.isEmpty()) {
                use.accept(await(pending.remove()));
            }
        }
    }

    /** The work's result; what it threw is thrown here, as if it had run on this thread. */
    private static <T> T await(Future<T> result) throws IOException {
        return org.qikan.render.RenderThreads.await(result, "preparing articles");
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
