package org.qikan.export;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import org.qikan.meta.ScholarlyRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Formats an article's citation in each {@link CitationStyle} with citeproc-java, the official CSL styles
 * and locales, at build time (no network). One processor per style is made once per process ({@link #shared()}:
 * loading the styles costs a small build a third of its time, so every later build of {@code qikan serve}
 * and of the tests takes the same processors) and given one article at a time, reset before each. The numeric GB/T 7714 style numbers its entries; the entry number "[1]" of a
 * bibliography of one is left out, since a citation copied from the page goes into another list.
 */
public final class CitationFormatter {
    /** How many articles' citations are kept: an article's Chinese and English pages show the same ones. */
    private static final int REMEMBERED = 16;
    private final Map<CitationStyle, CSL> processors = new EnumMap<>(CitationStyle.class);
    private final OneItem item = new OneItem();
    private final Map<ScholarlyRecord, Map<CitationStyle, String>> recent = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ScholarlyRecord, Map<CitationStyle, String>> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** The formatter every build of this process uses, once it is made (or being made, by {@link #prepare()}). */
    private static final AtomicReference<FutureTask<CitationFormatter>> SHARED = new AtomicReference<>();

    /**
     * Makes the shared formatter now, on the calling thread, if no one has begun making it: loading the styles
     * and locales takes a cold start a tenth of a second, which {@code qikan build} spends on a second core
     * while it reads the command line and the content (org.qikan.site.StartupWork).
     */
    public static void prepare() {
        FutureTask<CitationFormatter> task = new FutureTask<>(CitationFormatter::new);
        if (SHARED.compareAndSet(null, task)) {
            task.run();
        }
    }

    /**
     * The formatter of this process, made on the first call (or waited for, while {@link #prepare()} makes it). Its
     * output is a new formatter's: each processor is reset before each article. One that failed to be made is made
     * again on the next call, so the failure is reported where it happens.
     */
    public static CitationFormatter shared() {
        while (true) {
            FutureTask<CitationFormatter> task = SHARED.get();
            if (task == null) {
                prepare();
                continue;
            }
            try {
                return task.get();
            } catch (ExecutionException e) {
                SHARED.compareAndSet(task, null);
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new CitationFormatter();
            }
        }
    }

    public CitationFormatter() {
        try {
            for (CitationStyle style : CitationStyle.values()) {
                processors.put(style, new CSL(item, style.csl(), style.locale()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the CSL styles are missing from the class path", e);
        }
    }

    /**
     * The article's citation in each style, in the order of {@link CitationStyle}. Formatted once for a record seen
     * lately (the same article's other language page).
     */
    public synchronized Map<CitationStyle, String> format(ScholarlyRecord record) {
        Map<CitationStyle, String> known = recent.get(record);
        if (known != null) {
            return known;
        }
        Map<CitationStyle, String> out = new LinkedHashMap<>();
        for (CitationStyle style : CitationStyle.values()) {
            out.put(style, format(style, style.citesChinese() ? CslItems.chinese(record) : CslItems.english(record)));
        }
        Map<CitationStyle, String> kept = java.util.Collections.unmodifiableMap(out);
        recent.put(record, kept);
        return kept;
    }

    /** The processor's bibliography entry for one item, as plain text. */
    public synchronized String format(CitationStyle style, CSLItemData data) {
        item.set(data);
        CSL csl = processors.get(style);
        csl.reset();
        csl.setOutputFormat("text");
        csl.registerCitationItems(data.getId());
        String entry = csl.makeBibliography().getEntries()[0];
        return withoutEntryNumber(entry).strip();
    }

    static String withoutEntryNumber(String entry) {
        return entry.replaceFirst("^\\s*\\[1\\]\\s*", "");
    }

    /** The item the processors are formatting now. */
    private static final class OneItem implements ItemDataProvider {
        private CSLItemData current;

        void set(CSLItemData item) {
            current = item;
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return current != null && current.getId().equals(id) ? current : null;
        }

        @Override
        public java.util.Collection<String> getIds() {
            return current == null ? java.util.List.of() : java.util.List.of(current.getId());
        }
    }
}
