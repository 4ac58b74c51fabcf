package org.qikan.site;

import org.qikan.index.SearchSegment;
import org.qikan.render.CachedBodies;

import java.util.Map;

/**
 * What one build hands to the next in the same process ({@code qikan serve}): the bodies it rendered
 * or took back, the search documents and the articles' export files it made, by key, and each page's links as the link check scanned them. The next build looks here before the cache
 * folder and before rendering. Nothing here is trusted beyond its key: each body's file checks are
 * asked again, like those of the cache folder. A {@link SiteBuild} without one starts empty.
 */
public final class BuildMemory {
    private final boolean kept;
    private volatile Map<String, CachedBodies.Entry> bodies = Map.of();
    private volatile Map<String, SearchSegment> searchSegments = Map.of();
    private volatile Map<String, org.qikan.export.ArticleExports> exports = Map.of();
    private volatile Map<String, org.qikan.check.ScannedPages.Kept> pageLinks = Map.of();
    /** Per kind of cache entry (bodies, search segments, exports): the keys whose files the last successful build left in the cache folder. */
    private volatile Map<String, java.util.Set<String>> onDisk = Map.of();

    /** Memory that keeps what each build leaves, for the next build in this process. */
    public BuildMemory() {
        this(true);
    }

    private BuildMemory(boolean kept) {
        this.kept = kept;
    }

    /** No memory: each build starts from the cache folder alone, and keeps nothing for another. */
    static BuildMemory none() {
        return new BuildMemory(false);
    }

    boolean kept() {
        return kept;
    }

    Map<String, CachedBodies.Entry> bodies() {
        return bodies;
    }

    void keepBodies(Map<String, CachedBodies.Entry> used) {
        bodies = kept ? Map.copyOf(used) : Map.of();
    }

    Map<String, SearchSegment> searchSegments() {
        return searchSegments;
    }

    Map<String, org.qikan.export.ArticleExports> exports() {
        return exports;
    }

    void keepExports(Map<String, org.qikan.export.ArticleExports> used) {
        exports = kept ? Map.copyOf(used) : Map.of();
    }

    Map<String, org.qikan.check.ScannedPages.Kept> pageLinks() {
        return pageLinks;
    }

    void keepPageLinks(Map<String, org.qikan.check.ScannedPages.Kept> scanned) {
        pageLinks = kept ? scanned : Map.of();
    }

    /** The keys of {@code kind} whose files are in the cache folder, so that a build does not write them again. */
    java.util.Set<String> onDisk(String kind) {
        return onDisk.getOrDefault(kind, java.util.Set.of());
    }

    /** After a successful build has saved the cache folder: which files of each kind it holds. */
    void keepOnDisk(Map<String, java.util.Set<String>> keys) {
        onDisk = kept ? Map.copyOf(keys) : Map.of();
    }

    void keepSearchSegments(Map<String, SearchSegment> used) {
        searchSegments = kept ? Map.copyOf(used) : Map.of();
    }
}
