package org.qikan.check;

import java.nio.file.Path;
import java.util.List;

/**
 * The sample edition ({@code content/}) built once per test run, for the gates and browser tests
 * that look at its pages. See {@link Editions}.
 */
public final class SampleSite {
    /** The content folder: {@code content/}, or another edition named by {@code -Dqikan.content=DIR}. */
    public static final Path CONTENT = Path.of(System.getProperty("qikan.content", "content"));

    private SampleSite() {
    }

    public static Path root() {
        return Editions.root(Editions.SAMPLE);
    }

    public static List<String> pages() {
        return Editions.pages(Editions.SAMPLE);
    }

    public static Path page(String sitePath) {
        return root().resolve(sitePath);
    }
}
