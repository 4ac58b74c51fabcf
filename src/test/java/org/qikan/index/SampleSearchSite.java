package org.qikan.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qikan.build.BuildOptions;
import org.qikan.build.BuildResult;
import org.qikan.build.SiteBuild;
import org.qikan.content.ContentLoader;
import org.qikan.content.Edition;
import org.qikan.diag.Diagnostics;
import org.qikan.render.Labels;
import org.qikan.render.MarkdownRenderer;
import org.qikan.render.SiteRenderer;
import org.qikan.render.TemplateEngine;
import org.qikan.render.Theme;

/**
 * The sample edition ({@code content/}) built with search, as the build will make it once the index
 * stage is wired in: the site from {@link SiteBuild}, then the search documents of its rendered
 * articles written by {@link SearchIndexWriter}, and {@code search.html} from {@code templates/search.peb}.
 */
final class SampleSearchSite {
    static final Path CONTENT = Path.of("content");

    private SampleSearchSite() {
    }

    static Path build(Path out) throws IOException {
        return build(CONTENT, out);
    }

    static Path build(Path content, Path out) throws IOException {
        BuildOptions options = BuildOptions.of(content, out).withLinkCheck(false)
                .withTemplates(Path.of("templates")).withAssets(Path.of("assets"));
        BuildResult result = new SiteBuild(options).run();
        assertThat(result.succeeded()).as("sample edition builds: %s", result.diagnostics().sorted()).isTrue();
        writeSearch(options, out);
        return out;
    }

    static List<SearchDocument> documents(BuildOptions options) throws IOException {
        options = options.withTemplates(Path.of("templates")).withAssets(Path.of("assets"));
        Diagnostics problems = new Diagnostics();
        Edition edition = new ContentLoader(problems).load(options.contentDir()).orElseThrow();
        Theme theme = new Theme(options.templatesDir(), options.assetsDir());
        SiteRenderer renderer = new SiteRenderer(new TemplateEngine(theme), new MarkdownRenderer(), Labels.load(theme));
        return SearchDocuments.from(renderer.render(edition, (path, html) -> { }, problems).articles());
    }

    private static void writeSearch(BuildOptions options, Path out) throws IOException {
        new SearchIndexWriter().write(documents(options), out);
        Diagnostics problems = new Diagnostics();
        Edition edition = new ContentLoader(problems).load(options.contentDir()).orElseThrow();
        Theme theme = new Theme(options.templatesDir(), options.assetsDir());
        Map<String, Object> labels = Labels.load(theme);
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("lang", "zh");
        vars.put("english", false);
        vars.put("root", "");
        vars.put("path", "search.html");
        vars.put("site", edition.site());
        vars.put("labels", labels);
        vars.put("ui", labels.get("zh"));
        vars.put("defaultView", edition.site().defaultView());
        vars.put("searchPath", "search.html");
        vars.put("homePath", "index.html");
        vars.put("alternate", null);
        vars.put("alternateLang", "en");
        vars.put("canonical", null);
        vars.put("journal", null);
        vars.put("issue", null);
        try {
            Files.writeString(out.resolve("search.html"), new TemplateEngine(theme).render("search", vars));
        } catch (TemplateEngine.TemplateError e) {
            throw new AssertionError(e.diagnostic().toString(), e);
        }
    }
}
