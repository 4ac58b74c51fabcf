package org.qikan.importer.output;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.NoteLabels;
import org.qikan.importer.layout.PageJoiner;
import org.qikan.importer.layout.WrappedLayout;
import org.qikan.importer.structure.EnglishAbstracts;
import org.qikan.importer.structure.ImportedArticle;
import org.qikan.importer.structure.IssueInfo;
import org.qikan.importer.structure.NotePairer;
import org.qikan.importer.structure.PrintedIssue;
import org.qikan.importer.ImportOptions;
import org.qikan.importer.ImportResult;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The import report an editor reviews: articles found against the table of contents, notes paired
 * and unpaired per article with their lines, English abstracts matched, page furniture removed,
 * every span placed nowhere, and the share of the input's Han characters present in the sources.
 */
public final class ImportReport {
    private final PrintedIssue issue;
    private final List<ImportResult.ArticleFigures> figures;
    private final List<Block> unpairedNotes;
    private final List<String> frontNotes;
    private final Coverage coverage;

    private final List<ReviewChecks.Finding> findings;
    private final int punctuationMadeFull;
    private final TablesAndFiguresFound tablesAndFigures;

    public ImportReport(PrintedIssue issue, List<ImportResult.ArticleFigures> figures, List<Block> unpairedNotes, List<String> frontNotes,
                 Coverage coverage, List<ReviewChecks.Finding> findings, int punctuationMadeFull) {
        this(issue, figures, unpairedNotes, frontNotes, coverage, findings, punctuationMadeFull, new TablesAndFiguresFound());
    }

    ImportReport(PrintedIssue issue, List<ImportResult.ArticleFigures> figures, List<Block> unpairedNotes, List<String> frontNotes,
                 Coverage coverage, List<ReviewChecks.Finding> findings, int punctuationMadeFull, TablesAndFiguresFound tablesAndFigures) {
        this.tablesAndFigures = tablesAndFigures;
        this.findings = findings;
        this.punctuationMadeFull = punctuationMadeFull;
        this.issue = issue;
        this.figures = figures;
        this.unpairedNotes = unpairedNotes;
        this.frontNotes = frontNotes;
        this.coverage = coverage;
    }

    public String markdown(ImportOptions options) {
        StringBuilder out = new StringBuilder();
        IssueInfo info = issue.info();
        out.append("# Import report: ").append(options.journal()).append(' ')
                .append(org.qikan.content.Slugs.issueFolder(info.year(), info.number())).append("\n\n");
        out.append("**Verdict: ").append(findings.isEmpty() ? "ready to build" : findings.size() + (findings.size() == 1 ? " thing" : " things") + " to check")
                .append("**\n\n");
        out.append("- Input: `").append(options.input().getFileName()).append("` (").append(issue.source().size())
                .append(" lines, layout ").append(issue.layout().name().toLowerCase(Locale.ROOT)).append(")\n");
        out.append("- Journal: ").append(info.journalZh() == null ? "(name not printed; edit journal.yaml)" : info.journalZh())
                .append(info.journalEn() == null ? "" : " / " + info.journalEn()).append('\n');
        out.append("- Articles found: ").append(issue.articles().size()).append("; table of contents entries: ")
                .append(issue.toc().isEmpty() ? "none printed" : String.valueOf(issue.toc().zh().size())).append('\n');
        long matched = issue.english().stream().filter(e -> e.article() >= 0).count() + issue.ownEnglish().size();
        out.append("- English abstracts matched: ").append(matched).append(" of ").append(issue.english().size() + issue.ownEnglish().size())
                .append(" entries; articles with an English abstract: ")
                .append(issue.articles().stream().filter(a -> a.englishMatched() || a.abstractEn() != null).count()).append(" of ").append(issue.articles().size()).append('\n');
        int paired = figures.stream().mapToInt(ImportResult.ArticleFigures::notesPaired).sum();
        out.append("- Notes paired: ").append(paired).append("; markers without a note: ").append(issue.pairer().unpairedMarkers().size())
                .append("; notes without a marker: ").append(unpairedNotes.size()).append('\n');
        long front = issue.articles().stream().mapToLong(a -> a.frontNotes().size()).sum();
        if (front > 0) {
            out.append("- Notes marked on a title or an author's name, read into the front matter: ").append(front).append('\n');
        }
        out.append(String.format(Locale.ROOT, "- Han characters in the sources: %.2f%% (%d of %d; %d missing)%n",
                coverage.share() * 100, coverage.inputHan() - coverage.missing(), coverage.inputHan(), coverage.missing()));
        out.append("- ").append(punctuationMadeFull).append(" half-width punctuation marks in Chinese text made full width\n");
        if (!tablesAndFigures.all().isEmpty()) {
            out.append("- ").append(tablesAndFigures.summary()).append('\n');
        }
        List<PageSeams.Seam> seams = PageSeams.of(issue.articles(), figures.stream().map(f -> f.slug() + ".md").toList());
        if (!seams.isEmpty()) {
            out.append("- Paragraphs joined at page ends the converter left no mark of: ").append(seams.size()).append(" (listed below)\n");
        }
        List<HeadingSeams.Seam> headingSeams = HeadingSeams.of(issue.articles(), figures.stream().map(f -> f.slug() + ".md").toList(), issue.source());
        if (!headingSeams.isEmpty()) {
            out.append("- Headings joined from lines the print broke them over: ").append(headingSeams.size()).append(" (listed below)\n");
        }
        out.append("- Spans placed nowhere: ").append(coverage.unplaced().size()).append("\n\n");
        toCheck(out);
        articles(out);
        seams(out, seams);
        headingSeams(out, headingSeams);
        toc(out);
        notes(out);
        english(out);
        tablesAndFigures.section(out);
        furniture(out);
        unplaced(out);
        missing(out);
        return out.toString();
    }

    private void toCheck(StringBuilder out) {
        if (findings.isEmpty()) {
            return;
        }
        out.append("## Things to check\n\n");
        findings.forEach(f -> out.append("- ").append(f.format()).append('\n'));
        out.append('\n');
    }

    private void articles(StringBuilder out) {
        out.append("## Articles\n\n| file | title | pages | notes paired | notes unpaired | English abstract |\n|---|---|---|---|---|---|\n");
        for (int i = 0; i < figures.size(); i++) {
            ImportResult.ArticleFigures f = figures.get(i);
            ImportedArticle a = issue.articles().get(i);
            out.append("| ").append(f.slug()).append(".md | ").append(cell(f.titleZh()))
                    .append(a.isSymposium() ? " (symposium, " + a.pieces().size() + " pieces)" : "")
                    .append(" | ").append(a.firstPage() == null ? "" : a.firstPage() + (a.lastPage() == null ? "" : "–" + a.lastPage()))
                    .append(" | ").append(f.notesPaired()).append(" | ").append(f.notesUnpaired())
                    .append(" | ").append(f.englishMatched() ? "matched" : "none").append(" |\n");
        }
        if (!issue.pages().isEmpty()) {
            out.append("\nNon-article matter kept as issue pages:\n\n");
            issue.pages().forEach(p -> out.append("- `pages/").append(p.slug()).append(".md`: ").append(p.titleZh())
                    .append(" (from line ").append(p.line()).append(")\n"));
        }
        out.append('\n');
    }

    private static void seams(StringBuilder out, List<PageSeams.Seam> seams) {
        if (seams.isEmpty()) {
            return;
        }
        out.append("## Page ends with no mark\n\n");
        out.append("Each of these paragraphs stopped mid-sentence where a page ended and the converter left no notes, page number,"
                + " running head or rule; the next paragraph goes on with it, so the two were joined (｜ marks the seam):\n\n");
        seams.forEach(s -> out.append("- ").append(s.format()).append('\n'));
        out.append('\n');
    }

    private static void headingSeams(StringBuilder out, List<HeadingSeams.Seam> seams) {
        if (seams.isEmpty()) {
            return;
        }
        out.append("## Headings over two lines\n\n");
        out.append("Each of these numbered headings was printed, or converted, over two lines or more; the lines after the first"
                + " could only be its own (short, no stop, no number, label or caption), so they were joined (｜ marks where the"
                + " first line ended):\n\n");
        seams.forEach(s -> out.append("- ").append(s.format()).append('\n'));
        out.append('\n');
    }

    private void toc(StringBuilder out) {
        if (issue.tocWithoutArticle().isEmpty() && issue.articlesWithoutToc().isEmpty()) {
            return;
        }
        out.append("## Table of contents against articles\n\n");
        issue.tocWithoutArticle().forEach(t -> out.append("- TOC entry with no article: ").append(t).append('\n'));
        issue.articlesWithoutToc().forEach(t -> out.append("- article not in the TOC: ").append(t).append('\n'));
        out.append('\n');
    }

    private void notes(StringBuilder out) {
        out.append("## Notes\n\n");
        out.append("Markers restart on every printed page; each was paired with the note of its label at the bottom of its page.");
        if (issue.pairer().pairedAcrossPages() > 0) {
            out.append(' ').append(issue.pairer().pairedAcrossPages()).append(" markers were paired with the nearest note of their"
                    + " label where the text shows no page limit between them (out-of-order two-column fragments).");
        }
        if (issue.pairer().referenceCitations() > 0) {
            out.append(' ').append(issue.pairer().referenceCitations()).append(" markers cite an entry of the reference list"
                    + " (参考文献) at their article's end: each entry is one note, linked from every marker that cites it.");
        }
        out.append("\n\n");
        for (int k = 0; k < issue.articles().size(); k++) {
            ImportedArticle a = issue.articles().get(k);
            for (ImportedArticle.FrontNote f : a.frontNotes()) {
                out.append("- line ").append(f.line()).append(": note ").append(f.label().isEmpty() ? "(no label)" : NoteLabels.printed(f.label()))
                        .append(' ').append(f.became()).append(" (`").append(figures.get(k).slug()).append(".md`)\n");
            }
        }
        if (issue.articles().stream().anyMatch(a -> !a.frontNotes().isEmpty())) {
            out.append('\n');
        }
        for (NotePairer.ByPosition p : issue.pairer().pairedByPosition()) {
            out.append("- line ").append(p.line()).append(": paired by its place in its page's order: marker ")
                    .append(NoteLabels.printed(p.markerLabel())).append(" (after “").append(cell(p.text())).append("”) with note ")
                    .append(NoteLabels.printed(p.noteLabel())).append(" (line ").append(p.noteLine())
                    .append("): the page's markers and notes are as many, their labels disagree\n");
        }
        for (Block n : issue.pairer().labelsInferred()) {
            out.append("- line ").append(n.line()).append(": label inferred: note printed with no label (“").append(cell(excerpt(n.text())))
                    .append("”) read as ").append(NoteLabels.printed(n.noteLabel())).append(", the label the notes beside it on its page leave\n");
        }
        if (!issue.pairer().pairedByPosition().isEmpty() || !issue.pairer().labelsInferred().isEmpty()) {
            out.append('\n');
        }
        if (issue.pairer().unpairedMarkers().isEmpty() && unpairedNotes.isEmpty() && frontNotes.isEmpty()) {
            out.append("All notes paired.\n\n");
            return;
        }
        for (NotePairer.Unpaired u : issue.pairer().unpairedMarkers()) {
            out.append("- line ").append(u.line()).append(": marker ").append(NoteLabels.printed(u.label()))
                    .append(" has no note on its page (after “").append(cell(u.text())).append("”); kept in the text as printed\n");
        }
        for (Block n : unpairedNotes) {
            String label = n.noteLabel() == null || n.noteLabel().isEmpty() ? "unlabelled note" : "note " + NoteLabels.printed(n.noteLabel());
            out.append("- line ").append(n.line()).append(": ").append(label).append(" has no marker on its page (“")
                    .append(cell(excerpt(n.text()))).append("”); kept as a quoted paragraph\n");
        }
        frontNotes.forEach(f -> out.append("- ").append(f).append('\n'));
        out.append('\n');
    }

    private void english(StringBuilder out) {
        if (issue.english().isEmpty() && issue.ownEnglish().isEmpty()) {
            out.append("## English abstracts\n\nNo English abstracts found.\n\n");
            return;
        }
        out.append("## English abstracts\n\n");
        for (EnglishAbstracts.Entry e : issue.ownEnglish()) {
            out.append("- line ").append(e.line()).append(": ").append(e.title() == null ? "(no title printed)" : cell(e.title()))
                    .append(" → ").append(issue.articles().get(e.article()).slug()).append(".md (printed after the article)\n");
        }
        for (EnglishAbstracts.Entry e : issue.english()) {
            out.append("- line ").append(e.line()).append(": ").append(e.title() == null ? "(no title printed)" : cell(e.title()))
                    .append(" → ").append(e.article() >= 0 ? issue.articles().get(e.article()).slug() + ".md" : "not matched")
                    .append(e.text() == null ? " (no abstract text printed)" : "").append('\n');
        }
        for (EnglishAbstracts.Fragment f : issue.englishFragments()) {
            out.append("- line ").append(f.line()).append(": “").append(cell(f.text())).append("” after ")
                    .append(f.after() >= 0 ? issue.articles().get(f.after()).slug() + ".md" : "no entry").append(": not placed, ")
                    .append(f.why()).append('\n');
        }
        out.append('\n');
    }

    private void furniture(StringBuilder out) {
        if (issue.furniture().isEmpty()) {
            return;
        }
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Integer> heads = new TreeMap<>();
        for (WrappedLayout.Furniture f : issue.furniture()) {
            kinds.merge(f.kind(), 1, Integer::sum);
            if (f.kind().equals("running head")) {
                heads.merge(f.text(), 1, Integer::sum);
            }
        }
        out.append("## Page furniture removed\n\n");
        kinds.forEach((k, n) -> out.append("- ").append(n).append(' ').append(k).append("s\n"));
        heads.forEach((h, n) -> out.append("  - “").append(cell(h)).append("” ×").append(n).append('\n'));
        out.append("\nTheir ").append(coverage.furnitureHan()).append(" Han characters repeat titles printed elsewhere and are left out of the coverage count.\n\n");
    }

    private void unplaced(StringBuilder out) {
        out.append("## Spans placed nowhere\n\n");
        if (coverage.unplaced().isEmpty()) {
            out.append("None: every paragraph, heading and note of the input is in the sources.\n\n");
            return;
        }
        coverage.unplaced().forEach(u -> out.append("- ").append(cell(u)).append('\n'));
        out.append('\n');
    }

    private void missing(StringBuilder out) {
        out.append("## Han characters missing from the sources\n\n");
        if (coverage.missingChars().isEmpty()) {
            out.append("None.\n");
            return;
        }
        StringBuilder chars = new StringBuilder();
        coverage.missingChars().forEach((c, n) -> chars.append(c).append(n > 1 ? "×" + n : "").append(' '));
        out.append(chars.toString().strip()).append('\n');
    }

    private static String excerpt(String text) {
        String t = PageJoiner.withoutMarks(text).replace("\n", " ").strip();
        return t.length() > 60 ? t.substring(0, org.qikan.importer.layout.Texts.safeIndex(t, 60)) + "…" : t;
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
