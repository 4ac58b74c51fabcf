package org.qikan.importer.structure;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.LabelWords;
import org.qikan.importer.layout.PageJoiner;
import org.qikan.importer.layout.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the English abstracts section at the back of an issue (title, authors, abstract or editor's
 * note, key words, author notes per entry) and matches each entry to its Chinese article: by the
 * English title printed in the table of contents, or by order when the counts agree.
 */
public final class EnglishAbstracts {
    /** One entry of the section. */
    public static final class Entry {
        public String title;
        public final List<String> authors = new ArrayList<>();
        public String text;
        public final List<String> keywords = new ArrayList<>();
        public String bios;
        public int line;
        public int article = -1;
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<Block> pendingTitle = new ArrayList<>();
    private final Set<Block> placed;
    private Entry current;

    private EnglishAbstracts(Set<Block> placed) {
        this.placed = placed;
    }

    public static List<Entry> read(List<Block> section, Set<Block> placed) {
        EnglishAbstracts reader = new EnglishAbstracts(placed);
        section.forEach(reader::block);
        reader.flushTitle();
        return reader.entries;
    }

    private void block(Block b) {
        String text = PageJoiner.withoutMarks(b.text).strip();
        if (b.is(Block.Kind.RULE) || text.matches("(?i)(?:english )?abstracts|英文(?:摘要|提要)")) {
            placed.add(b);
            return;
        }
        List<LabelWords.Labelled> labels = LabelWords.parse(text);
        if (!labels.isEmpty() && labels.get(0).kind().isEnglish()) {
            labels.forEach(l -> label(l, b));
            placed.add(b);
            return;
        }
        if (b.is(Block.Kind.HEADING)) {
            pendingTitle.add(b);
            return;
        }
        if (Names.isEnglishByline(text) && (current == null || current.text != null || !pendingTitle.isEmpty())) {
            Entry e = start(b.line);
            e.authors.addAll(Names.english(text));
            placed.add(b);
            return;
        }
        if (current != null && current.text != null && Texts.endsSentence(current.text) && b.pageStart && startsLower(text)) {
            Entry e = start(b.line);
            e.text = text;
            placed.add(b);
            return;
        }
        if (!Texts.endsSentence(text) && (current == null || current.text != null) && text.length() < 200
                && Character.isUpperCase(text.codePointAt(0))) {
            pendingTitle.add(b);
            return;
        }
        if (current == null) {
            start(b.line);
        }
        flushTitleInto(current);
        current.text = current.text == null ? text : current.text + "\n\n" + text;
        placed.add(b);
    }

    private static boolean startsLower(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    private void label(LabelWords.Labelled l, Block b) {
        if ((l.kind() == LabelWords.Kind.EN_ABSTRACT || l.kind() == LabelWords.Kind.EN_EDITOR_NOTE)
                && (current == null || current.text != null) && pendingTitle.isEmpty()) {
            start(b.line);
        }
        if (current == null) {
            start(b.line);
        }
        flushTitleInto(current);
        String value = l.value().replace("**", "").strip();
        switch (l.kind()) {
            case EN_ABSTRACT, EN_EDITOR_NOTE -> current.text = current.text == null ? value : current.text + "\n\n" + value;
            case EN_KEYWORDS -> {
                for (String k : value.split("\\s*;\\s*")) {
                    if (!k.isBlank()) {
                        current.keywords.add(k.strip().replaceAll("[;.]$", ""));
                    }
                }
            }
            case EN_AUTHORS -> current.bios = value;
            default -> current.text = current.text == null ? value : current.text + "\n\n" + value;
        }
    }

    private Entry start(int line) {
        Entry e = new Entry();
        e.line = line;
        entries.add(e);
        current = e;
        flushTitleInto(e);
        return e;
    }

    /** Title blocks seen before a byline or abstract make the title of the entry they start. */
    private void flushTitle() {
        if (!pendingTitle.isEmpty()) {
            start(pendingTitle.get(0).line);
        }
    }

    private void flushTitleInto(Entry e) {
        if (pendingTitle.isEmpty()) {
            return;
        }
        StringBuilder title = new StringBuilder();
        for (Block t : pendingTitle) {
            title.append(title.length() == 0 ? "" : " ").append(PageJoiner.withoutMarks(t.text).strip());
            placed.add(t);
        }
        pendingTitle.clear();
        if (e.title == null) {
            e.title = Texts.cleanTitle(title.toString()).replaceAll("\\s+", " ");
            e.line = Math.min(e.line, e.line);
        } else {
            e.text = e.text == null ? title.toString() : e.text + "\n\n" + title;
        }
    }

    /** Matches entries to articles: by English TOC title where printed, otherwise by order. */
    public static void match(List<Entry> entries, List<ImportedArticle> articles) {
        for (Entry e : entries) {
            if (e.title == null) {
                continue;
            }
            String key = Texts.key(e.title);
            for (int a = 0; a < articles.size(); a++) {
                String en = articles.get(a).titleEn;
                if (en != null && !key.isEmpty() && (key.startsWith(Texts.key(en)) || Texts.key(en).startsWith(key))) {
                    e.article = a;
                    break;
                }
            }
        }
        boolean anyByTitle = entries.stream().anyMatch(e -> e.article >= 0);
        if (anyByTitle) {
            return;
        }
        List<Entry> withText = entries.stream().filter(e -> e.text != null).toList();
        List<Entry> byOrder = entries.size() == articles.size() ? entries : withText;
        if (byOrder.size() == articles.size()) {
            for (int k = 0; k < byOrder.size(); k++) {
                byOrder.get(k).article = k;
            }
        }
    }
}
