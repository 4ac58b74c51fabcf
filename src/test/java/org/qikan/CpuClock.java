package org.qikan;

import java.lang.management.ManagementFactory;

/**
 * The CPU time this test JVM has used, for tests that guard against runaway work (a quadratic parser, a
 * backtracking pattern) on hostile input. Unlike the wall clock it does not grow when other processes load
 * the machine, so a limit on it fails only when the build itself does too much.
 */
public final class CpuClock {
    private final long start = now();

    private CpuClock() {
    }

    public static CpuClock start() {
        return new CpuClock();
    }

    /** CPU seconds of every thread of this JVM (the build's workers and the collector included) since start. */
    public double seconds() {
        return (now() - start) / 1e9;
    }

    private static long now() {
        java.lang.management.OperatingSystemMXBean bean = ManagementFactory.getOperatingSystemMXBean();
        if (bean instanceof com.sun.management.OperatingSystemMXBean os && os.getProcessCpuTime() >= 0) {
            return os.getProcessCpuTime();
        }
        throw new IllegalStateException("this JVM does not report its process CPU time");
    }
}
