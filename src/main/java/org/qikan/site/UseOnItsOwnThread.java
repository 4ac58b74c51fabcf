package org.qikan.site;

import org.qikan.render.RenderThreads;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A {@link ArticleWorkers.Use} run on a thread of its own, in the order results are handed in: the search index
 * takes every article's segment in archive order, which in a rebuild that adds an issue is most of the calling
 * thread's work (every segment added to the index again); on its own thread it goes on beside the pages and exports
 * the calling thread writes. At most {@link #BACKLOG} results wait (each holds an article's segment), so a slower
 * use holds the calling thread back rather than memory growing. What the use throws is thrown by a later
 * {@link #accept} or by {@link #finish}, once, as if it had run on the calling thread.
 */
final class UseOnItsOwnThread<T> implements ArticleWorkers.Use<T>, AutoCloseable {
    static final int BACKLOG = 64;
    private final ArticleWorkers.Use<T> use;
    private final ExecutorService thread;
    private final ArrayDeque<Future<Void>> pending = new ArrayDeque<>();

    UseOnItsOwnThread(String name, ArticleWorkers.Use<T> use) {
        this.use = use;
        this.thread = Executors.newSingleThreadExecutor(work -> {
            Thread t = new Thread(work, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Hands a result to the use; waits first while {@link #BACKLOG} are waiting. Called by one thread. */
    @Override
    public void accept(T result) throws IOException {
        while (!pending.isEmpty() && (pending.size() >= BACKLOG || pending.peek().isDone())) {
            RenderThreads.await(pending.remove(), "indexing");
        }
        pending.add(thread.submit(() -> {
            use.accept(result);
            return null;
        }));
    }

    /** Waits until every result handed in is used; what the use threw is thrown here. */
    void finish() throws IOException {
        while (!pending.isEmpty()) {
            RenderThreads.await(pending.remove(), "indexing");
        }
    }

    /** Stops the thread; returns once it writes nothing more (a failed build deletes the folder it writes into). */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                throw new IllegalStateException("the index's thread did not stop within a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
