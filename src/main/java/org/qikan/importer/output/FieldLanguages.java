package org.qikan.importer.output;

import org.qikan.importer.layout.Texts;
import org.qikan.importer.structure.ImportedArticle;
import org.qikan.importer.structure.PrintedIssue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether each field holds text of its own language: a Chinese run inside an English field (English title,
 * names, abstract, key words) is text the importer filed in the wrong place (a Chinese line taken into the
 * English block, or the English block read from the wrong lines), and an English paragraph inside the Chinese
 * abstract or body is most often the English abstract left where it was printed. Each is a thing to check, with
 * the input line the text is printed at and the output file and line it was written to.
 */
final class FieldLanguages {
    /** Two or more Han characters together: Chinese text, not a stray character. */
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{2,}[\\p{IsHan}，、：；。“”《》（）\\s]*");
    /** A run of Latin words with no Han character inside: twelve or more words make an English sentence. */
    private static final Pattern LATIN_RUN = Pattern.compile("[A-Za-z][A-Za-z0-9'’,.;:()\\-–—\"“”/&%\\s]{40,}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
    /** Words in a Latin run that make it an English sentence rather than a name, a title or an acronym. */
    private static final int SENTENCE_WORDS = 12;

    private final PrintedIssue issue;
    private final List<ReviewChecks.Finding> findings = new ArrayList<>();

    private FieldLanguages(PrintedIssue issue) {
        this.issue = issue;
    }

    /** The findings for every article of the issue; {@code articleMarkdown} is each article's written file by name. */
    static List<ReviewChecks.Finding> check(PrintedIssue issue, Map<String, String> articleMarkdown) {
        FieldLanguages pass = new FieldLanguages(issue);
        for (ImportedArticle a : issue.articles()) {
            pass.article(a, a.slug() + ".md", articleMarkdown.getOrDefault(a.slug() + ".md", ""));
        }
        return pass.findings;
    }

    private void article(ImportedArticle a, String file, String md) {
        chineseIn("English title", a.titleEn(), a, file, md);
        chineseIn("English subtitle", a.subtitleEn(), a, file, md);
        chineseIn("English abstract", a.abstractEn(), a, file, md);
        for (ImportedArticle.Author author : a.authors()) {
            if (author.en() != null && author.en().codePoints().anyMatch(Texts::isHan)) {
                add(a, file, md, author.en(), "Chinese in an author's English name: “" + author.en() + "”");
            }
        }
        for (String k : a.keywordsEn()) {
            if (chinese(k) != null) {
                add(a, file, md, chinese(k), "Chinese in an English key word: “" + shorten(k) + "”");
                break;
            }
        }
        String english = english(a.abstractZh());
        if (english != null) {
            add(a, file, md, english, "English sentences inside the Chinese abstract" + (a.abstractEn() == null ? " (the English abstract, which this article lacks?)" : "")
                    + ": “" + shorten(english) + "”");
        }
        for (String paragraph : bodyParagraphs(md)) {
            String run = english(paragraph);
            if (run != null && hanShare(paragraph) < 0.1) {
                add(a, file, md, run, "English paragraph inside the Chinese body" + (a.abstractEn() == null ? " (the English abstract, which this article lacks?)" : "")
                        + ": “" + shorten(run) + "”");
            }
        }
    }

    private void chineseIn(String field, String text, ImportedArticle a, String file, String md) {
        String run = chinese(text);
        if (run != null) {
            add(a, file, md, run, "Chinese inside the " + field + ": “" + shorten(run) + "”");
        }
    }

    private void add(ImportedArticle a, String file, String md, String printed, String what) {
        int input = inputLine(printed, a.line());
        int output = outputLine(md, printed);
        findings.add(new ReviewChecks.Finding(input, file + (output > 0 ? ":" + output : ""), what));
    }

    /** The first Chinese run in {@code text}, or null. */
    static String chinese(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = HAN_RUN.matcher(text);
        return m.find() ? m.group().strip() : null;
    }

    /** The first run of English sentences (twelve words or more, no Han character) in {@code text}, or null. */
    static String english(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = LATIN_RUN.matcher(text);
        while (m.find()) {
            String run = m.group().strip();
            if (WORD.matcher(run).results().count() >= SENTENCE_WORDS && !run.contains("http") && !run.contains("www.")) {
                return run;
            }
        }
        return null;
    }

    /** The body's paragraphs: after the front matter; no note definitions, quotes, tables, headings or hard-broken blocks. */
    private static List<String> bodyParagraphs(String md) {
        List<String> out = new ArrayList<>();
        String body = md.startsWith("---\n") && md.indexOf("\n---\n", 4) > 0 ? md.substring(md.indexOf("\n---\n", 4) + 5) : md;
        for (String block : body.split("\n\\s*\n")) {
            String b = block.strip();
            if (b.isEmpty() || b.startsWith("[^") || b.startsWith(">") || b.startsWith("|") || b.startsWith("#") || b.startsWith(":::")
                    || b.contains("\\\n")) {
                continue;
            }
            out.add(b);
        }
        return out;
    }

    /**
     * The input line the text is printed at: the first line at or after the article's start holding its first
     * words (then anywhere, for English collected at the back), or 0.
     */
    private int inputLine(String printed, int from) {
        String probe = probe(printed);
        List<String> lines = issue.source().lines();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = pass == 0 ? Math.max(0, from - 1) : 0; i < lines.size(); i++) {
                if (squeeze(lines.get(i)).contains(probe)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static int outputLine(String md, String printed) {
        String probe = probe(printed);
        String[] lines = md.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (squeeze(lines[i]).contains(probe)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The first words of the text, spaces left out, short enough to stand on one printed line. */
    private static String probe(String printed) {
        String s = squeeze(printed);
        return s.substring(0, Texts.safeIndex(s, Math.min(s.length(), s.codePoints().anyMatch(Texts::isHan) ? 6 : 16)));
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u3000\\\\]+", "");
    }

    private static String shorten(String text) {
        String t = text.replace("|", "\\|").replace("\n", " ").strip();
        return t.length() > 40 ? t.substring(0, Texts.safeIndex(t, 40)) + "…" : t;
    }

    /** Han characters among the letters of a text. */
    private static double hanShare(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters == 0 ? 0 : (double) Texts.hanCount(text) / letters;
    }
}
