package org.qikan.importer.roundtrip;

import org.qikan.content.Article;
import org.qikan.content.ContentLoader;
import org.qikan.content.Edition;
import org.qikan.content.Person;
import org.qikan.diag.Diagnostics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparable view of an article, from what was printed ({@link #of(Script.Article)}) or from what the
 * importer wrote and the loader reads ({@link #load(Path)}): titles, names, abstracts and key words in
 * both languages, the body as headings with their levels and paragraphs with numbered note references,
 * and each note's text under its number.
 */
record ImportedEdition() {
    record View(String section, String titleZh, String titleEn, List<String> authorsZh, List<String> authorsEn, String abstractZh,
                String abstractEn, List<String> keywordsZh, List<String> keywordsEn, List<String> body, Map<Integer, String> notes,
                String funding, List<String> bios) {
    }

    /** An author's note or a funding note as compared: without the stop or semicolon that ends it where it is printed. */
    private static String frontText(String text) {
        return text == null ? null : text.strip().replaceAll("[。；;]+$", "");
    }

    private static final Pattern HAN_LATIN_GAP = Pattern.compile(
            "(?<=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’])[ ]+(?=[^ ])|(?<=[^ ])[ ]+(?=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’])");

    /**
     * The view as hard-wrapped print can give it back: a space beside Chinese text (第 5 页, 强调 推动) is dropped where a
     * line breaks at it, and a reader cannot tell it was there (nor after a hyphen a line broke at: {@code press- room}), so
     * such spaces are left out on both
     * sides of a comparison of wrapped layouts. Spaces between Latin words are kept (a line break there is a space).
     */
    static View withoutHanLatinGaps(View v) {
        java.util.function.UnaryOperator<String> g = t -> t == null ? null : HAN_LATIN_GAP.matcher(t).replaceAll("").replaceAll("(?<=\\w-) +(?=\\w)", "");
        Map<Integer, String> notes = new TreeMap<>();
        v.notes().forEach((k, t) -> notes.put(k, g.apply(t)));
        return new View(v.section(), g.apply(v.titleZh()), g.apply(v.titleEn()), v.authorsZh(), v.authorsEn(), g.apply(v.abstractZh()),
                g.apply(v.abstractEn()), v.keywordsZh().stream().map(g).toList(), v.keywordsEn(), v.body().stream().map(g).toList(), notes,
                g.apply(v.funding()), v.bios().stream().map(g).toList());
    }

    /**
     * The view's notes and paragraphs as a reader sees them: hard-wrapped print is plain text, so the importer escapes what Markdown
     * would read as syntax ({@code \<https://…\>}, {@code \_}); the printed script holds the text as shown.
     */
    static View asShown(View v) {
        Map<Integer, String> notes = new TreeMap<>();
        v.notes().forEach((k, t) -> notes.put(k, SourceScript.plain(t)));
        List<String> body = v.body().stream().map(b -> b.startsWith("|") || b.startsWith("#") ? b : SourceScript.plain(b)).toList();
        return new View(v.section(), v.titleZh(), v.titleEn(), v.authorsZh(), v.authorsEn(), v.abstractZh(), v.abstractEn(),
                v.keywordsZh(), v.keywordsEn(), body, notes, v.funding(), v.bios());
    }

    /** What differs between what was printed and what was imported, one line per field; empty when nothing does. */
    static List<String> differences(List<View> expected, List<View> actual) {
        List<String> out = new ArrayList<>();
        if (expected.size() != actual.size()) {
            out.add("articles: printed " + expected.stream().map(View::titleZh).toList() + ", imported " + actual.stream().map(View::titleZh).toList());
            return out;
        }
        for (int i = 0; i < expected.size(); i++) {
            View e = expected.get(i);
            View a = actual.get(i);
            String at = "article " + (i + 1) + " ";
            field(out, at + "section", e.section(), a.section());
            field(out, at + "titleZh", e.titleZh(), a.titleZh());
            field(out, at + "titleEn", e.titleEn(), a.titleEn());
            field(out, at + "authorsZh", e.authorsZh(), a.authorsZh());
            field(out, at + "authorsEn", e.authorsEn(), a.authorsEn());
            field(out, at + "abstractZh", e.abstractZh(), a.abstractZh());
            field(out, at + "abstractEn", e.abstractEn(), a.abstractEn());
            field(out, at + "keywordsZh", e.keywordsZh(), a.keywordsZh());
            field(out, at + "keywordsEn", e.keywordsEn(), a.keywordsEn());
            for (int b = 0; b < Math.max(e.body().size(), a.body().size()); b++) {
                String eb = b < e.body().size() ? e.body().get(b) : null;
                String ab = b < a.body().size() ? a.body().get(b) : null;
                if (!java.util.Objects.equals(eb, ab)) {
                    field(out, at + "body block " + (b + 1), eb, ab);
                    break;
                }
            }
            field(out, at + "notes", e.notes(), a.notes());
            field(out, at + "funding", e.funding(), a.funding());
            field(out, at + "bios", e.bios(), a.bios());
        }
        return out;
    }

    private static void field(List<String> out, String name, Object expected, Object actual) {
        if (expected instanceof String e && actual instanceof String a && !e.equals(a)) {
            int same = 0;
            while (same < Math.min(e.length(), a.length()) && e.charAt(same) == a.charAt(same)) {
                same++;
            }
            int from = Math.max(0, same - 20);
            out.add(name + " differs at character " + same + ":\n    printed:  …" + e.substring(from) + "\n    imported: …" + a.substring(from));
            return;
        }
        if (!java.util.Objects.equals(expected, actual)) {
            out.add(name + ":\n    printed:  " + expected + "\n    imported: " + actual);
        }
    }

    private static final Pattern DEF = Pattern.compile("^\\[\\^(\\d+)]:\\s*(.*)$");

    static View of(Script.Issue issue, Script.Article a) {
        return of(issue, a, false);
    }

    /**
     * The view of a printed article; with {@code sameNoteOnce} (a reference list, whose entry a text cites as often as
     * it needs) runs citing the same note text cite one note, numbered at its first citation.
     */
    static View of(Script.Issue issue, Script.Article a, boolean sameNoteOnce) {
        String section = issue.sections().get(a.section()).zh();
        List<String> body = new ArrayList<>();
        Map<Integer, String> notes = new TreeMap<>();
        for (Script.Part part : a.body()) {
            if (part instanceof Script.Heading h) {
                body.add("#".repeat(h.level()) + " " + h.text());
            } else if (part instanceof Script.Paragraph p) {
                StringBuilder text = new StringBuilder();
                for (Script.Run r : p.runs()) {
                    text.append(r.text());
                    if (r.note() != null) {
                        int n = notes.size() + 1;
                        if (sameNoteOnce && notes.containsValue(r.note())) {
                            n = notes.entrySet().stream().filter(e -> e.getValue().equals(r.note())).findFirst().orElseThrow().getKey();
                        }
                        notes.put(n, r.note());
                        text.append("[^").append(n).append(']');
                    }
                }
                body.add(text.toString());
            } else {
                body.addAll(PrintedTablesAndFigures.expected(part));
            }
        }
        return new View(section, a.titleZh(), a.titleEn(), a.authors().stream().map(Script.Author::zh).toList(),
                a.authors().stream().map(Script.Author::en).toList(), a.abstractZh(), a.abstractEn(), a.keywordsZh(),
                a.keywordsEn(), body, notes, frontText(a.funding()), a.authors().stream().map(x -> frontText(x.bio())).toList());
    }

    /** Loads the content folder; the load's errors, if any, come back as the only view's title. */
    static List<View> load(Path content) {
        Diagnostics problems = new Diagnostics();
        Edition edition = new ContentLoader(problems).load(content).orElse(null);
        List<String> errors = problems.sorted().stream().filter(d -> d.isError()).map(d -> d.format(content)).toList();
        if (edition == null || !errors.isEmpty()) {
            return List.of(new View(null, "load errors: " + errors, null, List.of(), List.of(), null, null, List.of(), List.of(), List.of(), Map.of(),
                    null, List.of()));
        }
        List<View> out = new ArrayList<>();
        org.qikan.content.Issue issue = edition.journals().get(0).issues().get(0);
        for (Article a : issue.articles()) {
            String section = issue.sections().stream().filter(s -> s.id().equals(a.sectionId())).map(s -> s.title().zh())
                    .findFirst().orElse(null);
            out.add(view(section, a));
        }
        return out;
    }

    private static View view(String section, Article a) {
        List<String> body = new ArrayList<>();
        Map<Integer, String> notes = new TreeMap<>();
        for (String block : a.body().text().strip().split("\\n\\s*\\n")) {
            for (String line : block.split("\\n")) {
                Matcher def = DEF.matcher(line.strip());
                if (def.matches()) {
                    notes.put(Integer.parseInt(def.group(1)), def.group(2).strip());
                }
            }
            if (!block.isBlank() && !block.strip().lines().allMatch(l -> DEF.matcher(l.strip()).matches())) {
                body.add(PrintedTablesAndFigures.canonical(block.strip()));
            }
        }
        return new View(section, a.title().zh(), a.title().en(), names(a.authors(), true), names(a.authors(), false),
                a.abstractText() == null ? null : a.abstractText().zh(), a.abstractText() == null ? null : a.abstractText().en(),
                a.keywords() == null ? List.of() : a.keywords().zh(), a.keywords() == null ? List.of() : a.keywords().en(), body, notes,
                a.funding() == null ? null : frontText(a.funding().zh()),
                a.authors().stream().map(p -> p.bio() == null ? null : frontText(p.bio().zh())).toList());
    }

    private static List<String> names(List<Person> people, boolean zh) {
        return people.stream().map(p -> zh ? p.name().zh() : p.name().en()).toList();
    }
}
