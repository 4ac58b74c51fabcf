package org.qikan.site;

/**
 * Told as each stage of a build finishes, for progress on a terminal or in a log. Called on the build's
 * thread; must be quick.
 */
@FunctionalInterface
public interface BuildListener {
    /** The stages of a build, in order; {@link #CHECK} runs only when links are checked. */
    enum Stage {
        LOAD, RENDER, INDEX, WRITE, CHECK;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** How many stages a build with these options runs. */
        public static int count(BuildOptions options) {
            return options.checkLinks() ? values().length : values().length - 1;
        }
    }

    BuildListener NONE = (stage, detail) -> { };

    /** @param detail what the stage did and the time since the build began, such as {@code rendered 10 pages in 0.52 s} */
    void stageDone(Stage stage, String detail);
}
