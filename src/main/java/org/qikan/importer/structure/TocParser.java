package org.qikan.importer.structure;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.LabelWords;
import org.qikan.importer.layout.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the table of contents at the front of an issue: section headings ({@code ### 国际战略理论},
 * {@code ## ■ 区域与国别}), entries as {@code - 48 title authors} or as title lines followed by an
 * authors line ending in the start page {@code (56)}, then the same in English after
 * {@code Table of Contents}. It ends where the first listed article starts.
 */
public final class TocParser {
    private static final Pattern ZH_HEAD = Pattern.compile("^(?:目\\s*录|目\\s*次)$|■");
    /** The contents' heading printed as a plain line: 目录, 目 次, CONTENTS. */
    private static final Pattern PLAIN_HEAD = Pattern.compile("^(?:目\\s*录|目\\s*次)$");
    private static final Pattern EN_HEAD = Pattern.compile("(?i)^(?:table of contents|contents)$");
    private static final Pattern PAGE_FIRST = Pattern.compile("^[-*]?\\s*(\\d{1,4})\\s+(.+)$");
    private static final Pattern PAGE_LAST = Pattern.compile("^(.*?)\\s*[（(]\\s*(\\d{1,4})\\s*[)）]\\s*$");
    private static final Pattern ITALIC_AUTHORS = Pattern.compile("^(.*?)\\s*\\*([^*]+)\\*\\s*$");
    /** An entry with leader dots: title, dots, the authors, the start page ({@code 标题……………… 王明  李华  15}). */
    private static final Pattern LEADERS = Pattern.compile("^(.+?)\\s*(?:(?:[…⋯]\\s*){2,}|(?:[·.．・]\\s*){3,})\\s*(.*?)\\s*(\\d{1,4})$");
    private static final Pattern SUBTITLE = Pattern.compile("^(?:——|—|---|--)\\s*(.+)$");

    private final List<Block> blocks;
    private final List<Toc.Section> sections = new ArrayList<>();
    private final List<TocEntry> zh = new ArrayList<>();
    private final List<TocEntry> en = new ArrayList<>();
    private boolean english;
    private int enSection = -1;
    private final List<String> pendingTitle = new ArrayList<>();
    private String pendingSubtitle;
    private int pendingLine;

    private TocParser(List<Block> blocks) {
        this.blocks = blocks;
    }

    public static Toc parse(List<Block> blocks) {
        return new TocParser(blocks).read();
    }

    private Toc read() {
        int start = findStart();
        if (start < 0) {
            return Toc.NONE;
        }
        int i = start;
        for (; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.is(Block.Kind.HEADING) && startsArticle(b) || LabelWords.startsWithLabel(b.text())) {
                break;
            }
            if (b.is(Block.Kind.HEADING)) {
                String section = SectionLines.name(b.text());
                heading(section != null ? section : Texts.cleanTitle(b.text().replace("■", "")));
            } else if (b.is(Block.Kind.PARA)) {
                String[] lines = b.text().split("\n");
                for (int k = 0; k < lines.length; k++) {
                    String t = lines[k].strip();
                    if (!english && k == lines.length - 1 && JournalNames.name(t) != null && englishHeadAt(i + 1)) {
                        continue; // the journal's English name printed above the English contents
                    }
                    if (SectionLines.name(t) != null) {
                        heading(SectionLines.name(t));
                    } else if (EN_HEAD.matcher(t).matches() || PLAIN_HEAD.matcher(t).matches()) {
                        heading(t);
                    } else {
                        line(t, b.line());
                    }
                }
            }
        }
        if (zh.isEmpty()) {
            return Toc.NONE;
        }
        if (i < blocks.size() && LabelWords.startsWithLabel(blocks.get(i).text())) {
            int title = ArticleStarts.titleAbove(blocks, i, false);
            i = title > start ? title : i;
        }
        return new Toc(sections, zh, en, start, i);
    }

    private boolean englishHeadAt(int i) {
        if (i >= blocks.size()) {
            return false;
        }
        String t = Texts.cleanTitle(blocks.get(i).text().split("\n")[0].strip());
        return EN_HEAD.matcher(t).matches();
    }

    private int findStart() {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (LabelWords.startsWithLabel(b.text())) {
                return -1;
            }
            if (b.is(Block.Kind.HEADING) && ZH_HEAD.matcher(b.text().strip()).find()) {
                return i;
            }
            if (b.is(Block.Kind.PARA) && PLAIN_HEAD.matcher(b.text().strip()).matches()) {
                return i;
            }
        }
        return -1;
    }

    private boolean startsArticle(Block b) {
        String key = Texts.key(b.text());
        return !key.isEmpty() && zh.stream().anyMatch(e -> key.startsWith(Texts.key(e.title())));
    }

    private void heading(String text) {
        if (EN_HEAD.matcher(text).matches()) {
            english = true;
            return;
        }
        if (text.matches("^(?:目\\s*录|目\\s*次)$")) {
            return;
        }
        if (english) {
            if (Texts.hanCount(text) == 0 && !sections.isEmpty() && enSection + 1 < sections.size()) {
                enSection++;
                Toc.Section s = sections.get(enSection);
                sections.set(enSection, new Toc.Section(s.zh(), text));
            }
            return;
        }
        if (Texts.hanCount(text) > 0) {
            sections.add(new Toc.Section(text, null));
        }
    }

    private void line(String line, int number) {
        if (line.isEmpty()) {
            return;
        }
        if (english) {
            englishLine(line, number);
            return;
        }
        Matcher leaders = LEADERS.matcher(line);
        if (leaders.matches() && Texts.hanCount(leaders.group(1)) > 0) {
            pending(leaders.group(1), number, "");
            add(Texts.cleanTitle(String.join("", pendingTitle)), pendingSubtitle, Names.chinese(leaders.group(2)),
                    Integer.parseInt(leaders.group(3)), pendingLine);
            return;
        }
        Matcher first = PAGE_FIRST.matcher(line);
        if (first.matches() && Texts.hanCount(line) > 0) {
            List<String> tokens = List.of(first.group(2).split("\\s+"));
            int split = authorsStart(tokens);
            String title = String.join(" ", tokens.subList(0, split));
            add(Texts.cleanTitle(title), null, Names.chinese(String.join(" ", tokens.subList(split, tokens.size()))),
                    Integer.parseInt(first.group(1)), number);
            return;
        }
        Matcher last = PAGE_LAST.matcher(line);
        if (last.matches() && !pendingTitle.isEmpty()) {
            add(Texts.cleanTitle(String.join("", pendingTitle)), pendingSubtitle, Names.chinese(last.group(1)),
                    Integer.parseInt(last.group(2)), pendingLine);
            return;
        }
        pending(line, number, "");
    }

    private void englishLine(String line, int number) {
        Matcher leaders = LEADERS.matcher(line);
        if (leaders.matches()) {
            pending(leaders.group(1), number, " ");
            addEnglish(Names.english(leaders.group(2)), Integer.parseInt(leaders.group(3)));
            return;
        }
        Matcher italic = ITALIC_AUTHORS.matcher(line);
        Matcher last = PAGE_LAST.matcher(line);
        if (italic.matches()) {
            if (!italic.group(1).isBlank()) {
                pending(italic.group(1), number, " ");
            }
            addEnglish(Names.english(italic.group(2)), null);
        } else if (last.matches() && !pendingTitle.isEmpty()) {
            addEnglish(Names.english(last.group(1)), Integer.parseInt(last.group(2)));
        } else {
            pending(line, number, " ");
        }
    }

    private void pending(String line, int number, String joiner) {
        Matcher sub = SUBTITLE.matcher(line);
        if (sub.matches() && !pendingTitle.isEmpty()) {
            pendingSubtitle = sub.group(1).strip();
            return;
        }
        if (pendingTitle.isEmpty()) {
            pendingLine = number;
        }
        pendingTitle.add(pendingTitle.isEmpty() ? line : joiner + line);
    }

    private void add(String title, String subtitle, List<String> authors, Integer page, int number) {
        zh.add(new TocEntry(Math.max(0, sections.size() - 1), title, subtitle, authors, page, number));
        clearPending();
    }

    private void addEnglish(List<String> authors, Integer page) {
        String title = String.join("", pendingTitle).replaceAll("\\s+", " ").strip();
        en.add(new TocEntry(Math.max(0, enSection), Texts.cleanTitle(title), pendingSubtitle, authors, page, pendingLine));
        clearPending();
    }

    private void clearPending() {
        pendingTitle.clear();
        pendingSubtitle = null;
    }

    /** Index of the first author token: trailing tokens of one to four Han characters. */
    private static int authorsStart(List<String> tokens) {
        int i = tokens.size();
        while (i > 1 && tokens.get(i - 1).matches("[\\p{IsHan}·]{1,4}")) {
            i--;
        }
        return i;
    }
}
