package org.qikan.serve;

import org.qikan.site.BuildListener;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Where one build of the preview spent its time: each stage's wall milliseconds as the build reports
 * it ends, and the rest (checksums, the swap, the cache) as {@code finish}. Made by {@link Rebuilder}
 * for every build; shown by {@code qikan serve --verbose} and the reload benchmark.
 */
record StageTimes(Map<BuildListener.Stage, Double> stages, double finish, double total, String path) {
    StageTimes {
        stages = Map.copyOf(stages);
    }

    /** One line: {@code full build 312 ms: load 20, render 120, index 90, write 40, check 30, finish 12}. */
    String line() {
        StringJoiner parts = new StringJoiner(", ", String.format(Locale.ROOT, "%s %.0f ms: ", path, total), "");
        for (BuildListener.Stage stage : BuildListener.Stage.values()) {
            Double millis = stages.get(stage);
            if (millis != null) {
                parts.add(String.format(Locale.ROOT, "%s %.0f", stage.label(), millis));
            }
        }
        parts.add(String.format(Locale.ROOT, "finish %.0f", finish));
        return parts.toString();
    }

    /** Listens to one build and times its stages from the moment it is made. */
    static final class Clock implements BuildListener {
        private final long start = System.nanoTime();
        private final Map<Stage, Double> stages = new EnumMap<>(Stage.class);
        private long last = start;

        @Override
        public void stageDone(Stage stage, String detail) {
            long now = System.nanoTime();
            stages.put(stage, (now - last) / 1e6);
            last = now;
        }

        StageTimes stop(String path) {
            long now = System.nanoTime();
            return new StageTimes(stages, (now - last) / 1e6, (now - start) / 1e6, path);
        }
    }
}
