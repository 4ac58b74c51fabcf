package org.qikan.content;

import org.qikan.diag.Diagnostics;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;

/**
 * The threads the load stage reads a journal's issue folders on: a pool of its own (one thread: the calling thread
 * alone). Each folder is read with a {@link Diagnostics} of its own ({@link Loaded}), and the results come back in
 * the folders' order, so that the caller adds issues and problems as a load on one thread would.
 */
final class LoadThreads implements AutoCloseable {
    private final ForkJoinPool pool;

    LoadThreads(int threads) {
        this.pool = threads <= 1 ? null : new ForkJoinPool(threads);
    }

    /** What reading one folder gave: the issue, if any, and the problems found on the way. */
    record Loaded(Optional<Issue> issue, Diagnostics problems) {
        static Loaded failed(Diagnostics problems) {
            return new Loaded(Optional.empty(), problems);
        }
    }

    /** {@code read} of every folder, in the folders' order; what a read threw is thrown here. */
    List<Loaded> readEach(List<Path> folders, Function<Path, Loaded> read) {
        if (pool == null) {
            return folders.stream().map(read).toList();
        }
        return pool.invoke(ForkJoinTask.adapt(() -> folders.parallelStream().map(read).toList()));
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
