package org.qikan.scaffold;

import org.qikan.content.Slugs;
import org.qikan.diag.Diagnostic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the sources of a new journal, issue or article into a content folder: valid, commented, with
 * placeholder text in both languages, so that the site builds at once and the publisher replaces the
 * placeholders. Never overwrites a file.
 */
public final class Scaffold {
    private static final Pattern YEAR_NUMBER = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private final Path contentDir;

    public Scaffold(Path contentDir) {
        this.contentDir = contentDir;
    }

    /** {@code <content>/<slug>/journal.yaml}, and {@code site.yaml} if the content folder has none. */
    public List<Path> journal(String slug) throws ScaffoldException {
        requireSlug(slug, contentDir.resolve(String.valueOf(slug)));
        Path journalDir = contentDir.resolve(slug);
        Path journalYaml = journalDir.resolve("journal.yaml");
        refuseExisting(journalYaml);
        List<Path> written = new ArrayList<>();
        Path siteYaml = contentDir.resolve("site.yaml");
        if (!Files.exists(siteYaml)) {
            written.add(write(siteYaml, SourceTexts.site()));
        }
        written.add(write(journalYaml, SourceTexts.journal(englishName(slug))));
        return written;
    }

    /** {@code <content>/<journal>/<year>-<number>/issue.yaml}, with the sections of the journal's latest issue. */
    public List<Path> issue(String journal, String yearNumber) throws ScaffoldException {
        Path journalDir = existingJournal(journal);
        Matcher m = YEAR_NUMBER.matcher(yearNumber);
        if (!m.matches() || Integer.parseInt(m.group(2)) == 0) {
            throw problem(journalDir, "'" + yearNumber + "' is not YEAR-NUMBER", "write the issue as year and number, such as 2025-03");
        }
        int year = Integer.parseInt(m.group(1));
        int number = Integer.parseInt(m.group(2));
        Path issueYaml = journalDir.resolve(Slugs.issueFolder(year, number)).resolve("issue.yaml");
        refuseExisting(issueYaml);
        SectionList sections;
        try {
            sections = SectionList.latestIssue(journalDir).map(dir -> SectionList.of(dir.resolve("issue.yaml"))).orElse(SectionList.DEFAULT);
        } catch (IOException e) {
            throw problem(journalDir, "cannot list the journal folder: " + e.getMessage(), "check its permissions");
        }
        return List.of(write(issueYaml, SourceTexts.issue(year, number, sections)));
    }

    /** {@code <content>/<journal>/<year>-<number>/<slug>.md}, in the issue's first section. */
    public List<Path> article(String issuePath, String slug) throws ScaffoldException {
        int slash = issuePath.indexOf('/');
        if (slash < 0) {
            throw problem(contentDir, "'" + issuePath + "' is not JOURNAL/YEAR-NUMBER", "name the issue as journal and issue folder, such as guanlan-review/2025-03");
        }
        Path journalDir = existingJournal(issuePath.substring(0, slash));
        String folder = issuePath.substring(slash + 1);
        Path issueYaml = journalDir.resolve(folder).resolve("issue.yaml");
        if (!Slugs.isIssueFolder(folder) || !Files.isRegularFile(issueYaml)) {
            throw problem(journalDir.resolve(folder), "no issue " + issuePath,
                    "create it first with 'qikan new issue " + issuePath.substring(0, slash) + " YEAR-NUMBER', or check the name (such as 2025-03)");
        }
        Path article = issueYaml.resolveSibling(slug + ".md");
        requireSlug(slug, article);
        refuseExisting(article);
        return List.of(write(article, SourceTexts.article(SectionList.of(issueYaml))));
    }

    private Path existingJournal(String journal) throws ScaffoldException {
        Path journalDir = contentDir.resolve(String.valueOf(journal));
        requireSlug(journal, journalDir);
        if (!Files.isRegularFile(journalDir.resolve("journal.yaml"))) {
            throw problem(journalDir, "no journal '" + journal + "' in " + contentDir,
                    "create it first with 'qikan new journal " + journal + "', or check the name");
        }
        return journalDir;
    }

    private static void requireSlug(String slug, Path where) throws ScaffoldException {
        if (!Slugs.isValid(slug)) {
            throw problem(where, "invalid name '" + slug + "'", Slugs.RULE);
        }
    }

    private static void refuseExisting(Path file) throws ScaffoldException {
        if (Files.exists(file)) {
            throw problem(file, "already exists", "qikan new never overwrites a file: choose another name, or edit this one");
        }
    }

    private static Path write(Path file, String text) throws ScaffoldException {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
            return file;
        } catch (IOException e) {
            throw problem(file, "cannot write: " + e.getMessage(), "check the permissions of " + file.getParent());
        }
    }

    private static ScaffoldException problem(Path file, String message, String hint) {
        return new ScaffoldException(Diagnostic.error(file, 0, message, hint));
    }

    /** {@code guanlan-review} → {@code Guanlan Review}. */
    static String englishName(String slug) {
        StringBuilder name = new StringBuilder();
        for (String word : slug.split("-")) {
            if (!word.isEmpty()) {
                name.append(name.length() == 0 ? "" : " ").append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return name.toString();
    }
}
