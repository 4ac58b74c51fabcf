package org.qikan.render;

import org.qikan.content.Issue;
import org.qikan.content.Journal;

import java.io.IOException;

/**
 * Decides, issue by issue, whether the render stage writes an issue's pages or whether they were
 * taken from a previous build (the build's cache, {@code org.qikan.site}); and page by page the same for
 * the pages outside the issues (home, archive, catalog pages).
 */
public interface IssueGate {
    /** Renders every issue. */
    IssueGate RENDER_ALL = (journal, issue, facts) -> false;

    /**
     * Called before the issue's pages are written.
     *
     * @param facts what the issue's pages show from outside the issue's own sources (see {@link SiteRenderer})
     * @return {@code true} where the pages are already in place and are not to be written
     */
    boolean reuse(Journal journal, Issue issue, String facts) throws IOException;

    /**
     * Called before a page outside the issues is rendered.
     *
     * @param facts what the page shows, its template and path included ({@link org.qikan.render.page.PageFacts})
     * @return {@code true} where the page is already in place and is not to be rendered
     */
    default boolean reusePage(String path, String facts) throws IOException {
        return false;
    }

    /** Called after the pages of an issue that was not reused were written. */
    default void done(Journal journal, Issue issue) throws IOException {
    }
}
