package org.qikan.importer.structure;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.LabelWords;
import org.qikan.importer.layout.PageJoiner;
import org.qikan.importer.layout.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the English abstracts section at the back of an issue (title, authors, abstract or editor's
 * note, key words, author notes per entry) and matches each entry to its Chinese article: by the
 * English title printed in the table of contents, or by order when the counts agree.
 */
public final class EnglishAbstracts {
    /**
     * One entry of the section; {@code article} is the index of the article it was matched to, or -1; {@code editor} the
     * editor's credit printed after the entry ({@code 【责任编辑：…】}, the article's own, where the English ends it), or null.
     */
    public record Entry(String title, List<String> authors, String text, List<String> keywords, String bios, int line, int article,
                        String editor) {
        public Entry {
            authors = List.copyOf(authors);
            keywords = List.copyOf(keywords);
        }

        public Entry matchedTo(int index) {
            return new Entry(title, authors, text, keywords, bios, line, index, editor);
        }
    }

    /**
     * A piece of the section that belongs to no field as printed: its line, text, the entry it follows (index into the
     * entries, -1 before the first) and why it is not placed. The report lists each.
     */
    public record Fragment(int line, String text, int after, String why) {
        /** The same fragment, following article {@code article} (-1: none known). */
        public Fragment following(int article) {
            return new Fragment(line, text, article, why);
        }
    }

    /** The entries read, the blocks they were read from, and the fragments left unplaced. */
    public record Read(List<Entry> entries, List<Block> consumed, List<Fragment> fragments) {
        public Read {
            entries = List.copyOf(entries);
            consumed = List.copyOf(consumed);
            fragments = List.copyOf(fragments);
        }
    }

    /** Items of a few capitalised words separated by semicolons: a key words list. */
    private static final java.util.regex.Pattern KEYWORD_ITEMS = java.util.regex.Pattern.compile(
            "^\\p{Lu}[\\p{L}'’\\-]*(?:\\s+[\\p{L}'’\\-]+){0,5}(?:\\s*[;；]\\s*\\p{Lu}[\\p{L}'’\\-]*(?:\\s+[\\p{L}'’\\-]+){0,5})+\\s*[;；.]?$");

    /** An entry while its blocks are read. */
    private static final class Draft {
        String title;
        final List<String> authors = new ArrayList<>();
        String text;
        final List<String> keywords = new ArrayList<>();
        String bios;
        int line;
        String editor;

        Entry freeze() {
            return new Entry(title, authors, text, keywords, bios, line, -1, editor);
        }
    }

    private final List<Draft> entries = new ArrayList<>();
    private final List<Block> pendingTitle = new ArrayList<>();
    private final List<Block> placed = new ArrayList<>();
    private final List<Fragment> fragments = new ArrayList<>();
    private Draft current;
    /** Whether the block being read looks like names but names follow it: a title of a few capitalised words. */
    private boolean titleBeforeNames;
    /** Whether the block after the one being read is an abstract: what follows a byline. */
    private boolean abstractNext;

    private EnglishAbstracts() {
    }

    public static Read read(List<Block> section) {
        EnglishAbstracts reader = new EnglishAbstracts();
        for (int i = 0; i < section.size(); i++) {
            reader.titleBeforeNames = i + 1 < section.size() && looksLikeNames(section.get(i)) && looksLikeNames(section.get(i + 1));
            reader.abstractNext = i + 1 < section.size() && opensAbstract(section.get(i + 1));
            reader.block(section.get(i));
        }
        reader.flushTitle();
        return new Read(reader.entries.stream().map(Draft::freeze).toList(), reader.placed, reader.fragments);
    }

    private void block(Block b) {
        String text = PageJoiner.withoutMarks(b.text()).strip();
        java.util.regex.Matcher credit = ArticleParser.EDITOR.matcher(text);
        if (credit.matches() && current != null) {
            current.editor = Texts.closeHanSpaces(credit.group(1)); // the article's credit, printed after its English entry
            placed.add(b);
            return;
        }
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
        if (current != null && current.text != null && current.keywords.isEmpty() && pendingTitle.isEmpty()
                && !abstractNext && KEYWORD_ITEMS.matcher(text).matches()) {
            // key words with no label after an abstract, and no abstract after them (so no byline): the end of a list whose
            // label and first items are not in the text (two-column fragments the converter lost); its first item may be a
            // key word's last words, so it is not placed
            fragments.add(new Fragment(b.line(), text, entries.size() - 1,
                    "key words with no label after the abstract: the end of a list whose beginning is not in the text"));
            placed.add(b); // accounted for: the report lists it as not placed, with its reason
            return;
        }
        if (Names.isEnglishByline(text) && !titleBeforeNames && (current == null || current.text != null || !pendingTitle.isEmpty())) {
            Draft e = start(b.line());
            e.authors.addAll(Names.english(text));
            placed.add(b);
            return;
        }
        if (current != null && current.text != null && Texts.endsSentence(current.text) && b.pageStart() && startsLower(text)) {
            Draft e = start(b.line());
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
            start(b.line());
        }
        flushTitleInto(current);
        current.text = current.text == null ? text : current.text + "\n\n" + text;
        placed.add(b);
    }

    private static boolean looksLikeNames(Block b) {
        String text = PageJoiner.withoutMarks(b.text()).strip();
        return !b.is(Block.Kind.HEADING) && Names.isEnglishByline(text) && LabelWords.parse(text).isEmpty();
    }

    /** An English abstract label, or a paragraph of running English text. */
    private static boolean opensAbstract(Block b) {
        String text = PageJoiner.withoutMarks(b.text()).strip();
        List<LabelWords.Labelled> labels = LabelWords.parse(text);
        if (!labels.isEmpty()) {
            return labels.get(0).kind() == LabelWords.Kind.EN_ABSTRACT || labels.get(0).kind() == LabelWords.Kind.EN_EDITOR_NOTE;
        }
        return b.is(Block.Kind.PARA) && text.length() > 200;
    }

    private static boolean startsLower(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    private void label(LabelWords.Labelled l, Block b) {
        if ((l.kind() == LabelWords.Kind.EN_ABSTRACT || l.kind() == LabelWords.Kind.EN_EDITOR_NOTE)
                && (current == null || current.text != null) && pendingTitle.isEmpty()) {
            start(b.line());
        }
        if (current == null) {
            start(b.line());
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

    private Draft start(int line) {
        Draft e = new Draft();
        e.line = line;
        entries.add(e);
        current = e;
        flushTitleInto(e);
        return e;
    }

    /** Title blocks seen before a byline or abstract make the title of the entry they start. */
    private void flushTitle() {
        if (!pendingTitle.isEmpty()) {
            start(pendingTitle.get(0).line());
        }
    }

    private void flushTitleInto(Draft e) {
        if (pendingTitle.isEmpty()) {
            return;
        }
        StringBuilder title = new StringBuilder();
        for (Block t : pendingTitle) {
            title.append(title.length() == 0 ? "" : " ").append(PageJoiner.withoutMarks(t.text()).strip());
            placed.add(t);
        }
        pendingTitle.clear();
        if (e.title == null) {
            e.title = Texts.cleanTitle(title.toString()).replaceAll("\\s+", " ");
        } else {
            e.text = e.text == null ? title.toString() : e.text + "\n\n" + title;
        }
    }

    /**
     * Matches entries to articles (given by their English titles from the contents, null where none): by
     * English title where printed, otherwise by order. Returns the entries with their article set.
     */
    public static List<Entry> match(List<Entry> entries, List<String> articleTitlesEn) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            int found = -1;
            String key = e.title() == null ? "" : Texts.key(e.title());
            for (int a = 0; a < articleTitlesEn.size() && e.title() != null && found < 0; a++) {
                String en = articleTitlesEn.get(a);
                if (en != null && !key.isEmpty() && (key.startsWith(Texts.key(en)) || Texts.key(en).startsWith(key))) {
                    found = a;
                }
            }
            out.add(e.matchedTo(found));
        }
        if (out.stream().anyMatch(e -> e.article() >= 0)) {
            return out;
        }
        List<Integer> byOrder = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (out.size() == articleTitlesEn.size() || out.get(i).text() != null) {
                byOrder.add(i);
            }
        }
        if (byOrder.size() == articleTitlesEn.size()) {
            for (int k = 0; k < byOrder.size(); k++) {
                out.set(byOrder.get(k), out.get(byOrder.get(k)).matchedTo(k));
            }
        }
        return out;
    }
}
