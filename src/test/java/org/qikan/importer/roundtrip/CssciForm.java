package org.qikan.importer.roundtrip;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The conventions common to Chinese social-science (CSSCI) journals, printed on top of a {@link PrintForm}: the
 * masthead as the journal's name over the issue line {@code 2031年第2期（总第38期）} with no blank line between; contents
 * entries {@code title……names page} under 【栏目】 lines; the affiliation line {@code （unit，city postcode）} under the
 * byline; a reference list (参考文献 in one of its spellings) at each article's end, numbered in the order of first
 * citation, an entry cited again by its number; 作者简介 and 收稿日期 after the list; English entries at the back with no
 * heading, each a title line, a names line with the surnames in capitals, Abstract: and Key words: with no blank line
 * between them; a heading (注释：) over notes printed at an article's end; English labels in brackets under the Chinese
 * ones ([Abstract] …, [Key Words] …). Each is on or off by itself; {@link #NONE} is the plain printer.
 */
record CssciForm(boolean masthead, boolean leaderContents, boolean affiliation, boolean references, String referencesHeading,
                 boolean citeAgain, boolean labelsAtEnd, boolean englishWithoutHeading, String notesHeading,
                 boolean bracketedEnglishLabels) {

    static final CssciForm NONE = new CssciForm(false, false, false, false, null, false, false, false, null, false);

    private static final String[] HEADINGS = {"参考文献：", "参考文献", "[参考文献]", "【参考文献】", "References"};
    /** A heading over an article's notes where it prints them at its end: 注释：, 【注释】. */
    private static final String[] NOTE_HEADINGS = {"注释：", "注释", "注 释", "【注释】", "[注释]"};

    /** A random mix of the conventions, from its own random numbers (the plain form's draws are left as they were). */
    static CssciForm random(Random r) {
        return new CssciForm(r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), HEADINGS[r.nextInt(HEADINGS.length)],
                r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), r.nextBoolean() ? NOTE_HEADINGS[r.nextInt(NOTE_HEADINGS.length)] : null,
                r.nextBoolean());
    }

    boolean any() {
        return masthead || leaderContents || affiliation || references || labelsAtEnd || englishWithoutHeading || notesHeading != null
                || bracketedEnglishLabels;
    }

    /**
     * The issue as these conventions print it: English names with the surname in capitals where the English entries
     * print them so (and so everywhere), and, where a reference list may be cited again, one later run of each article
     * citing the note of an earlier one (so one entry is cited twice).
     */
    Script.Issue script(Script.Issue issue) {
        List<Script.Article> articles = new ArrayList<>();
        for (Script.Article a : issue.articles()) {
            List<Script.Author> authors = englishWithoutHeading ? a.authors().stream()
                    .map(x -> new Script.Author(x.zh(), capitalSurname(x.en()), x.bio())).toList() : a.authors();
            List<Script.Part> body = references && citeAgain ? citingAgain(a.body()) : a.body();
            articles.add(new Script.Article(a.section(), a.titleZh(), a.titleEn(), authors, a.abstractZh(), a.keywordsZh(),
                    a.abstractEn(), a.keywordsEn(), body, a.editor(), a.funding()));
        }
        return new Script.Issue(issue.journalZh(), issue.journalEn(), issue.year(), issue.number(), issue.sections(), articles);
    }

    /** {@code Wang Minghua} → {@code WANG Minghua}. */
    static String capitalSurname(String en) {
        int space = en.indexOf(' ');
        return space < 0 ? en.toUpperCase(Locale.ROOT) : en.substring(0, space).toUpperCase(Locale.ROOT) + en.substring(space);
    }

    /** The body with the last note-citing run of the article citing the first run's note instead of its own. */
    private static List<Script.Part> citingAgain(List<Script.Part> body) {
        String first = null;
        int lastPart = -1;
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Script.Paragraph p) {
                for (Script.Run run : p.runs()) {
                    if (run.note() != null) {
                        first = first == null ? run.note() : first;
                        lastPart = i;
                    }
                }
            }
        }
        if (first == null) {
            return body;
        }
        List<Script.Part> out = new ArrayList<>(body);
        Script.Paragraph p = (Script.Paragraph) out.get(lastPart);
        List<Script.Run> runs = new ArrayList<>(p.runs());
        for (int k = runs.size() - 1; k >= 0; k--) {
            if (runs.get(k).note() != null) {
                runs.set(k, new Script.Run(runs.get(k).text(), first));
                break;
            }
        }
        out.set(lastPart, new Script.Paragraph(runs));
        return out;
    }

    /** The affiliation line under a byline, from the unit the first author's note names. */
    static String affiliationLine(Script.Article a, Random r) {
        return (r.nextBoolean() ? "（" : "(") + unit(a) + "，" + (r.nextBoolean() ? "北京 100871" : "海口 570228") + (r.nextBoolean() ? "）" : ")");
    }

    /** The unit of the article's first author: the part of the note after the name, without the title. */
    static String unit(Script.Article a) {
        String bio = a.authors().get(0).bio();
        String rest = bio.substring(bio.indexOf('，') + 1);
        return rest.replaceFirst("(?:副教授|教授|研究员|博士研究生)$", "");
    }
}
