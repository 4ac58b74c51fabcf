package org.qikan.site;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.qikan.content.Issue;
import org.qikan.content.Site;
import org.qikan.export.ArticleExports;
import org.qikan.export.KeptExports;
import org.qikan.meta.CitedWork;
import org.qikan.fingerprint.Fingerprint;
import org.qikan.render.RenderedArticle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An article's export files ({@code .bib}, {@code .ris}, {@code .csl.json}, JATS) taken back from an earlier
 * build, by the fingerprint of everything they are made from: qikan's code (citation styles included), the site
 * settings, the journal's settings, the issue's settings and sections (not its other articles), the article as loaded and its rendered body (the
 * notes its record cites and the HTML its JATS body is made from). Looked up in the previous build's memory
 * ({@code qikan serve}), then in the cache folder ({@code .qikan-cache/<output>/exports/<key>.bin}: checksum
 * line, then the format, its key, the cited works as JSON and the four files' bytes; anything that does not match is
 * ignored and the files are made again).
 * New entries are written as they are made (content-addressed; read only while the manifest is this qikan's).
 * Safe on any thread: articles' exports are prepared on several cores; what is kept does not depend on their order.
 */
final class CachedExports implements KeptExports {
    static final String EXPORTS = "exports";
    private final String settings;
    private final Map<String, ArticleExports> memory;
    private final Path dir;
    private final boolean usable;
    private final boolean enabled;
    /** Whether this build's entries stay in memory for the next build in the process ({@code qikan serve}). */
    private final boolean keep;
    private final ObjectMapper json = BuildCache.mapper();
    private final Map<String, ArticleExports> used = new HashMap<>();
    private final Set<String> keys = new HashSet<>();
    private final Set<String> onDisk = new HashSet<>();
    private Issue lastIssue;
    private final ThreadLocal<KeyOf> lastKey = new ThreadLocal<>();
    private String lastIssueKey;
    private int reused;
    private int made;

    /** What starts an entry's bytes after its checksum line: the format, which an entry of another one does not match. */
    private static final String FORMAT = "qikan exports 2\n";
    private static final String SUFFIX = ".bin";
    private static final JavaType CITED_WORKS = BuildCache.mapper().getTypeFactory().constructCollectionType(List.class, CitedWork.class);

    /**
     * @param memory  the previous build's entries in this process ({@link BuildMemory}), by key
     * @param enabled {@code false} for a {@code --no-cache} build: nothing is looked up or written
     * @param keep    whether to keep this build's entries in memory for the next build ({@link #used()}); a
     *                command-line build keeps only their keys (each entry is on disk as soon as it is made)
     */
    CachedExports(String code, Site site, BuildCache cache, Map<String, ArticleExports> memory, boolean enabled, boolean keep) {
        this.settings = Fingerprint.start().add(code).add(String.valueOf(site)).hex();
        this.memory = memory;
        this.dir = cache.dir().resolve(EXPORTS);
        this.usable = cache.usable();
        this.enabled = enabled;
        this.keep = keep;
    }

    @Override
    public Optional<ArticleExports> take(RenderedArticle article) {
        if (!enabled) {
            return Optional.empty();
        }
        String key = key(article);
        ArticleExports files = memory.get(key);
        boolean fromDisk = false;
        if (files == null) {
            files = load(key).orElse(null);
            fromDisk = files != null;
        }
        if (files == null) {
            lastKey.set(new KeyOf(article, key));
        }
        synchronized (this) {
            keys.add(key);
            if (fromDisk) {
                onDisk.add(key);
            }
            if (files != null) {
                if (keep) {
                    used.put(key, files);
                }
                reused++;
            }
        }
        return Optional.ofNullable(files);
    }

    @Override
    public void made(RenderedArticle article, ArticleExports files) throws IOException {
        synchronized (this) {
            made++;
        }
        if (!enabled) {
            return;
        }
        KeyOf last = lastKey.get();
        lastKey.remove();
        String key = last != null && last.article() == article ? last.key() : key(article);
        if (keep) {
            synchronized (this) {
                used.put(key, files);
            }
        }
        write(key, files);
    }

    synchronized int reused() {
        return reused;
    }

    synchronized int made() {
        return made;
    }

    /** This build's entries, by key: what {@link BuildMemory} keeps for the next build in the process. */
    synchronized Map<String, ArticleExports> used() {
        return used;
    }

    /** After a successful build: writes the entries not yet on disk and deletes those this build did not use. */
    synchronized void save() throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, ArticleExports> entry : used.entrySet()) {
            if (!onDisk.contains(entry.getKey())) {
                write(entry.getKey(), entry.getValue());
            }
        }
        BodyCacheFolder.forgetAllBut(dir, keys, SUFFIX);
    }

    /** The key {@link #take} worked out last on this thread, which {@link #made} for the same article uses again. */
    private record KeyOf(RenderedArticle article, String key) {
    }

    String key(RenderedArticle article) {
        return Fingerprint.start().add(settings)
                .add(RecordText.without(article.journal(), "issues"))
                .add(issueKey(article.issue()))
                .add(String.valueOf(article.article()))
                .add(article.body().fingerprint()).hex();
    }

    /** The issue's settings, sections and pages (not its other articles), hashed once for all its articles. */
    private synchronized String issueKey(Issue issue) {
        if (issue != lastIssue) {
            lastIssue = issue;
            lastIssueKey = Fingerprint.start().add(RecordText.without(issue, "articles")).hex();
        }
        return lastIssueKey;
    }

    private Optional<ArticleExports> load(String key) {
        if (!usable) {
            return Optional.empty();
        }
        Path file = dir.resolve(key + SUFFIX);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Optional<byte[]> rest = BodyCacheFolder.readChecked(file);
            return rest.isEmpty() ? Optional.empty() : decode(key, rest.get());
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }

    /**
     * An entry as {@link #encode} wrote it ({@link EntryBytes}), where its bytes are one of this key: the works its
     * record cites (JSON), then the four files' bytes as they are written to the output.
     */
    private Optional<ArticleExports> decode(String key, byte[] bytes) throws IOException {
        EntryBytes.Reader in = new EntryBytes.Reader(FORMAT, bytes);
        if (!in.formatMatches() || !key.equals(in.text())) {
            return Optional.empty();
        }
        List<CitedWork> references = json.readValue(in.blob(), CITED_WORKS);
        byte[] bib = in.blob();
        byte[] ris = in.blob();
        byte[] cslJson = in.blob();
        byte[] jats = in.blob();
        if (!in.atEnd() || references == null || references.contains(null) || bib == null || ris == null || cslJson == null || jats == null) {
            return Optional.empty();
        }
        return Optional.of(new ArticleExports(references, bib, ris, cslJson, jats));
    }

    private byte[] encode(String key, ArticleExports files) throws IOException {
        return new EntryBytes.Writer(FORMAT, files.jats().length + files.cslJson().length + 4096).text(key)
                .blob(json.writeValueAsBytes(files.references()))
                .blob(files.bib()).blob(files.ris()).blob(files.cslJson()).blob(files.jats()).bytes();
    }

    private void write(String key, ArticleExports files) throws IOException {
        Files.createDirectories(dir);
        BodyCacheFolder.writeChecked(dir.resolve(key + SUFFIX), encode(key, files));
        synchronized (this) {
            onDisk.add(key);
        }
    }

    /** Keys whose files an earlier build in this process left in the folder ({@link BuildMemory#onDisk}): not written again. */
    synchronized void alreadyOnDisk(Set<String> keys) {
        onDisk.addAll(keys);
    }

    /** After {@code save}: the keys of {@code used} whose files are in the folder. */
    synchronized Set<String> onDisk(Set<String> used) {
        return BodyCacheFolder.onDisk(used, onDisk);
    }
}
