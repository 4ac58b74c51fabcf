package org.qikan.importer.output;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.Layout;
import org.qikan.importer.layout.NoteLabels;
import org.qikan.importer.layout.PageJoiner;
import org.qikan.importer.layout.Texts;
import org.qikan.importer.structure.ImportedArticle;
import org.qikan.importer.structure.IssueInfo;
import org.qikan.importer.structure.IssuePageText;
import org.qikan.importer.structure.PrintedIssue;
import org.qikan.importer.structure.Toc;
import org.qikan.importer.ImportOptions;
import org.qikan.importer.WrittenSources;
import org.qikan.importer.ImportResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the imported issue into the content folder: {@code <journal>/journal.yaml} when the journal
 * has none, {@code <journal>/<year>-<number>/issue.yaml}, one Markdown file per article,
 * {@code pages/} for non-article matter, and {@code _import-report.md} (skipped by the loader).
 */
public final class IssueWriter {
    public static final String REPORT = "_import-report.md";

    private final ImportOptions options;
    private final PrintedIssue issue;
    private final Map<Path, String> written = new LinkedHashMap<>();
    private final List<ImportResult.ArticleFigures> figures = new ArrayList<>();
    private final List<Block> unpairedNotes = new ArrayList<>();
    private final List<String> frontNotes = new ArrayList<>();
    /** Notes written into the sources (cited by a body, the front matter or a page). */
    private final List<Block> notesWritten = new ArrayList<>();
    private final ChinesePunctuation punctuation = new ChinesePunctuation();
    private final TablesAndFiguresFound tablesAndFigures = new TablesAndFiguresFound();
    /** Notes paired with a marker of an article they are not printed in (the nearest note of a label, across an article's end). */
    private final List<ReviewChecks.Finding> notesFromElsewhere = new ArrayList<>();

    public IssueWriter(ImportOptions options, PrintedIssue issue) {
        this.options = options;
        this.issue = issue;
    }

    public ImportResult write() throws IOException {
        Path journalDir = options.outDir().resolve(options.journal());
        Path issueDir = journalDir.resolve(org.qikan.content.Slugs.issueFolder(issue.info().year(), issue.info().number()));
        Files.createDirectories(issueDir);
        Path journalFile = journalDir.resolve("journal.yaml");
        // An existing journal.yaml is only added to (JournalYamlFill keeps every line as written), so it is written
        // apart from the issue's sources, whose edits the record of written sources protects.
        String journalFill = null;
        if (!Files.exists(journalFile)) {
            put(journalFile, journalYaml());
        } else {
            journalFill = JournalYamlFill.fill(Files.readString(journalFile, StandardCharsets.UTF_8), issue.info());
        }
        Path siteFile = options.outDir().resolve("site.yaml");
        // A site.yaml an import wrote for other journals is renamed for all of them (SiteYaml); one the publisher edited is kept.
        String siteText = SiteYaml.toWrite(options.outDir(), journalName(journalFile));
        if (!Files.exists(siteFile) && siteText != null) {
            put(siteFile, siteText);
            siteText = null;
        }
        put(issueDir.resolve("issue.yaml"), issueYaml());
        for (ImportedArticle a : issue.articles()) {
            put(issueDir.resolve(a.slug() + ".md"), article(a));
        }
        for (IssuePageText page : issue.pages()) {
            put(issueDir.resolve("pages").resolve(page.slug() + ".md"), page(page));
        }
        List<String> sources = new ArrayList<>(written.values());
        if (!written.containsKey(journalFile)) {
            sources.add(journalFill != null ? journalFill : Files.readString(journalFile, StandardCharsets.UTF_8));
        }
        Coverage coverage = Coverage.measure(issue, sources, notesWritten);
        Map<String, String> articleFiles = new LinkedHashMap<>();
        issue.articles().forEach(a -> articleFiles.put(a.slug() + ".md", written.get(issueDir.resolve(a.slug() + ".md"))));
        List<ReviewChecks.Finding> findings = new ArrayList<>(new ReviewChecks(issue).run(articleFiles, unpairedNotes, coverage.unplaced()));
        findings.addAll(notesFromElsewhere);
        findings.addAll(tablesAndFigures.findings());
        findings.addAll(FieldLanguages.check(issue, articleFiles));
        if (issue.info().journalZh() == null && written.containsKey(journalFile)) {
            findings.add(new ReviewChecks.Finding(0, "journal.yaml", "the journal's name is printed nowhere in the text, so journal.yaml names it after its folder ("
                    + options.journal() + "): write the journal's Chinese and English names there"));
        }
        ImportReport report = new ImportReport(issue, figures, unpairedNotes, frontNotes, coverage, findings, punctuation.count(), tablesAndFigures);
        String text = report.markdown(options);
        WrittenSources.in(issueDir).write(written, options.force());
        if (journalFill != null) {
            Files.writeString(journalFile, journalFill, StandardCharsets.UTF_8);
        }
        if (siteText != null) {
            Files.writeString(siteFile, siteText, StandardCharsets.UTF_8);
        }
        Files.writeString(issueDir.resolve(REPORT), text, StandardCharsets.UTF_8);
        return new ImportResult(issueDir, text, figures, issue.toc().zh().size(), issue.tocWithoutArticle(),
                issue.english().size() + issue.ownEnglish().size(),
                (int) issue.english().stream().filter(e -> e.article() >= 0).count() + issue.ownEnglish().size(),
                issue.pairer().unpairedMarkers().size(), unpairedNotes.size(), coverage.share(), coverage.unplaced(),
                findings.stream().map(ReviewChecks.Finding::format).toList());
    }

    private void put(Path file, String text) {
        written.put(file, text);
    }

    /**
     * This journal's names for the site's title: its journal.yaml's where there is one, else what the issue prints (an
     * English name only where the issue prints it; the folder name only where it prints no name at all).
     */
    private SiteYaml.JournalName journalName(Path journalFile) {
        if (Files.isRegularFile(journalFile)) {
            return SiteYaml.read(options.journal(), journalFile);
        }
        IssueInfo info = issue.info();
        return SiteYaml.current(options.journal(), info.journalZh(), info.journalEn());
    }

    private String journalYaml() {
        IssueInfo info = issue.info();
        Yaml y = new Yaml();
        y.bilingual("name", info.journalZh() == null ? options.journal() : info.journalZh(), info.journalEn());
        y.scalar("name_alternate", info.journalZhPrinted());
        y.scalar("issn", info.issn());
        y.bilingual("frequency", info.frequencyZh(), englishFrequency(info.frequencyZh()));
        return y.toString();
    }

    private static String englishFrequency(String zh) {
        if (zh == null) {
            return null;
        }
        return switch (zh) {
            case "双月刊" -> "Bimonthly";
            case "月刊" -> "Monthly";
            case "季刊" -> "Quarterly";
            case "半月刊" -> "Semimonthly";
            case "半年刊" -> "Semiannual";
            default -> null;
        };
    }

    private String issueYaml() {
        IssueInfo info = issue.info();
        Yaml y = new Yaml();
        y.number("year", info.year());
        y.number("number", info.number());
        y.number("volume", info.volume());
        y.number("cumulative", info.cumulative());
        for (int i = 0; i < issue.sections().size(); i++) {
            Toc.Section s = issue.sections().get(i);
            y.addTo("sections").scalar("id", issue.sectionIds().get(i)).bilingual("title", s.zh(), s.en());
        }
        return y.toString();
    }

    private String article(ImportedArticle a) {
        List<Integer> tokensInFront = new ArrayList<>();
        String front = FrontMatterWriter.write(a, issue.sectionIds().get(Math.min(a.section(), issue.sectionIds().size() - 1)), tokensInFront, punctuation);
        MarkdownBody body = new MarkdownBody(issue.pairer().notes(), issue.layout() == Layout.WRAPPED, punctuation);
        StringBuilder text = new StringBuilder(front).append('\n').append(body.write(a));
        notesWritten.addAll(body.citedNotes());
        int end = nextArticleLine(a);
        for (Block note : body.citedNotes()) {
            if (note.line() < a.line() || note.line() >= end) {
                notesFromElsewhere.add(new ReviewChecks.Finding(note.line(), a.slug() + ".md", "note " + NoteLabels.printed(note.noteLabel())
                        + " is printed outside this article but was paired with its marker (the nearest note of its label); check the reference"));
            }
        }
        for (Integer id : tokensInFront.stream().distinct().toList()) {
            Block note = issue.pairer().notes().get(id - 1);
            if (body.citedNotes().contains(note)) {
                continue; // cited again in the text (a reference list's entry): a footnote there
            }
            notesWritten.add(note);
            text.append("\n> ").append(punctuation.apply(PageJoiner.withoutMarks(note.text()).replace("\n", " "))).append('\n');
            frontNotes.add(a.slug() + ": note " + NoteLabels.printed(note.noteLabel()) + " (line " + note.line()
                    + ") is cited from the title, abstract or author notes; kept as a quoted paragraph at the end");
        }
        tablesAndFigures.add(a.slug() + ".md", text.toString(), body.captioned.items);
        unpairedNotes.addAll(body.unpairedNotes);
        figures.add(new ImportResult.ArticleFigures(a.slug(), a.titleZh(), body.cited().size(), body.unpairedNotes.size(),
                a.englishMatched() || a.abstractEn() != null));
        return text.toString();
    }

    /** The input line of the next article's title, or past the end for the last article. */
    private int nextArticleLine(ImportedArticle a) {
        int next = Integer.MAX_VALUE;
        for (ImportedArticle other : issue.articles()) {
            if (other.line() > a.line()) {
                next = Math.min(next, other.line());
            }
        }
        return next;
    }

    private String page(IssuePageText page) {
        Yaml y = new Yaml();
        y.bilingual("title", page.titleZh(), page.titleEn());
        StringBuilder out = new StringBuilder(y.asFrontMatter()).append('\n');
        for (Block b : page.blocks()) {
            List<Integer> cited = new ArrayList<>();
            String text = MarkdownBody.stripTokens(b.text(), cited);
            for (Integer id : cited) {
                Block note = issue.pairer().notes().get(id - 1);
                notesWritten.add(note);
                text = text + "\n" + NoteLabels.printed(note.noteLabel()) + " " + PageJoiner.withoutMarks(note.text());
            }
            if (text.isEmpty()) {
                continue;
            }
            if (b.is(Block.Kind.HEADING)) {
                out.append("## ").append(Texts.cleanTitle(text)).append("\n\n");
                continue;
            }
            String md = text.replace("\t", "　").replace("\n", "  \n");
            if (issue.layout() == Layout.WRAPPED || b.is(Block.Kind.NOTE)) {
                md = md.replace("*", "\\*").replace("_", "\\_");
            }
            out.append(b.is(Block.Kind.NOTE) ? "> " : "").append(md).append("\n\n");
        }
        return out.toString().strip() + "\n";
    }
}
