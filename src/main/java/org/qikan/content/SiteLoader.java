package org.qikan.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** Reads {@code content/site.yaml}. */
final class SiteLoader {
    static final String FILE = "site.yaml";
    private static final Set<String> KEYS = Set.of("title", "description", "default_view", "base_url", "license", "contact_email", "oai_gateway", "raw_html");
    private static final Set<String> VIEWS = Set.of("zh", "en", "bilingual");

    private final YamlFileReader files;
    private final FieldReader fields;

    SiteLoader(YamlFileReader files, FieldReader fields) {
        this.files = files;
        this.fields = fields;
    }

    Optional<Site> load(Path contentDir) {
        Path file = contentDir.resolve(FILE);
        if (!Files.exists(file)) {
            fields.problems().error(file, 0, "no site.yaml in the content folder",
                    "create it with at least title: {zh: …, en: …}; see docs/content-format.md");
            return Optional.empty();
        }
        return files.readMap(file, "site.yaml").map(this::site);
    }

    private Site site(YamlNode root) {
        fields.onlyKeys(root, KEYS);
        String view = fields.text(root, "default_view");
        if (view != null && !VIEWS.contains(view)) {
            YamlNode at = root.get("default_view");
            fields.problems().error(at.file(), at.line(), at.column(), "default_view must be zh, en or bilingual, not '" + view + "'",
                    "choose the view of tables of contents that readers see first");
        }
        String baseUrl = fields.text(root, "base_url");
        if (baseUrl != null && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        return new Site(fields.requiredBilingual(root, "title", "site title"), fields.bilingual(root, "description"),
                view == null ? "bilingual" : view, baseUrl,
                new LicenseReader(fields).read(root), fields.text(root, "contact_email"), oaiGateway(root), rawHtml(root));
    }

    /** {@code oai_gateway}: an absolute http(s) address, kept with a closing {@code /}. */
    private String oaiGateway(YamlNode root) {
        String gateway = fields.text(root, "oai_gateway");
        if (gateway == null) {
            return null;
        }
        if (!gateway.matches("(?i)https?://[^/\\s]+(/\\S*)?")) {
            YamlNode at = root.get("oai_gateway");
            fields.problems().error(at.file(), at.line(), at.column(), "oai_gateway must be an http:// or https:// address, not '" + gateway + "'",
                    "give the address of the OAI-PMH static repository gateway that serves oai.xml, such as https://gateway.example.org/oai/, or leave it out");
            return null;
        }
        return gateway.endsWith("/") ? gateway : gateway + "/";
    }

    private boolean rawHtml(YamlNode root) {
        YamlNode node = root.get("raw_html");
        if (node.isAbsent()) {
            return false;
        }
        if (!node.isScalar() || !("true".equals(node.scalarText()) || "false".equals(node.scalarText()))) {
            fields.problems().error(node.file(), node.line(), node.column(), "raw_html must be true or false",
                    "leave it out (raw HTML is sanitized) or write raw_html: true to pass raw HTML through unchanged");
            return false;
        }
        return "true".equals(node.scalarText());
    }
}
