package org.qikan.site;

import org.qikan.index.SearchSegment;
import org.qikan.render.CachedBodies;

import java.util.Map;

/**
 * What one build hands to the next in the same process ({@code qikan serve}): the bodies it rendered
 * or took back, and the search documents it made, by key. The next build looks here before the cache
 * folder and before rendering. Nothing here is trusted beyond its key: each body's file checks are
 * asked again, like those of the cache folder. A {@link SiteBuild} without one starts empty.
 */
public final class BuildMemory {
    private volatile Map<String, CachedBodies.Entry> bodies = Map.of();
    private volatile Map<String, SearchSegment> searchSegments = Map.of();

    Map<String, CachedBodies.Entry> bodies() {
        return bodies;
    }

    void keepBodies(Map<String, CachedBodies.Entry> used) {
        bodies = Map.copyOf(used);
    }

    Map<String, SearchSegment> searchSegments() {
        return searchSegments;
    }

    void keepSearchSegments(Map<String, SearchSegment> used) {
        searchSegments = Map.copyOf(used);
    }
}
