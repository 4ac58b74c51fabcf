package org.qikan.importer.roundtrip;

import org.qikan.content.Article;
import org.qikan.content.ContentLoader;
import org.qikan.content.Edition;
import org.qikan.content.Issue;
import org.qikan.content.Person;
import org.qikan.content.Section;
import org.qikan.diag.Diagnostics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns real content sources (the sample edition, or a corpus issue as imported) into what a printed page of
 * them carries, as a {@link Script.Issue} the {@link IssuePrinter} prints: titles, names, abstracts, key words,
 * the body's headings (with the level their numbering gives) and paragraphs as plain text, each note reference
 * a run citing its note's text. What print does not carry as text the importer reads back — tables, quotations,
 * lists, a symposium's pieces, an article with no English title or names — is left out, and counted. So is what a
 * first import left for review (its report lists each): a paragraph that ends mid-sentence, one that opens with a label
 * word, one with a note marker that found no note.
 */
final class SourceScript {
    private static final Pattern HEADING = Pattern.compile("^(#{2,6})\\s+(.+)$");
    private static final Pattern DEF = Pattern.compile("^\\[\\^([^\\]]+)]:\\s*(.*)$");
    private static final Pattern REF = Pattern.compile("\\[\\^([^\\]]+)]");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]^][^\\]]*)]\\([^)]*\\)");
    private static final Pattern NUMBERED = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\\d{1,2}\\.\\s*\\S).*");

    private SourceScript() {
    }

    /** An issue of the edition as a script, with what was left out. */
    record Printable(String name, Script.Issue issue, int articlesLeftOut, int blocksLeftOut) {
    }

    /** Every issue of the content folder, in journal and issue order. */
    static List<Printable> load(Path content) {
        Diagnostics problems = new Diagnostics();
        Edition edition = new ContentLoader(problems).load(content)
                .orElseThrow(() -> new IllegalStateException("content does not load: " + problems.sorted()));
        List<Printable> out = new ArrayList<>();
        edition.journals().forEach(j -> j.issues().forEach(i -> {
            String name = j.slug() + "/" + i.slug();
            String zh = j.name().zh() == null ? "示例学刊" : j.name().zh();
            String en = j.name().en() == null ? "Journal of Samples" : j.name().en();
            Printable p = of(name, zh, en, i);
            if (!p.issue().articles().isEmpty()) {
                out.add(p);
            }
        }));
        return out;
    }

    static Printable of(String name, String journalZh, String journalEn, Issue issue) {
        List<Script.Section> sections = new ArrayList<>();
        Map<String, Integer> sectionIndex = new LinkedHashMap<>();
        List<Script.Article> articles = new ArrayList<>();
        int articlesLeftOut = 0;
        int[] blocksLeftOut = {0};
        for (Article a : issue.articles()) {
            if (a.isSymposium() || a.title().en() == null || a.authors().isEmpty()
                    || a.authors().stream().anyMatch(p -> p.name().zh() == null || p.name().en() == null)
                    || a.abstractText() == null || a.abstractText().zh() == null || a.abstractText().en() == null) {
                articlesLeftOut++;
                continue;
            }
            Section section = issue.sections().stream().filter(s -> s.id().equals(a.sectionId())).findFirst().orElse(null);
            String sectionZh = section == null || section.title().zh() == null ? "文章" : section.title().zh();
            Integer index = sectionIndex.get(sectionZh);
            if (index == null) {
                index = sections.size();
                sectionIndex.put(sectionZh, index);
                sections.add(new Script.Section(sectionZh, section == null ? null : section.title().en()));
            }
            List<Script.Author> authors = new ArrayList<>();
            for (Person p : a.authors()) {
                String bio = p.bio() == null || p.bio().zh() == null ? p.name().zh() + "，研究人员" : p.bio().zh();
                authors.add(new Script.Author(p.name().zh(), p.name().en(), bio.replaceAll("[。；;]+$", "")));
            }
            List<Script.Part> body = body(a.body().text(), blocksLeftOut);
            if (body.isEmpty()) {
                articlesLeftOut++;
                continue;
            }
            articles.add(new Script.Article(index, plain(a.title().zh()), plain(a.title().en()), authors, plain(a.abstractText().zh()),
                    a.keywords() == null ? List.of() : printable(a.keywords().zh()), plain(a.abstractText().en()),
                    a.keywords() == null ? List.of() : printable(a.keywords().en()), body, a.editor() == null ? null : a.editor().zh(),
                    a.funding() == null ? null : a.funding().zh()));
        }
        return new Printable(name, new Script.Issue(journalZh, journalEn, issue.year(), issue.number(), sections, articles),
                articlesLeftOut, blocksLeftOut[0]);
    }

    /**
     * Key words as print can carry them: one that ends with a line-break hyphen ({@code Gover⁃}) was cut where a first
     * import lost the rest of its line, and no printed field ends with a break hyphen, so it is left out.
     */
    private static List<String> printable(List<String> keywords) {
        return keywords.stream().filter(k -> !k.endsWith("⁃")).toList();
    }

    /** Headings and paragraphs of a Markdown body; every other block is left out and counted. */
    static List<Script.Part> body(String markdown, int[] leftOut) {
        Map<String, String> notes = new LinkedHashMap<>();
        List<String> blocks = new ArrayList<>();
        for (String block : markdown.strip().split("\\n\\s*\\n")) {
            String b = block.strip();
            if (b.matches("(?s)^\\[\\^[^\\]]+]:.*")) {
                for (String line : b.split("\\n")) {
                    Matcher d = DEF.matcher(line.strip());
                    if (d.matches()) {
                        notes.put(d.group(1), plain(d.group(2)));
                    }
                }
                continue;
            }
            blocks.add(b);
        }
        List<Script.Part> parts = new ArrayList<>();
        for (String b : blocks) {
            Matcher h = HEADING.matcher(b);
            if (h.matches() && !b.contains("\n")) {
                String text = plain(h.group(2));
                // the printer prints no note marker in a heading: a heading with a note reference is left out
                if (NUMBERED.matcher(text).matches() && !REF.matcher(text).find()) {
                    parts.add(new Script.Heading(org.qikan.importer.layout.Headings.numberedLevel(text), text));
                } else {
                    leftOut[0]++;
                }
                continue;
            }
            if (b.startsWith(">") && !b.contains("\n")
                    && org.qikan.importer.layout.NoteLabels.noteStart(plain(b.substring(1))).isEmpty()) {
                b = b.substring(1).strip();
            }
            if (b.startsWith(">") || b.startsWith("|") || b.startsWith(":::") || b.startsWith("- ") || b.startsWith("* ")
                    || b.startsWith("<") || b.startsWith("!") || b.startsWith("#") || b.matches("(?s)^\\d+[.)]\\s.*")) {
                leftOut[0]++;
                continue;
            }
            Script.Paragraph p = paragraph(b.replace("\n", ""), notes);
            if (p == null || p.plain().strip().isEmpty() || p.runs().get(0).text().isEmpty() || leftForReview(p)) {
                leftOut[0]++;
                continue;
            }
            parts.add(p);
        }
        return parts;
    }

    /** What a first import's report asks to check: cut mid-sentence, a label word first, a marker with no note. */
    private static boolean leftForReview(Script.Paragraph p) {
        String text = p.plain().strip();
        boolean markerLeft = p.runs().stream().anyMatch(r -> !org.qikan.importer.layout.NoteLabels.markers(r.text()).isEmpty());
        return markerLeft || org.qikan.importer.layout.LabelWords.startsWithLabel(text)
                || !org.qikan.importer.layout.Texts.endsWithStop(text) && !text.endsWith("”") && !text.endsWith("：");
    }

    private static Script.Paragraph paragraph(String text, Map<String, String> notes) {
        List<Script.Run> runs = new ArrayList<>();
        Matcher m = REF.matcher(text);
        int from = 0;
        while (m.find()) {
            String note = notes.get(m.group(1));
            if (note == null || note.isEmpty()) {
                return null;
            }
            runs.add(new Script.Run(plain(text.substring(from, m.start())), note));
            from = m.end();
        }
        String rest = plain(text.substring(from));
        if (!rest.isEmpty() || runs.isEmpty()) {
            runs.add(new Script.Run(rest, null));
        }
        return new Script.Paragraph(runs);
    }

    /** Text as print shows it: emphasis marks, link targets and backslash escapes gone. */
    static String plain(String markdown) {
        if (markdown == null) {
            return null;
        }
        String t = LINK.matcher(markdown).replaceAll("$1");
        t = t.replace("**", "").replaceAll("(?<![\\\\\\w])\\*(?!\\s)([^*]+)(?<!\\s)\\*", "$1");
        t = t.replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>])", "$1");
        return t.strip();
    }
}
