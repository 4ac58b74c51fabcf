package org.qikan.importer.output;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.NoteLabels;
import org.qikan.importer.layout.Texts;
import org.qikan.importer.structure.EnglishAbstracts;
import org.qikan.importer.structure.ImportedArticle;
import org.qikan.importer.structure.NotePairer;
import org.qikan.importer.structure.PrintedIssue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cross-checks behind the report's verdict: each thing a publisher should look at, with the input
 * line it comes from and the output file it ended in. Coverage says the text is somewhere; these say
 * whether it is in the right place.
 */
final class ReviewChecks {
    /** One thing to check: where in the input, which file it went to, what looks wrong. */
    record Finding(int line, String file, String what) {
        String format() {
            return (line > 0 ? "line " + line + " → " : "") + "`" + file + "`: " + what;
        }
    }

    private static final Pattern MARKER_SYNTAX = Pattern.compile("\\^\\[\\^|\\^\\\\?\\[\\d|\\^[" + NoteLabels.CIRCLED + "]|</?sup>|\\^\\{");
    private static final Pattern LEFT_MARKER = Pattern.compile("[" + NoteLabels.CIRCLED + "]|\\\\\\[\\d{1,2}\\\\]");
    private static final Pattern LABEL_WORD = Pattern.compile("^(?:>\\s*)?[【〔\\[]?\\s*(?:摘\\s*要|提\\s*要|内容摘要|内容提要|关\\s*键\\s*词|作者简介|中图分类号|文献标识码|文章编号|DOI|Abstract|Key ?words)\\s*[】〕\\]]?\\s*[：:]");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。！？；，]|\\.\\s");
    private static final String TERMINAL = "。！？…”」』）)!?.\"'：:";

    private final PrintedIssue issue;
    private final List<Finding> findings = new ArrayList<>();

    ReviewChecks(PrintedIssue issue) {
        this.issue = issue;
    }

    List<Finding> run(Map<String, String> articleMarkdown, List<Block> unpairedNotes, List<String> unplaced) {
        issue.tocWithoutArticle().forEach(t -> findings.add(new Finding(0, "issue.yaml", "contents entry with no article: " + t)));
        issue.articlesWithoutToc().forEach(t -> findings.add(new Finding(0, "issue.yaml", "article not in the contents: " + t)));
        for (NotePairer.Unpaired u : issue.pairer().unpairedMarkers()) {
            findings.add(new Finding(u.line(), fileAt(u.line()), "note marker " + NoteLabels.printed(u.label()) + " has no note"));
        }
        for (Block n : issue.pairer().labelsInferred()) {
            findings.add(new Finding(n.line(), fileAt(n.line()), "note printed with no label, read as " + NoteLabels.printed(n.noteLabel())
                    + " from the notes beside it on its page (its first words may be missing)"));
        }
        for (NotePairer.ByPosition p : issue.pairer().pairedByPosition()) {
            findings.add(new Finding(p.line(), fileAt(p.line()), "note marker " + NoteLabels.printed(p.markerLabel())
                    + " paired by its place on the page with note " + NoteLabels.printed(p.noteLabel()) + " (line " + p.noteLine()
                    + "); the printed labels disagree"));
        }
        for (Block n : unpairedNotes) {
            findings.add(new Finding(n.line(), fileAt(n.line()), "note with no marker, kept as a quoted paragraph"));
        }
        for (EnglishAbstracts.Entry e : issue.english()) {
            if (e.article() < 0) {
                findings.add(new Finding(e.line(), "(none)", "English abstract “" + e.title() + "” matched to no article"));
            }
        }
        for (EnglishAbstracts.Fragment f : issue.englishFragments()) {
            findings.add(new Finding(f.line(), f.after() >= 0 ? issue.articles().get(f.after()).slug() + ".md" : "(none)",
                    "English text not placed (" + f.why() + "): “" + f.text() + "”"));
        }
        boolean anyEnglish = issue.articles().stream().anyMatch(a -> a.englishMatched());
        for (ImportedArticle a : issue.articles()) {
            String file = a.slug() + ".md";
            if (anyEnglish && !a.englishMatched()) {
                findings.add(new Finding(a.line(), file, "no English abstract matched, while other articles have one"));
            }
            fields(a, file);
            String md = articleMarkdown.get(file);
            if (md != null) {
                body(md, a, file);
            }
        }
        unplaced.forEach(u -> findings.add(new Finding(0, "(none)", "text placed nowhere: " + u)));
        return findings;
    }

    private void fields(ImportedArticle a, String file) {
        if (a.authors().isEmpty()) {
            findings.add(new Finding(a.line(), file, "no byline found, so the article has no authors (the build needs them):"
                    + " write them in the front matter (authors:)"));
        }
        for (String k : a.keywordsZh()) {
            if (SENTENCE_PUNCTUATION.matcher(k).find() || k.codePointCount(0, k.length()) > 16) {
                findings.add(new Finding(a.line(), file, "keyword looks like a sentence: “" + shorten(k) + "”"));
                break;
            }
        }
        for (String k : a.keywordsEn()) {
            if (k.length() > 60 || k.matches(".*[.;]\\s.*")) {
                findings.add(new Finding(a.line(), file, "English keyword looks like a sentence: “" + shorten(k) + "”"));
                break;
            }
        }
        for (String k : a.keywordsEn()) {
            if (k.endsWith("⁃") || k.endsWith("-") || k.endsWith("‐")) {
                findings.add(new Finding(a.line(), file, "English keyword cut at a line-end hyphen, its end not in the text: “" + shorten(k) + "”"));
            }
        }
        if (a.abstractEn() != null && !a.abstractEn().isEmpty() && Character.isLowerCase(a.abstractEn().codePointAt(0))) {
            findings.add(new Finding(a.line(), file, "English abstract starts in lower case (cut from its beginning?): “" + shorten(a.abstractEn()) + "”"));
        }
        Set<String> names = new HashSet<>();
        for (ImportedArticle.Author author : a.authors()) {
            if (author.zh() != null && !names.add(author.zh())) {
                findings.add(new Finding(a.line(), file, "author name printed twice: " + author.zh()));
            }
            if (author.zh() != null && author.zh().length() >= 4 && author.zh().length() % 2 == 0
                    && author.zh().substring(0, author.zh().length() / 2).equals(author.zh().substring(author.zh().length() / 2))) {
                findings.add(new Finding(a.line(), file, "author name printed twice: " + author.zh()));
            }
        }
        if (a.titleEn() != null && !a.keywordsEn().isEmpty()
                && a.titleEn().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").equals(String.join("", a.keywordsEn()).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))) {
            findings.add(new Finding(a.line(), file, "English title is the key words: “" + a.titleEn() + "”"));
        }
    }

    /** Marker syntax and label words left in the body, and paragraphs that stop mid-sentence. */
    private void body(String md, ImportedArticle a, String file) {
        String[] lines = md.split("\n", -1);
        boolean front = lines.length > 0 && lines[0].equals("---");
        for (int i = front ? 1 : 0; i < lines.length; i++) {
            if (front && lines[i].equals("---")) {
                front = false;
                continue;
            }
            if (front) {
                continue;
            }
            String line = lines[i];
            String at = file + ":" + (i + 1);
            if (line.startsWith("[^") || line.isBlank()) {
                continue;
            }
            if (MARKER_SYNTAX.matcher(line).find()) {
                findings.add(new Finding(0, at, "note marker syntax left in the text: “" + shorten(line) + "”"));
            } else if (!line.startsWith(">") && LEFT_MARKER.matcher(line).find()) {
                findings.add(new Finding(0, at, "note marker left in the text (no note paired): “" + shorten(line) + "”"));
            }
            if (LABEL_WORD.matcher(line).find()) {
                findings.add(new Finding(0, at, "label word left in the body: “" + shorten(line) + "”"));
            }
            boolean paragraph = !line.startsWith("#") && !line.startsWith(">") && !line.startsWith(":::") && !line.startsWith("|")
                    && !line.endsWith("\\") && !(i > 0 && lines[i - 1].endsWith("\\")) && !(line.startsWith("[") && line.endsWith("]") && i > 0 && lines[i - 1].startsWith("|"))
                    && !org.qikan.importer.layout.Captions.isSource(line)
                    && (i + 1 >= lines.length || lines[i + 1].isBlank());
            String plain = line.replaceAll("\\[\\^\\d+]", "").strip();
            if (paragraph && !plain.isEmpty() && TERMINAL.indexOf(plain.charAt(plain.length() - 1)) < 0 && plain.length() >= 20) {
                findings.add(new Finding(0, at, "paragraph ends mid-sentence (cut at a page end?): “…" + tail(plain) + "”"));
            } else if (paragraph && !plain.isEmpty() && TERMINAL.indexOf(plain.charAt(plain.length() - 1)) < 0 && afterHeading(lines, i)) {
                findings.add(new Finding(0, at, "short line with no stop under a heading (the heading's second half, or a line of a"
                        + " figure?): “" + plain + "”"));
            }
        }
    }

    /** Whether the line before line {@code i}, a blank between, is a heading. */
    private static boolean afterHeading(String[] lines, int i) {
        return i >= 2 && lines[i - 1].isBlank() && lines[i - 2].startsWith("#");
    }

    /** The article file an input line ended in: the last article starting at or before it. */
    private String fileAt(int line) {
        String file = "(front matter)";
        for (ImportedArticle a : issue.articles()) {
            if (a.line() <= line) {
                file = a.slug() + ".md";
            }
        }
        return file;
    }

    private static String shorten(String text) {
        String t = text.replace("|", "\\|").strip();
        return t.length() > 40 ? t.substring(0, Texts.safeIndex(t, 40)) + "…" : t;
    }

    private static String tail(String text) {
        return text.length() > 20 ? text.substring(Texts.safeIndex(text, text.length() - 20)) : text;
    }
}
