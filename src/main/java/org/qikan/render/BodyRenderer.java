package org.qikan.render;

import org.qikan.content.MarkdownSource;
import org.qikan.diag.Diagnostics;

/**
 * Renders a Markdown body into HTML parts, notes and outline, adding what it finds wrong to
 * {@code problems}. {@link MarkdownRenderer} does the work; {@link CachedBodies} takes a body back
 * from an earlier render where nothing it depends on changed.
 */
public interface BodyRenderer {
    RenderedBody render(MarkdownSource source, LocalFiles files, Diagnostics problems);

    /** The same renderer with the interface words of {@code labels} (used in what a body shows, such as a figure placeholder's note). */
    BodyRenderer withLabels(java.util.Map<String, Object> labels);
}
