package org.qikan.serve;

import org.qikan.catalog.Catalog;
import org.qikan.catalog.Listing;
import org.qikan.content.Article;
import org.qikan.content.ArticleReread;
import org.qikan.content.ContentLoader;
import org.qikan.content.Edition;
import org.qikan.content.Issue;
import org.qikan.content.Journal;
import org.qikan.content.Site;
import org.qikan.export.ScholarlyPages;
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
import org.qikan.render.page.CatalogPages;
import org.qikan.render.page.PageModel;
import org.qikan.render.page.PageModels;
import org.qikan.site.BuildOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The preview's first answer to one saved article: the pages the save touches, rendered alone from the
 * sources as they are now, through the same loader, Markdown renderer, references reader, catalog, page
 * models and templates as a build, so they can be shown (and open pages reloaded) before the full rebuild
 * that follows is done. Those pages are the article's two (Chinese and English), its issue's table of
 * contents in both views and, unless only the article's body changed, the catalog pages that list it (its
 * authors', keywords' and section's, before and after the save) with the author and keyword indexes. What
 * the article's page shows from other articles' notes (where they cite it) is left out here; the full
 * rebuild, which alone writes the output folder, puts it back a moment later. Gives nothing where the save
 * is not one article's, or the sources have any error: the full rebuild then reports it as always.
 *
 * <p>The templates and labels are read once and kept while only content changes ({@link #themeChanged}), the
 * citation processors while the site's settings stay the same; the catalog is made anew for every preview,
 * from the sources as they are.
 */
final class ArticlePreview {
    private final BuildOptions options;
    private TemplateEngine templates;
    private Map<String, Object> labels;
    /** The sources as the last preview read them, while nothing but the article previewed changed since. */
    private Edition kept;
    /** The citation processors and record maker, kept while the site's settings stay the same. */
    private ScholarlyPages scholarly;
    private Site scholarlySite;

    /**
     * The pages of one save, by output path, in the order they were rendered.
     *
     * @param source   the saved article's file
     * @param bodyOnly whether nothing but its Markdown body changed since the previous preview (no catalog page then)
     * @param millis   how long the preview took, from reading the file to the last page rendered
     */
    record Pages(Path source, Map<String, byte[]> pages, boolean bodyOnly, double millis) {
        Pages {
            pages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pages));
        }

        /** For {@code serve --verbose}: {@code preview of …/first.md 12 ms, 4 pages: tj/2024-04/first.html, …}. */
        String line(Path base) {
            Path shown = source.startsWith(base) ? base.relativize(source) : source;
            return String.format(java.util.Locale.ROOT, "preview of %s %.0f ms, %d pages%s: %s", shown, millis, pages.size(),
                    bodyOnly ? " (body only)" : "", String.join(", ", pages.keySet()));
        }
    }

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
     * The pages a save of {@code file} touches, if the sources load without error and {@code file} is an
     * article's.
     */
    Optional<Pages> pages(Path file) {
        long start = System.nanoTime();
        Path source = file.toAbsolutePath().normalize();
        Path content = options.contentDir().toAbsolutePath().normalize();
        if (!source.startsWith(content) || !source.getFileName().toString().endsWith(".md")) {
            kept = null;
            return Optional.empty();
        }
        try {
            Optional<Pages> pages = render(source, start);
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

    /** An article where it is published. */
    private record Placed(Journal journal, Issue issue, Article article) {
    }

    /**
     * What a save changed.
     *
     * @param bodyOnly nothing but the article's Markdown body (no catalog page then)
     * @param former   the article as the previous preview read it, or null where it read the whole folder
     */
    private record Change(boolean bodyOnly, Article former) {
    }

    private Optional<Pages> render(Path source, long start) throws IOException {
        Diagnostics problems = new Diagnostics();
        Edition before = kept;
        // only this file changed since the sources were read (else the kept edition was let go): read it alone
        Optional<ArticleReread.Result> reread = before == null ? Optional.empty() : ArticleReread.of(before, source, new Diagnostics());
        Optional<Edition> loaded = reread.map(ArticleReread.Result::edition);
        if (loaded.isEmpty()) {
            loaded = new ContentLoader(problems).load(options.contentDir());
        }
        if (loaded.isEmpty() || problems.hasErrors()) {
            return Optional.empty();
        }
        Edition edition = loaded.get();
        kept = edition;
        Change change = reread.isEmpty() ? new Change(false, null)
                : new Change(reread.get().bodyOnly(), find(before, source).map(Placed::article).orElse(null));
        Optional<Placed> placed = find(edition, source);
        if (placed.isEmpty()) {
            return Optional.empty();
        }
        return render(edition, placed.get(), change, problems)
                .map(pages -> new Pages(source, pages, change.bodyOnly(), (System.nanoTime() - start) / 1e6));
    }

    private static Optional<Placed> find(Edition edition, Path source) {
        for (Journal journal : edition.journals()) {
            for (Issue issue : journal.issues()) {
                for (Article article : issue.articles()) {
                    if (article.body().file().toAbsolutePath().normalize().equals(source)) {
                        return Optional.of(new Placed(journal, issue, article));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Map<String, byte[]>> render(Edition edition, Placed at, Change change, Diagnostics problems) throws IOException {
        readTheme(problems);
        Journal journal = at.journal();
        Issue issue = at.issue();
        Article article = at.article();
        RenderedBody body = new MarkdownRenderer(edition.site().rawHtml(), labels)
                .render(article.body(), new LocalFiles(edition.contentDir()), problems);
        ArticleReferences own = References.reader(edition).read(new RenderedArticle(journal, issue, article, body), problems);
        ArchiveReferences references = References.of(List.of(own));
        String path = SitePaths.article(journal, issue, article);
        RenderedBody decorated = NoteDecorator.decorate(body, own,
                cited -> SitePaths.rootFrom(path) + SitePaths.article(cited.journal(), cited.issue(), cited.article()));
        Catalog catalog = Catalog.of(edition, new Diagnostics());
        PageModels models = new PageModels(edition, labels, catalog, new ArchiveWeb(references), scholarly(edition.site()));
        List<PageModel> pages = new ArrayList<>(List.of(models.article(journal, issue, article, decorated),
                models.articleEnglish(journal, issue, article, decorated),
                models.toc(journal, issue, false), models.toc(journal, issue, true)));
        if (!change.bodyOnly()) {
            Listing listing = catalog.listing(journal, article);
            if (change.former() != null) {
                listing = listing.and(catalog.formerListing(journal, change.former()));
            }
            pages.addAll(new CatalogPages(models, catalog).listing(listing));
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        try {
            for (PageModel page : pages) {
                out.put(page.path(), templates.render(page.template(), page.variables()).getBytes(StandardCharsets.UTF_8));
            }
        } catch (TemplateEngine.TemplateError e) {
            return Optional.empty();
        }
        return problems.hasErrors() ? Optional.empty() : Optional.of(out);
    }

    private ScholarlyPages scholarly(Site site) {
        if (scholarly == null || !site.equals(scholarlySite)) {
            scholarly = new ScholarlyPages(site);
            scholarlySite = site;
        }
        return scholarly;
    }

    private void readTheme(Diagnostics problems) throws IOException {
        if (templates == null) {
            Theme theme = new Theme(options.templatesDir(), options.assetsDir());
            labels = Labels.load(theme, problems);
            templates = new TemplateEngine(theme);
        }
    }
}
