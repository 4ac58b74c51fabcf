package org.qikan.site;

import org.qikan.diag.Diagnostics;

/**
 * The outcome of a build: every problem found, the figures, and whether the new site replaced the old one.
 *
 * @param written whether the output folder now holds the new site; {@code false} leaves the old one as it was
 */
public record BuildResult(Diagnostics diagnostics, BuildSummary summary, boolean written) {
    public boolean succeeded() {
        return written && !diagnostics.hasErrors();
    }
}
