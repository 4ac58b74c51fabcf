package org.qikan.render;

import org.qikan.fingerprint.Fingerprint;

import org.qikan.content.MarkdownSource;
import org.qikan.diag.Diagnostic;
import org.qikan.diag.Diagnostics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link BodyRenderer} that takes a body back from an earlier render where nothing it depends on
 * changed, and otherwise renders it with the renderer it wraps. What a body depends on:
 * <ul>
 * <li>its key: the render settings ({@code settings}: qikan's code and the site's {@code raw_html},
 *     given by the build), the source file's path, the line the body starts on, and the Markdown text;</li>
 * <li>the answers the content folder gave about the files the body refers to (images, linked files):
 *     each is asked again, and a different answer renders the body again.</li>
 * </ul>
 * A body taken back adds the same warnings and errors to the build as when it was rendered. Earlier
 * renders come from memory (a preview server keeps them between builds) or from a {@link Store}
 * (the cache folder beside the output). Safe to use from several threads.
 */
public final class CachedBodies implements BodyRenderer {
    private final BodyRenderer renderer;
    private final String settings;
    private final Map<String, Entry> memory;
    private final Store store;
    private final Map<String, Entry> used;
    /** Whether {@link #used} holds this build's bodies; without, only their keys are held and new bodies go to the store as made. */
    private final boolean keep;
    private final java.util.Set<String> keys;
    private final AtomicInteger reused;
    private final AtomicInteger rendered;

    /** A rendered body with what it depends on besides its key, and the problems its render found. */
    public record Entry(String key, RenderedBody body, List<Diagnostic> problems, List<FileCheck> files) {
        public Entry {
            problems = List.copyOf(problems);
            files = List.copyOf(files);
        }
    }

    /** One question the render asked the content folder: the reference (from the body's file) and the answer. */
    public record FileCheck(String reference, LocalFiles.Status status) {
    }

    /** Where bodies rendered by earlier builds are kept; an entry that is damaged or not the key's is not given. */
    @FunctionalInterface
    public interface Store {
        Store NONE = key -> Optional.empty();

        Optional<Entry> load(String key);

        /** A body this build rendered: the store may keep it at once, rather than after the build. */
        default void made(Entry entry) throws java.io.IOException {
        }
    }

    /**
     * @param renderer renders what cannot be taken back
     * @param settings everything besides the source that the renderer's output depends on (code version, raw_html)
     * @param memory   bodies kept in memory from earlier builds, looked in first (may be empty; not changed here)
     * @param store    bodies kept on disk, looked in next
     */
    public CachedBodies(BodyRenderer renderer, String settings, Map<String, Entry> memory, Store store) {
        this(renderer, settings, memory, store, true);
    }

    /**
     * @param keep whether {@link #used} is to hold this build's bodies (for the next build in this process); without
     *             it only their keys are held, and new bodies go to the store as they are rendered, so that a build
     *             does not hold every rendered body until it ends
     */
    public CachedBodies(BodyRenderer renderer, String settings, Map<String, Entry> memory, Store store, boolean keep) {
        this(renderer, settings, memory, store, new ConcurrentHashMap<>(), keep, ConcurrentHashMap.newKeySet(),
                new AtomicInteger(), new AtomicInteger());
    }

    private CachedBodies(BodyRenderer renderer, String settings, Map<String, Entry> memory, Store store,
                         Map<String, Entry> used, boolean keep, java.util.Set<String> keys, AtomicInteger reused,
                         AtomicInteger rendered) {
        this.renderer = renderer;
        this.settings = settings;
        this.memory = memory;
        this.store = store;
        this.used = used;
        this.keep = keep;
        this.keys = keys;
        this.reused = reused;
        this.rendered = rendered;
    }

    /**
     * The wrapped renderer with these labels; the labels join the settings of the key (in a fixed order), and
     * what it renders or takes back counts in this cache's {@link #used}, {@link #reused} and {@link #rendered}.
     */
    @Override
    public CachedBodies withLabels(Map<String, Object> labels) {
        StringBuilder words = new StringBuilder(settings).append("\nlabels=");
        canonical(labels, words);
        return new CachedBodies(renderer.withLabels(labels), words.toString(), memory, store, used, keep, keys, reused, rendered);
    }

    /** Maps with their keys sorted, lists in order, anything else as text: the same labels give the same text. */
    private static void canonical(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            map.entrySet().stream().sorted(java.util.Comparator.comparing(e -> String.valueOf(e.getKey()))).forEach(e -> {
                out.append(e.getKey()).append('=');
                canonical(e.getValue(), out);
                out.append(';');
            });
            out.append('}');
        } else if (value instanceof java.util.Collection<?> list) {
            out.append('[');
            list.forEach(v -> {
                canonical(v, out);
                out.append(',');
            });
            out.append(']');
        } else {
            out.append(value);
        }
    }

    @Override
    public RenderedBody render(MarkdownSource source, LocalFiles files, Diagnostics problems) {
        String key = key(source);
        Entry earlier = used.get(key);
        if (earlier == null) {
            earlier = memory.get(key);
        }
        if (earlier == null) {
            earlier = store.load(key).filter(e -> key.equals(e.key())).orElse(null);
        }
        if (earlier != null && stillTrue(earlier, source, files)) {
            note(earlier);
            reused.incrementAndGet();
            earlier.problems().forEach(problems::add);
            return earlier.body();
        }
        Recording recording = new Recording(files);
        Diagnostics found = new Diagnostics();
        RenderedBody body = renderer.render(source, recording, found);
        problems.addAll(found);
        Entry entry = new Entry(key, body, found.sorted(), recording.checks());
        note(entry);
        if (!keep) {
            try {
                store.made(entry);
            } catch (java.io.IOException notKept) {
                // the cache is an aid: the next build renders this body again
            }
        }
        rendered.incrementAndGet();
        return body;
    }

    private void note(Entry entry) {
        keys.add(entry.key());
        if (keep) {
            used.put(entry.key(), entry);
        }
    }

    /** The keys of this build's bodies (rendered or taken back). */
    public java.util.Set<String> keys() {
        return java.util.Set.copyOf(keys);
    }

    /** The bodies this build rendered or took back, by key: what the next build may take back (empty unless kept). */
    public Map<String, Entry> used() {
        return Map.copyOf(used);
    }

    /** How many bodies were taken back. */
    public int reused() {
        return reused.get();
    }

    /** How many bodies were rendered. */
    public int rendered() {
        return rendered.get();
    }

    private static boolean stillTrue(Entry entry, MarkdownSource source, LocalFiles files) {
        for (FileCheck check : entry.files()) {
            if (files.check(source.file(), check.reference()) != check.status()) {
                return false;
            }
        }
        return true;
    }

    /** Fingerprint of the settings, the file, its first line and the text (by its key; hex). */
    String key(MarkdownSource source) {
        return Fingerprint.start().add(settings).add(source.file().toAbsolutePath().normalize().toString())
                .add(Integer.toString(source.firstLine())).add(source.textKey()).hex();
    }

    /** The content folder as the wrapped renderer sees it, noting each question and its answer. */
    private static final class Recording extends LocalFiles {
        private final LocalFiles files;
        private final List<FileCheck> checks = new ArrayList<>();

        Recording(LocalFiles files) {
            super(files);
            this.files = files;
        }

        @Override
        public synchronized Status check(Path from, String reference) {
            Status status = files.check(from, reference);
            checks.add(new FileCheck(reference, status));
            return status;
        }

        synchronized List<FileCheck> checks() {
            return List.copyOf(checks);
        }
    }
}
