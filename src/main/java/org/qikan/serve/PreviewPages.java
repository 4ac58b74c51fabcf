package org.qikan.serve;

import java.util.HashMap;
import java.util.Map;

/**
 * The pages of saved articles rendered alone ({@link ArticlePreview}), served over the output folder until a
 * build that read the sources after their save ends. Previews of several saves during one long build add up;
 * a later preview of a page replaces the earlier one.
 */
final class PreviewPages {
    /** A page as previewed, and the build whose end makes it go. */
    private record Page(byte[] bytes, long readBy) {
    }

    private volatile Map<String, Page> pages = Map.of();

    /** The previewed page at a site-relative path ({@code tj/2024-04/first.html}), or null. */
    byte[] get(String path) {
        Page page = pages.get(path);
        return page == null ? null : page.bytes();
    }

    /** Shows {@code previewed} until build {@code readBy} (or a later one) ends. */
    synchronized void show(Map<String, byte[]> previewed, long readBy) {
        Map<String, Page> next = new HashMap<>(pages);
        previewed.forEach((path, bytes) -> next.put(path, new Page(bytes, readBy)));
        pages = Map.copyOf(next);
    }

    /** Build {@code number} ended: the pages it has read the sources of go (its output, or the last good site, is served). */
    synchronized void built(long number) {
        Map<String, Page> next = new HashMap<>(pages);
        next.values().removeIf(page -> page.readBy() <= number);
        pages = Map.copyOf(next);
    }
}
