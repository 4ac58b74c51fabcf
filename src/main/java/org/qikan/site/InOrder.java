package org.qikan.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on every core and hands their results on one by one in the order of the tasks, so
 * that what is made of them does not depend on which thread finished first. Only a few tasks run
 * ahead of the one being handed on, so results do not pile up in memory.
 */
final class InOrder {
    interface Task<T> {
        T run() throws IOException;
    }

    interface Sink<T> {
        void accept(T result) throws IOException;
    }

    private InOrder() {
    }

    static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    static <T> void run(List<Task<T>> tasks, Sink<T> sink) throws IOException {
        int threads = threads();
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "qikan-render-" + names.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<T>> running = new ArrayDeque<>();
            int next = 0;
            while (next < tasks.size() || !running.isEmpty()) {
                while (next < tasks.size() && running.size() < threads * 2) {
                    Task<T> task = tasks.get(next++);
                    running.add(pool.submit(() -> {
                        try {
                            return task.run();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }));
                }
                sink.accept(take(running.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T take(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            } else if (cause instanceof RuntimeException runtime) {
                throw runtime;
            } else if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }
}
