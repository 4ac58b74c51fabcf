package org.qikan.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one article file: front matter into an {@link Article}, the body kept as Markdown. */
final class ArticleLoader {
    private static final Set<String> KEYS = Set.of("slug", "title", "subtitle", "section", "authors", "abstract",
            "keywords", "first_page", "last_page", "doi", "clc", "document_code", "article_number", "funding",
            "editor", "pieces", "order", "received");
    private static final java.util.regex.Pattern PIECE_ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Set<String> PIECE_KEYS = Set.of("id", "title", "authors", "funding");

    private final FieldReader fields;
    private final PersonReader people;

    ArticleLoader(FieldReader fields) {
        this.fields = fields;
        this.people = new PersonReader(fields);
    }

    /** The article, or empty when its front matter cannot be read at all; problems go to the build's list. */
    Optional<Article> load(SourceFile source, String defaultSlug, Set<String> sectionIds) {
        Optional<FrontMatter> split = FrontMatter.split(source, fields.problems());
        if (split.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = split.get();
        Optional<YamlDocument> yaml = YamlDocument.parse(source.path(), fm.yaml(), fm.yamlFirstLine(), fields.problems());
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        YamlNode root = yaml.get().root();
        if (!fields.isMap(root, "the front matter")) {
            return Optional.empty();
        }
        fields.onlyKeys(root, KEYS);
        String slug = slug(root, defaultSlug);
        String section = section(root, sectionIds);
        List<Piece> pieces = pieces(root);
        List<Person> authors = people.authors(root);
        if (authors.isEmpty() && pieces.isEmpty()) {
            fields.problems().error(source.path(), root.get("authors").line(), "missing required field 'authors'",
                    "list the authors as authors: [{name: {zh: 姓名, en: Name}}]");
        }
        checkPieceMarkers(fm.body(), pieces, root);
        Integer firstPage = fields.integer(root, "first_page");
        Integer lastPage = fields.integer(root, "last_page");
        if (firstPage != null && lastPage != null && lastPage < firstPage) {
            YamlNode at = root.get("last_page");
            fields.problems().error(at.file(), at.line(), at.column(), "last_page " + lastPage + " comes before first_page " + firstPage,
                    "check the printed page range");
        }
        return Optional.of(new Article(slug,
                fields.requiredBilingual(root, "title", "title"),
                fields.bilingual(root, "subtitle"),
                section,
                authors,
                fields.bilingual(root, "abstract"),
                fields.bilingualList(root, "keywords"),
                firstPage, lastPage,
                fields.text(root, "doi"),
                fields.text(root, "clc"),
                fields.text(root, "document_code"),
                fields.text(root, "article_number"),
                fields.bilingual(root, "funding"),
                fields.bilingual(root, "editor"),
                pieces,
                fields.integer(root, "order"),
                fm.body()));
    }

    private String slug(YamlNode root, String defaultSlug) {
        String given = fields.text(root, "slug");
        String slug = given == null ? defaultSlug : given;
        if (!Slugs.isValid(slug)) {
            YamlNode at = root.get("slug");
            fields.problems().error(at.file(), given == null ? 0 : at.line(),
                    "invalid slug '" + slug + "'" + (given == null ? " (from the file name)" : ""),
                    (given == null ? "rename the file: " : "") + Slugs.ruleFor(slug));
            return Slugs.fallback(slug);
        } else if (Slugs.RESERVED_PAGES.contains(slug)) {
            YamlNode at = root.get("slug");
            fields.problems().error(at.file(), given == null ? 0 : at.line(), "the slug '" + slug
                    + "' is reserved: the article would replace the issue's table of contents", "rename the file or give it another slug:");
            return slug + "-reserved";
        }
        return slug;
    }

    private String section(YamlNode root, Set<String> sectionIds) {
        if (sectionIds == null) {
            return fields.requiredText(root, "section", "add section: <id> with one of the section ids of issue.yaml");
        }
        String section = fields.requiredText(root, "section", "add section: <id> with one of the section ids of issue.yaml: "
                + String.join(", ", sectionIds));
        if (section != null && !sectionIds.contains(section)) {
            YamlNode at = root.get("section");
            fields.problems().error(at.file(), at.line(), at.column(), "unknown section '" + section + "'",
                    Suggestions.didYouMean(section, sectionIds).map(s -> "did you mean '" + s + "'? ").orElse("")
                            + "use a section id from issue.yaml (" + String.join(", ", sectionIds)
                            + ") or add the section there");
        }
        return section;
    }

    private List<Piece> pieces(YamlNode root) {
        List<Piece> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode node : fields.list(root, "pieces")) {
            if (!fields.isMap(node, "'" + node.path() + "'")) {
                continue;
            }
            fields.onlyKeys(node, PIECE_KEYS);
            String id = fields.requiredText(node, "id", "give each piece an id, such as id: p1");
            if (id != null && !PIECE_ID.matcher(id).matches()) {
                fields.problems().error(node.file(), node.get("id").line(), "invalid piece id '" + id + "'",
                        "use ASCII letters, digits, '-' and '_' only, such as id: p1");
            } else if (id != null && !seen.add(id)) {
                fields.problems().error(node.file(), node.get("id").line(), "duplicate piece id '" + id + "'",
                        "give each piece of the symposium its own id");
            }
            List<Person> authors = people.authors(node);
            if (authors.isEmpty()) {
                fields.problems().error(node.file(), node.line(), node.column(), "piece '" + id + "' has no authors",
                        "add authors: [{name: {zh: 姓名, en: Name}}] to the piece");
            }
            out.add(new Piece(id, fields.requiredBilingual(node, "title", "piece title"), authors,
                    fields.bilingual(node, "funding")));
        }
        return out;
    }

    private void checkPieceMarkers(MarkdownSource body, List<Piece> pieces, YamlNode root) {
        Set<String> declared = new HashSet<>();
        pieces.forEach(p -> declared.add(p.id()));
        Set<String> marked = new HashSet<>();
        String[] lines = body.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Optional<String> id = PieceMarker.idOf(lines[i]);
            if (id.isEmpty()) {
                continue;
            }
            if (!declared.contains(id.get())) {
                fields.problems().error(body.file(), body.fileLine(i), "marker for unknown piece '" + id.get() + "'",
                        "declare the piece under pieces: in the front matter, or fix the id");
            } else if (!marked.add(id.get())) {
                fields.problems().error(body.file(), body.fileLine(i), "second marker for piece '" + id.get() + "'",
                        "each piece starts once; remove one of the markers");
            }
        }
        for (Piece piece : pieces) {
            if (piece.id() != null && !marked.contains(piece.id())) {
                fields.problems().error(root.file(), root.get("pieces").line(), "piece '" + piece.id() + "' has no text",
                        "start its text in the body with a line '" + PieceMarker.lineFor(piece.id()) + "'");
            }
        }
    }
}
