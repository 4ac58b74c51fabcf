package org.qikan.site;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The index's thread uses results in the order handed in, holds back the caller past its backlog, and reports what the use threw. */
class UseOnItsOwnThreadTest {

    @Test
    void usesEveryResultInOrderOnItsOwnThread() throws IOException {
        List<Integer> used = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        AtomicInteger mostWaiting = new AtomicInteger();
        AtomicInteger handedIn = new AtomicInteger();
        try (UseOnItsOwnThread<Integer> use = new UseOnItsOwnThread<>("test-use", n -> {
            mostWaiting.accumulateAndGet(handedIn.get() - used.size(), Math::max);
            if (n % 50 == 0) {
                sleep(5);
            }
            used.add(n);
            threads.add(Thread.currentThread().getName());
        })) {
            for (int n = 0; n < 1000; n++) {
                handedIn.incrementAndGet();
                use.accept(n);
            }
            use.finish();
        }
        assertThat(used).hasSize(1000).isSorted();
        assertThat(threads).containsOnly("test-use");
        assertThat(mostWaiting.get()).isLessThanOrEqualTo(UseOnItsOwnThread.BACKLOG + 1);
    }

    @Test
    void whatTheUseThrewIsThrownToTheCaller() {
        try (UseOnItsOwnThread<Integer> use = new UseOnItsOwnThread<>("test-use", n -> {
            if (n == 3) {
                throw new IOException("disk full at " + n);
            }
        })) {
            assertThatThrownBy(() -> {
                for (int n = 0; n < 10; n++) {
                    use.accept(n);
                }
                use.finish();
            }).isInstanceOf(IOException.class).hasMessage("disk full at 3");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
