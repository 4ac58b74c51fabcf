package org.qikan;

/**
 * The long randomized tests (round trips over many printed layouts) run a few of their tries in the fast lane
 * ({@code mvn test}) and every try in the {@code thorough} execution of surefire that {@code mvn verify} runs
 * ({@code scripts/test.sh}, CI): that execution runs the classes tagged {@value #TAG} again with
 * {@code -Dqikan.thorough=true}. A plain test loops {@link #tries(int, int)} times; a jqwik property keeps its
 * full count in {@code @Property(tries = …)} and says its fast-lane count with {@link FastLaneTries}.
 * {@code mvn test -Dtest=Name -Dqikan.thorough=true} runs one such class with every try.
 */
public final class Thorough {
    /** The tag of the classes the {@code thorough} execution runs with every try. */
    public static final String TAG = "thorough";

    private Thorough() {
    }

    /** Whether this run is the thorough one ({@code -Dqikan.thorough=true}). */
    public static boolean enabled() {
        return Boolean.getBoolean("qikan.thorough");
    }

    /** {@code all} in the thorough run, {@code fastLane} otherwise. */
    public static int tries(int all, int fastLane) {
        if (fastLane > all) {
            throw new IllegalArgumentException("the fast lane's " + fastLane + " tries are more than all " + all);
        }
        return enabled() ? all : fastLane;
    }
}
