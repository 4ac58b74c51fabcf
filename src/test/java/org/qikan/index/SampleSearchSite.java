package org.qikan.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.qikan.site.BuildOptions;
import org.qikan.site.BuildResult;
import org.qikan.site.SiteBuild;
import org.qikan.content.ContentLoader;
import org.qikan.content.Edition;
import org.qikan.diag.Diagnostics;
import org.qikan.render.Labels;
import org.qikan.render.MarkdownRenderer;
import org.qikan.render.SiteRenderer;
import org.qikan.render.TemplateEngine;
import org.qikan.render.Theme;

/**
 * An edition built with search by {@link SiteBuild} (the sample edition in {@code content/} by
 * default), and the search documents of its rendered articles for tests that need them.
 */
final class SampleSearchSite {
    static final Path CONTENT = Path.of("content");

    private SampleSearchSite() {
    }

    static Path build(Path out) throws IOException {
        return build(CONTENT, out);
    }

    static Path build(Path content, Path out) throws IOException {
        BuildOptions options = BuildOptions.of(content, out)
                .withTemplates(Path.of("templates")).withAssets(Path.of("assets"));
        BuildResult result = new SiteBuild(options).run();
        assertThat(result.succeeded()).as("edition builds: %s", result.diagnostics().sorted()).isTrue();
        assertThat(out.resolve("search.html")).exists();
        return out;
    }

    static List<SearchDocument> documents(BuildOptions options) throws IOException {
        options = options.withTemplates(Path.of("templates")).withAssets(Path.of("assets"));
        Diagnostics problems = new Diagnostics();
        Edition edition = new ContentLoader(problems).load(options.contentDir()).orElseThrow();
        Theme theme = new Theme(options.templatesDir(), options.assetsDir());
        SiteRenderer renderer = new SiteRenderer(new TemplateEngine(theme), new MarkdownRenderer(), Labels.load(theme));
        return SearchDocuments.from(renderer.render(edition, (path, html) -> { }, problems).published());
    }
}
