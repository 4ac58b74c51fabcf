package org.qikan.serve;

import org.qikan.catalog.Catalog;
import org.qikan.content.Article;
import org.qikan.content.ArticleReread;
import org.qikan.content.ContentLoader;
import org.qikan.content.Edition;
import org.qikan.content.Issue;
import org.qikan.content.Journal;
import org.qikan.diag.Diagnostics;
import org.qikan.published.SitePaths;
import org.qikan.refs.ArchiveReferences;
import org.qikan.refs.ArticleReferences;
import org.qikan.refs.NoteDecorator;
import org.qikan.refs.References;
import org.qikan.render.Labels;
import org.qikan.render.LocalFiles;
import org.qikan.render.MarkdownRenderer;
import org.qikan.render.RenderedArticle;
import org.qikan.render.RenderedBody;
import org.qikan.render.TemplateEngine;
import org.qikan.render.Theme;
import org.qikan.render.page.ArchiveWeb;
import org.qikan.render.page.PageModel;
import org.qikan.render.page.PageModels;
import org.qikan.site.BuildOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The preview's first answer to one saved article: that article's two pages (Chinese and English) rendered
 * alone, from the sources as they are now, through the same loader, Markdown renderer, references reader,
 * page models and templates as a build, so they can be shown (and open pages reloaded) before the full
 * rebuild that follows is done. What the pages show from other articles' notes (where they cite this one)
 * is left out here; the full rebuild, which alone writes the output folder, puts it back a moment later.
 * Gives nothing where the save is not one article's, or the sources have any error: the full rebuild
 * then reports it as always.
 *
 * <p>The templates and labels are read once and kept while only content changes ({@link #themeChanged}).
 */
final class ArticlePreview {
    private final BuildOptions options;
    private TemplateEngine templates;
    private Map<String, Object> labels;
    /** The sources as the last preview read them, while nothing but the article previewed changed since. */
    private Edition kept;
    /** The catalog (people, keywords, sections) of {@link #kept}: the same while only bodies change. */
    private Catalog keptCatalog;

    ArticlePreview(BuildOptions options) {
        this.options = options;
    }

    /** A template, an asset or the labels changed: read them again before the next preview. */
    void themeChanged() {
        templates = null;
    }

    /** Sources changed otherwise than by one article saved: the next preview reads the whole content folder. */
    void sourcesChanged() {
        kept = null;
    }

    /**
     * The pages of the article whose source is {@code file}, by output path, if the sources load without
     * error and {@code file} is an article's.
     */
    Optional<Map<String, byte[]>> pages(Path file) {
        Path source = file.toAbsolutePath().normalize();
        Path content = options.contentDir().toAbsolutePath().normalize();
        if (!source.startsWith(content) || !source.getFileName().toString().endsWith(".md")) {
            kept = null;
            return Optional.empty();
        }
        try {
            Optional<Map<String, byte[]>> pages = render(source);
            if (pages.isEmpty()) {
                kept = null;
            }
            return pages;
        } catch (IOException | RuntimeException e) {
            kept = null;
            // the full rebuild that follows reports whatever went wrong here
            return Optional.empty();
        }
    }

    private Optional<Map<String, byte[]>> render(Path source) throws IOException {
        Diagnostics problems = new Diagnostics();
        // only this file changed since the sources were read (else the kept edition was let go): read it alone
        Optional<ArticleReread.Result> reread = kept == null ? Optional.empty() : ArticleReread.of(kept, source, new Diagnostics());
        Optional<Edition> loaded = reread.map(ArticleReread.Result::edition);
        if (loaded.isEmpty()) {
            loaded = new ContentLoader(problems).load(options.contentDir());
        }
        if (reread.isEmpty() || !reread.get().bodyOnly()) {
            keptCatalog = null;
        }
        if (loaded.isEmpty() || problems.hasErrors()) {
            return Optional.empty();
        }
        Edition edition = loaded.get();
        kept = edition;
        for (Journal journal : edition.journals()) {
            for (Issue issue : journal.issues()) {
                for (Article article : issue.articles()) {
                    if (article.body().file().toAbsolutePath().normalize().equals(source)) {
                        return render(edition, journal, issue, article, problems);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Map<String, byte[]>> render(Edition edition, Journal journal, Issue issue, Article article,
                                                 Diagnostics problems) throws IOException {
        readTheme(problems);
        RenderedBody body = new MarkdownRenderer(edition.site().rawHtml(), labels)
                .render(article.body(), new LocalFiles(edition.contentDir()), problems);
        ArticleReferences own = References.reader(edition).read(new RenderedArticle(journal, issue, article, body), problems);
        ArchiveReferences references = References.of(List.of(own));
        String path = SitePaths.article(journal, issue, article);
        RenderedBody decorated = NoteDecorator.decorate(body, own,
                cited -> SitePaths.rootFrom(path) + SitePaths.article(cited.journal(), cited.issue(), cited.article()));
        if (keptCatalog == null) {
            keptCatalog = Catalog.of(edition, problems);
        }
        Catalog catalog = keptCatalog;
        PageModels models = new PageModels(edition, labels, catalog, new ArchiveWeb(references));
        Map<String, byte[]> pages = new LinkedHashMap<>();
        try {
            for (PageModel page : List.of(models.article(journal, issue, article, decorated),
                    models.articleEnglish(journal, issue, article, decorated))) {
                pages.put(page.path(), templates.render(page.template(), page.variables()).getBytes(StandardCharsets.UTF_8));
            }
        } catch (TemplateEngine.TemplateError e) {
            return Optional.empty();
        }
        return problems.hasErrors() ? Optional.empty() : Optional.of(pages);
    }

    private void readTheme(Diagnostics problems) throws IOException {
        if (templates == null) {
            Theme theme = new Theme(options.templatesDir(), options.assetsDir());
            labels = Labels.load(theme, problems);
            templates = new TemplateEngine(theme);
        }
    }
}
