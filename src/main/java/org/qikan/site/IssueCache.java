package org.qikan.site;

import org.qikan.content.Issue;
import org.qikan.content.Journal;
import org.qikan.render.IssueGate;
import org.qikan.render.PageSink;
import org.qikan.write.StagingWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The build's side of the render stage: the sink every page goes through (into the staging folder,
 * its checksum noted for the cache), and the gate that puts
 * an issue's pages back from the previous output where the cache has them under the issue's key and
 * each page still has its recorded checksum. Used by one thread.
 */
final class IssueCache implements IssueGate, PageSink {
    private final StagingWriter writer;
    private final BuildCache cache;
    private final BuildKeys keys;
    private final Path previousOutput;
    private final PageScan pageBytes;
    private final List<BuildCache.Entry> entries = new ArrayList<>();
    private final Set<String> reused = new HashSet<>();
    private final List<BuildCache.PageEntry> pageEntries = new ArrayList<>();
    private final Map<String, String> pendingPages = new java.util.HashMap<>();
    private Map<String, BuildCache.Page> previousPages;
    private int otherPages;
    private int otherPagesReused;
    private String currentKey;
    private List<BuildCache.Page> currentPages;
    private int reusedPages;
    private int issues;

    /** Told each page written ({@code html} its text) or taken back ({@code html} null), with its bytes: the link check. */
    interface PageScan {
        void scan(String path, String html, byte[] bytes);
    }

    /** @param pageBytes told each page written or taken back (the link check reads them there) */
    IssueCache(StagingWriter writer, BuildCache cache, BuildKeys keys, Path previousOutput,
               PageScan pageBytes) {
        this.pageBytes = pageBytes;
        this.writer = writer;
        this.cache = cache;
        this.keys = keys;
        this.previousOutput = previousOutput;
    }

    @Override
    public void write(String path, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        writer.writeBytes(path, bytes);
        pageBytes.scan(path, html, bytes);
        if (currentPages != null) {
            currentPages.add(new BuildCache.Page(path, BuildKeys.checksum(bytes)));
        }
        String pageKey = pendingPages.remove(path);
        if (pageKey != null) {
            pageEntries.add(new BuildCache.PageEntry(pageKey, path, BuildKeys.checksum(bytes)));
        }
    }

    /**
     * Takes a page outside the issues back from the previous output where the last build made one under the same
     * key (the shared inputs, its path and what it shows) and its bytes still have their checksum; else notes the
     * key, for the page as it is written.
     */
    @Override
    public boolean reusePage(String path, String facts) throws IOException {
        if (previousPages == null) {
            previousPages = cache.pages();
        }
        otherPages++;
        String key = keys.page(path, facts);
        BuildCache.Page page = previousPages.get(key);
        if (page != null && page.path().equals(path) && copied(new BuildCache.Entry(key, List.of(page)))) {
            pageEntries.add(new BuildCache.PageEntry(key, path, page.checksum()));
            reusedPages++;
            otherPagesReused++;
            return true;
        }
        pendingPages.put(path, key);
        return false;
    }

    @Override
    public boolean reuse(Journal journal, Issue issue, String facts) throws IOException {
        issues++;
        String key = keys.issue(journal, issue, facts);
        Optional<BuildCache.Entry> entry = cache.entry(key);
        if (entry.isPresent() && copied(entry.get())) {
            entries.add(entry.get());
            reused.add(key);
            // pages as the render stage counts them: templates' HTML, not the data files written beside them
            reusedPages += (int) entry.get().pages().stream().filter(p -> p.path().endsWith(".html")).count();
            return true;
        }
        currentKey = key;
        currentPages = new ArrayList<>();
        return false;
    }

    @Override
    public void done(Journal journal, Issue issue) {
        entries.add(new BuildCache.Entry(currentKey, List.copyOf(currentPages)));
        currentKey = null;
        currentPages = null;
    }

    /**
     * Takes the entry's pages back from the previous output (hard links where possible), or nothing where any of
     * them is missing or changed.
     */
    private boolean copied(BuildCache.Entry entry) throws IOException {
        Optional<List<byte[]>> unchanged = BuildCache.unchanged(previousOutput, entry.pages());
        if (unchanged.isEmpty()) {
            return false;
        }
        List<byte[]> contents = unchanged.get();
        for (int i = 0; i < contents.size(); i++) {
            String path = entry.pages().get(i).path();
            writer.reuse(path, previousOutput.resolve(path).normalize(), contents.get(i));
            pageBytes.scan(path, null, contents.get(i));
        }
        return true;
    }

    int reusedIssues() {
        return reused.size();
    }

    int issues() {
        return issues;
    }

    /** Pages outside the issues the render stage asked about. */
    int otherPages() {
        return otherPages;
    }

    /** Of those, the pages taken back from the previous output. */
    int otherPagesReused() {
        return otherPagesReused;
    }

    /** Pages taken back from the previous output: of reused issues, and outside the issues. */
    int reusedPages() {
        return reusedPages;
    }

    /** Records this build's entries in the cache (after a successful build). */
    void store() throws IOException {
        cache.storePages(pageEntries);
        cache.store(entries, reused);
    }
}
