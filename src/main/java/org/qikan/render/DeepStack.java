package org.qikan.render;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a piece of work on a thread with a large stack. The Markdown parser and renderer recurse once
 * per level of nesting (emphasis, quotes, lists); on the default stack an unusual but legal document
 * can overflow it. A deep stack lets such documents render; one that still overflows is reported
 * by the caller, never as a stack trace.
 */
final class DeepStack {
    static final long STACK_BYTES = 512L * 1024 * 1024;

    private DeepStack() {
    }

    /** The work's result, or empty when even the deep stack overflowed. */
    static <T> java.util.Optional<T> run(String name, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, name, STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering " + name, e);
        }
        Throwable thrown = failure.get();
        if (thrown instanceof StackOverflowError) {
            return java.util.Optional.empty();
        }
        if (thrown instanceof RuntimeException e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        return java.util.Optional.ofNullable(result.get());
    }
}
