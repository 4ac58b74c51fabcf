package org.qikan.content;

import org.qikan.diag.Diagnostics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one journal folder: {@code journal.yaml} and every issue folder in it. */
final class JournalLoader {
    static final String FILE = "journal.yaml";
    private static final Set<String> KEYS = Set.of("name", "issn", "cn", "frequency", "publisher", "description",
            "masthead", "color", "logo", "license", "name_alternate");
    private static final Set<String> ROLE_KEYS = Set.of("role", "people");

    private static final java.util.regex.Pattern CSS_COLOR = java.util.regex.Pattern.compile(
            "#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,30}|(rgb|hsl)a?\\([0-9.,%\\s/]+\\)");

    private final YamlFileReader files;
    private final FieldReader fields;
    private final SourceReader sources;
    private final LoadThreads threads;

    JournalLoader(SourceReader sources, YamlFileReader files, FieldReader fields, LoadThreads threads) {
        this.sources = sources;
        this.files = files;
        this.fields = fields;
        this.threads = threads;
    }

    Optional<Journal> load(Path dir) throws IOException {
        String slug = dir.getFileName().toString();
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            fields.problems().error(file, 0, "journal folder '" + slug + "' has no journal.yaml",
                    "create it with name: {zh: …, en: …}, or rename the folder to start with '_' if it is not a journal");
            return Optional.empty();
        }
        if (!Slugs.isValid(slug)) {
            fields.problems().error(dir, 0, "invalid journal folder name '" + slug + "'", Slugs.ruleFor(slug));
        } else if (Slugs.RESERVED_JOURNALS.contains(slug)) {
            fields.problems().error(dir, 0, "the journal folder name '" + slug + "' is reserved: the site's own '" + slug
                    + "' folder has that name", "rename the journal folder; reserved names are " + String.join(", ", new java.util.TreeSet<>(Slugs.RESERVED_JOURNALS)));
            loadIssues(dir);
            return Optional.empty();
        }
        Optional<YamlNode> yaml = files.readMap(file, "journal.yaml");
        if (yaml.isEmpty()) {
            loadIssues(dir);
            return Optional.empty();
        }
        YamlNode root = yaml.get();
        fields.onlyKeys(root, KEYS);
        String color = fields.text(root, "color");
        if (color != null && !CSS_COLOR.matcher(color).matches()) {
            YamlNode at = root.get("color");
            fields.problems().error(at.file(), at.line(), at.column(), "color '" + color + "' is not a CSS colour",
                    "write it as a hex colour in quotes, such as color: \"#7a1f2b\", or a colour name such as teal");
            color = null;
        }
        String logo = fields.text(root, "logo");
        if (logo != null) {
            checkLogo(dir, root.get("logo"), logo);
        }
        return Optional.of(new Journal(slug,
                fields.requiredBilingual(root, "name", "journal name"),
                fields.text(root, "issn"),
                fields.text(root, "cn"),
                fields.bilingual(root, "frequency"),
                fields.bilingual(root, "publisher"),
                fields.bilingual(root, "description"),
                masthead(root),
                color,
                logo,
                loadIssues(dir),
                new LicenseReader(fields).read(root),
                fields.text(root, "name_alternate")));
    }

    private void checkLogo(Path dir, YamlNode at, String logo) {
        Path target = dir.resolve(logo).normalize();
        if (Path.of(logo).isAbsolute() || !target.startsWith(dir.normalize())) {
            fields.problems().error(at.file(), at.line(), at.column(), "logo '" + logo + "' is outside the journal folder",
                    "put the logo file in the journal folder and give its name, such as logo: logo.svg");
        } else if (!Files.isRegularFile(target)) {
            fields.problems().error(at.file(), at.line(), at.column(), "logo file '" + logo + "' does not exist",
                    "put the file in " + dir + " or correct the name");
        } else {
            sources.isInside(target);
        }
    }

    private List<MastheadRole> masthead(YamlNode root) {
        List<MastheadRole> out = new ArrayList<>();
        for (YamlNode node : fields.list(root, "masthead")) {
            if (!fields.isMap(node, "'" + node.path() + "'")) {
                continue;
            }
            fields.onlyKeys(node, ROLE_KEYS);
            List<Bilingual> people = new ArrayList<>();
            for (YamlNode person : fields.list(node, "people")) {
                if (person.isMap()) {
                    fields.onlyKeys(person, Set.of("zh", "en"));
                    people.add(new Bilingual(fields.text(person, "zh"), fields.text(person, "en")));
                } else if (person.isScalar()) {
                    people.add(new Bilingual(person.scalarText(), null));
                }
            }
            out.add(new MastheadRole(fields.requiredBilingual(node, "role", "role"), people));
        }
        return out;
    }

    /** The journal's issues, read on the load threads; their problems are added in folder order, as one thread would. */
    private List<Issue> loadIssues(Path dir) throws IOException {
        List<Issue> out = new ArrayList<>();
        for (LoadThreads.Loaded loaded : threads.readEach(ContentFolders.subfolders(dir), this::loadIssue)) {
            fields.problems().addAll(loaded.problems());
            loaded.issue().ifPresent(out::add);
        }
        return out;
    }

    /** One folder of the journal, read with a list of problems of its own (on any thread). */
    private LoadThreads.Loaded loadIssue(Path issueDir) {
        Diagnostics problems = new Diagnostics();
        String name = issueDir.getFileName().toString();
        if (!Slugs.isIssueFolder(name)) {
            problems.error(issueDir, 0, "folder '" + name + "' is not an issue folder",
                    "name issue folders <year>-<number>, such as 2024-04; start other folders' names with '_'");
            return LoadThreads.Loaded.failed(problems);
        }
        if (!Files.exists(issueDir.resolve(IssueLoader.FILE))) {
            problems.error(issueDir.resolve(IssueLoader.FILE), 0, "issue folder '" + name + "' has no issue.yaml",
                    "create it with year, number and sections; see docs/content-format.md");
            return LoadThreads.Loaded.failed(problems);
        }
        SourceReader issueSources = sources.reportingTo(problems);
        FieldReader issueFields = new FieldReader(problems);
        try {
            return new LoadThreads.Loaded(new IssueLoader(issueSources, new YamlFileReader(issueSources, issueFields), issueFields)
                    .load(issueDir), problems);
        } catch (IOException e) {
            problems.error(issueDir, 0, "cannot read folder: " + SourceReader.describe(e),
                    "check that you may read the folder (permissions), or rename it to start with '_' to leave it out");
            return LoadThreads.Loaded.failed(problems);
        }
    }
}
