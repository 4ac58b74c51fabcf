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

    /** Reads a page the build writes at {@code path} (relative to the site root, '/' separators). */
    public synchronized void scan(String path, String html) {
        if (path.endsWith(".html")) {
            pages.put(path, PageLinks.scan(html, shared));
        }
    }

    /** The same for a page whose bytes (UTF-8) are at hand, such as one taken back from the previous output. */
    public void scan(String path, byte[] bytes) {
        if (path.endsWith(".html")) {
            scan(path, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    synchronized PageLinks get(String path) {
        return pages.get(path);
    }

    /** Every problem in the site at {@code siteRoot}, as {@link LinkChecker#check(Path)} finds them. */
    public List<LinkProblem> check(Path siteRoot) throws IOException {
        return LinkChecker.check(siteRoot, this);
    }
}
