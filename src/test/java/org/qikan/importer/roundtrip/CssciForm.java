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
 * ones ([Abstract] …, [Key Words] …); bylines whose names carry the numbers of their units, in Chinese and in the
 * English entry, with the numbered units under them ({@link Numbered}, in place of the affiliation line). Each is on
 * or off by itself; {@link #NONE} is the plain printer.
 */
record CssciForm(boolean masthead, boolean leaderContents, boolean affiliation, boolean references, String referencesHeading,
                 boolean citeAgain, boolean labelsAtEnd, boolean englishWithoutHeading, String notesHeading,
                 boolean bracketedEnglishLabels, Numbered numbered) {

    static final CssciForm NONE = new CssciForm(false, false, false, false, null, false, false, false, null, false, null);

    /** The second unit of a numbered byline (the first is the one the first author's note names). */
    static final String SECOND_UNIT = "东海社会科学院国际问题研究所";
    private static final String[] UNITS_EN = {"School of International Studies, Beian University",
            "Institute of International Studies, Donghai Academy of Social Sciences"};
    private static final String[] ADDRESSES_ZH = {"北京 100871", "上海 200020"};
    private static final String[] ADDRESSES_EN = {"Beijing 100871, China", "Shanghai 200020, China"};

    /**
     * How a numbered byline marks its names and numbers its units: superscript digits (¹˒²), digits (1,2),
     * parentheses, brackets or circled numbers; the units in one line in parentheses or a line each, numbered in
     * the same style. Authors take unit 1, units 1 and 2, unit 2, unit 1 … in turn.
     */
    enum Numbered {
        SUPERSCRIPT, DIGITS, PARENTHESES, BRACKETS, CIRCLED;

        static List<Integer> units(int author) {
            return switch (author % 3) {
                case 0 -> List.of(1);
                case 1 -> List.of(1, 2);
                default -> List.of(2);
            };
        }

        String mark(int author) {
            List<Integer> n = units(author);
            return switch (this) {
                case SUPERSCRIPT -> String.join("˒", n.stream().map(k -> String.valueOf("⁰¹²".charAt(k))).toList());
                case DIGITS -> String.join(",", n.stream().map(String::valueOf).toList());
                case PARENTHESES -> "(" + String.join(",", n.stream().map(String::valueOf).toList()) + ")";
                case BRACKETS -> "[" + String.join(",", n.stream().map(String::valueOf).toList()) + "]";
                case CIRCLED -> String.join("", n.stream().map(k -> String.valueOf("①②".charAt(k - 1))).toList());
            };
        }

        private String itemLabel(int n) {
            return switch (this) {
                case SUPERSCRIPT -> String.valueOf("⁰¹²".charAt(n));
                case DIGITS -> n + ".";
                case PARENTHESES -> "(" + n + ")";
                case BRACKETS -> "[" + n + "]";
                case CIRCLED -> String.valueOf("①②".charAt(n - 1));
            };
        }

        /** The names with their marks. */
        String byline(List<String> names, String separator) {
            List<String> out = new ArrayList<>();
            for (int k = 0; k < names.size(); k++) {
                out.add(names.get(k) + mark(k));
            }
            return String.join(separator, out);
        }

        /** The units the authors' marks name, in one line in parentheses ({@code oneLine}) or a line each. */
        String units(Script.Article a, boolean english, boolean oneLine) {
            int count = a.authors().size() > 1 ? 2 : 1;
            List<String> items = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                String unit = english ? UNITS_EN[n - 1] + ", " + ADDRESSES_EN[n - 1] : unitZh(a, n) + "，" + ADDRESSES_ZH[n - 1];
                items.add(oneLine ? n + ". " + unit : itemLabel(n) + " " + unit);
            }
            return oneLine ? "（" + String.join(english ? "; " : "；", items) + "）" : String.join("\n", items);
        }

        private static String unitZh(Script.Article a, int n) {
            return n == 1 ? unit(a) : SECOND_UNIT;
        }

        /** Author {@code k}'s units as the importer writes them, Chinese ({@code ；}) or English ({@code ; }). */
        static String expected(Script.Article a, int k, boolean english) {
            return String.join(english ? "; " : "；", units(k).stream().map(n -> english ? UNITS_EN[n - 1] : unitZh(a, n)).toList());
        }
    }

    private static final String[] HEADINGS = {"参考文献：", "参考文献", "[参考文献]", "【参考文献】", "References"};
    /** A heading over an article's notes where it prints them at its end: 注释：, 【注释】. */
    private static final String[] NOTE_HEADINGS = {"注释：", "注释", "注 释", "【注释】", "[注释]"};

    /** A random mix of the conventions, from its own random numbers (the plain form's draws are left as they were). */
    static CssciForm random(Random r) {
        return new CssciForm(r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), HEADINGS[r.nextInt(HEADINGS.length)],
                r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), r.nextBoolean() ? NOTE_HEADINGS[r.nextInt(NOTE_HEADINGS.length)] : null,
                r.nextBoolean(), r.nextBoolean() ? Numbered.values()[r.nextInt(Numbered.values().length)] : null);
    }

    boolean any() {
        return masthead || leaderContents || affiliation || references || labelsAtEnd || englishWithoutHeading || notesHeading != null
                || bracketedEnglishLabels || numbered != null;
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
