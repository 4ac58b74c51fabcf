package org.qikan.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The check stage fed by the build as it writes: each page's references and ids, read from its HTML
 * in one pass as it goes to the staging folder ({@link PageLinks#scan}), so that the check need not
 * parse the written pages again. Pages the build did not hand over (static files from the content
 * folder) are parsed from disk as before.
 */
public final class ScannedPages {
    private final Map<String, PageLinks> pages = new HashMap<>();
    private final Map<Object, Object> shared = new HashMap<>();
    private final Map<String, Kept> earlier;
    private final Map<String, Kept> kept;
    private int taken;

    /** A page's references and ids as one build scanned them, with the check of its bytes, for the next build. */
    public static final class Kept {
        final long check;
        final PageLinks links;

        Kept(long check, PageLinks links) {
            this.check = check;
            this.links = links;
        }
    }

    /** Scans every page it is given. */
    public ScannedPages() {
        this.earlier = Map.of();
        this.kept = null;
    }

    /**
     * Takes a page's scan from {@code earlier} (what the previous build kept, {@link #kept()}: in this process for
     * {@code qikan serve}, or read back with {@link ScanFile}) where the page's bytes are the same, and keeps this
     * build's for the next.
     */
    public ScannedPages(Map<String, Kept> earlier) {
        this.earlier = earlier;
        this.kept = new HashMap<>();
    }

    /** Reads a page the build writes at {@code path} (relative to the site root, '/' separators). */
    public synchronized void scan(String path, String html) {
        if (path.endsWith(".html")) {
            pages.put(path, PageLinks.scan(html, shared));
        }
    }

    /**
     * The same for a page whose bytes (UTF-8) are at hand: as the build writes it ({@code html} its text), or takes
     * it back from the previous output ({@code html} null).
     */
    public void scan(String path, String html, byte[] bytes) {
        if (!path.endsWith(".html")) {
            return;
        }
        if (kept == null) {
            scan(path, html != null ? html : new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        long check = org.qikan.published.ContentCheck.of(bytes);
        Kept before = earlier.get(path);
        PageLinks links;
        if (before != null && before.check == check) {
            links = before.links;
            synchronized (this) {
                taken++;
            }
        } else {
            synchronized (this) {
                links = PageLinks.scan(html != null ? html : new String(bytes, java.nio.charset.StandardCharsets.UTF_8), shared);
            }
        }
        synchronized (this) {
            pages.put(path, links);
            kept.put(path, new Kept(check, links));
        }
    }

    /** Pages whose scan was taken from the earlier build's, their bytes unchanged. */
    public synchronized int reused() {
        return taken;
    }

    /** Pages read for the check (scanned or taken back). */
    public synchronized int pages() {
        return pages.size();
    }

    /** This build's scans, for the next build in the process; empty unless made to keep them. */
    public synchronized Map<String, Kept> kept() {
        return kept == null ? Map.of() : Map.copyOf(kept);
    }

    synchronized PageLinks get(String path) {
        return pages.get(path);
    }

    /** Every problem in the site at {@code siteRoot}, as {@link LinkChecker#check(Path)} finds them. */
    public List<LinkProblem> check(Path siteRoot) throws IOException {
        return LinkChecker.check(siteRoot, this);
    }
}
