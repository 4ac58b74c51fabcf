package org.qikan.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one issue folder: {@code issue.yaml}, its articles ({@code *.md}) and its pages ({@code pages/*.md}). */
final class IssueLoader {
    static final String FILE = "issue.yaml";
    static final String PAGES = "pages";
    private static final Set<String> KEYS = Set.of("year", "number", "volume", "cumulative", "published", "sections");
    private static final Set<String> SECTION_KEYS = Set.of("id", "title");
    private static final Set<String> PAGE_KEYS = Set.of("title", "order", "slug");

    private final SourceReader sources;
    private final YamlFileReader files;
    private final FieldReader fields;
    private final ArticleLoader articles;

    IssueLoader(SourceReader sources, YamlFileReader files, FieldReader fields) {
        this.sources = sources;
        this.files = files;
        this.fields = fields;
        this.articles = new ArticleLoader(fields);
    }

    Optional<Issue> load(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        Optional<YamlNode> yaml = files.readMap(file, "issue.yaml");
        if (yaml.isEmpty()) {
            loadArticles(dir, null);
            loadPages(dir.resolve(PAGES));
            return Optional.empty();
        }
        YamlNode root = yaml.get();
        fields.onlyKeys(root, KEYS);
        Integer year = fields.requiredInteger(root, "year", "add year: 2024");
        Integer number = fields.requiredInteger(root, "number", "add number: 4 (the issue number within the year)");
        String folder = dir.getFileName().toString();
        if (number != null && (number < 1 || number > 99)) {
            fields.problems().error(file, root.get("number").line(), "issue number " + number + " is out of range",
                    "give the issue's number within the year, from 1 to 99");
            number = null;
        }
        if (year != null && (year < 1000 || year > 9999)) {
            fields.problems().error(file, root.get("year").line(), "year " + year + " is out of range",
                    "give the year of publication with four digits, such as year: 2024");
            year = null;
        }
        if (year != null && number != null && !folder.equals(Slugs.issueFolder(year, number))) {
            fields.problems().error(file, root.get("number").line(), "issue " + year + " no. " + number
                    + " is in folder '" + folder + "'", "name the folder " + Slugs.issueFolder(year, number));
        }
        List<Section> sections = sections(root);
        Set<String> sectionIds = new LinkedHashSet<>();
        sections.forEach(s -> sectionIds.add(s.id()));
        List<Article> loaded = loadArticles(dir, sectionIds);
        List<IssuePage> pages = loadPages(dir.resolve(PAGES));
        checkUniqueSlugs(dir, loaded, pages);
        loaded.sort(tocOrder(sections));
        return Optional.of(new Issue(folder, year == null ? 0 : year, number == null ? 0 : number,
                fields.integer(root, "volume"), fields.integer(root, "cumulative"), fields.date(root, "published"),
                sections, loaded, pages));
    }

    private List<Section> sections(YamlNode root) {
        List<Section> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (root.get("sections").isAbsent()) {
            fields.problems().error(root.file(), root.line(), root.column(), "missing required field 'sections'",
                    "list the issue's sections in printed order: sections: [{id: research, title: {zh: 研究论文, en: Research Articles}}]");
        }
        for (YamlNode node : fields.list(root, "sections")) {
            if (!fields.isMap(node, "'" + node.path() + "'")) {
                continue;
            }
            fields.onlyKeys(node, SECTION_KEYS);
            String id = fields.requiredText(node, "id", "give the section an id, such as id: research");
            if (id != null && !seen.add(id)) {
                fields.problems().error(node.file(), node.get("id").line(), "duplicate section id '" + id + "'",
                        "give each section its own id");
            }
            out.add(new Section(id, fields.requiredBilingual(node, "title", "section title")));
        }
        return out;
    }

    /** @param sectionIds the issue's sections, or {@code null} when issue.yaml could not be read (sections are not checked) */
    private List<Article> loadArticles(Path dir, Set<String> sectionIds) throws IOException {
        List<Article> out = new ArrayList<>();
        for (Path file : ContentFolders.markdownFiles(dir)) {
            sources.read(file)
                    .flatMap(source -> articles.load(source, ContentFolders.baseName(file), sectionIds))
                    .ifPresent(out::add);
        }
        return out;
    }

    private List<IssuePage> loadPages(Path dir) throws IOException {
        List<IssuePage> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        for (Path file : ContentFolders.markdownFiles(dir)) {
            sources.read(file).flatMap(source -> page(source, ContentFolders.baseName(file))).ifPresent(out::add);
        }
        out.sort(Comparator.comparing((IssuePage p) -> p.order() == null ? Integer.MAX_VALUE : p.order())
                .thenComparing(IssuePage::slug));
        return out;
    }

    private Optional<IssuePage> page(SourceFile source, String defaultSlug) {
        return FrontMatter.split(source, fields.problems()).flatMap(fm ->
                YamlDocument.parse(source.path(), fm.yaml(), fm.yamlFirstLine(), fields.problems())
                        .map(YamlDocument::root)
                        .filter(root -> fields.isMap(root, "the front matter"))
                        .map(root -> {
                            fields.onlyKeys(root, PAGE_KEYS);
                            String slug = Optional.ofNullable(fields.text(root, "slug")).orElse(defaultSlug);
                            if (!Slugs.isValid(slug)) {
                                fields.problems().error(source.path(), root.get("slug").line(), "invalid slug '" + slug + "'", Slugs.ruleFor(slug));
                                slug = Slugs.fallback(slug);
                            } else if (Slugs.RESERVED_PAGES.contains(slug)) {
                                fields.problems().error(source.path(), root.get("slug").line(), "the slug '" + slug
                                        + "' is reserved: the page would replace the issue's table of contents", "rename the file or give it another slug:");
                                slug = slug + "-reserved";
                            }
                            return new IssuePage(slug, fields.requiredBilingual(root, "title", "page title"),
                                    fields.integer(root, "order"), fm.body());
                        }));
    }

    private record SlugOwner(String slug, Path file) {
    }

    private void checkUniqueSlugs(Path dir, List<Article> loaded, List<IssuePage> pages) {
        List<SlugOwner> owners = new ArrayList<>();
        loaded.forEach(a -> owners.add(new SlugOwner(a.slug(), a.body().file())));
        pages.forEach(p -> owners.add(new SlugOwner(p.slug(), p.body().file())));
        owners.sort(Comparator.comparing(o -> o.file().toString()));
        Map<String, Path> firstOwner = new HashMap<>();
        for (SlugOwner owner : owners) {
            Path first = firstOwner.putIfAbsent(owner.slug(), owner.file());
            if (first != null) {
                fields.problems().error(owner.file(), 0, "two pages of this issue have the slug '" + owner.slug()
                        + "' (the other is " + dir.relativize(first) + ")",
                        "give one of them another file name or slug: field");
            }
        }
    }

    static Comparator<Article> tocOrder(List<Section> sections) {
        List<String> ids = sections.stream().map(Section::id).toList();
        return Comparator.comparingInt((Article a) -> ids.indexOf(a.sectionId()) < 0 ? Integer.MAX_VALUE : ids.indexOf(a.sectionId()))
                .thenComparing(a -> a.order() == null ? Integer.MAX_VALUE : a.order())
                .thenComparing(a -> a.firstPage() == null ? Integer.MAX_VALUE : a.firstPage())
                .thenComparing(Article::slug);
    }
}
