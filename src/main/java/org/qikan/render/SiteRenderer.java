package org.qikan.render;

import org.qikan.content.Article;
import org.qikan.content.Edition;
import org.qikan.content.Issue;
import org.qikan.content.IssuePage;
import org.qikan.content.Journal;
import org.qikan.diag.Diagnostics;
import org.qikan.render.page.PageModel;
import org.qikan.render.page.ArchivePages;
import org.qikan.render.page.PageModels;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The render stage: renders every article and issue page body from Markdown, then every page of the
 * site through its template, and hands each page to a {@link PageSink}. Problems go to the build's
 * {@link Diagnostics}; a page that cannot be rendered is skipped, so the build can report them all.
 */
public final class SiteRenderer {
    private final TemplateEngine templates;
    private final MarkdownRenderer markdown;
    private final java.util.Map<String, Object> labels;

    public SiteRenderer(TemplateEngine templates, MarkdownRenderer markdown, java.util.Map<String, Object> labels) {
        this.templates = templates;
        this.markdown = markdown;
        this.labels = labels;
    }

    public RenderResult render(Edition edition, PageSink sink, Diagnostics problems) throws IOException {
        LocalFiles files = new LocalFiles(edition.contentDir());
        PageModels models = new PageModels(edition, labels);
        Counter pages = new Counter(templates, sink, problems);
        List<RenderedArticle> rendered = new ArrayList<>();
        int notes = 0;
        pages.write(models.home(false));
        pages.write(models.home(true));
        pages.write(models.search(false));
        pages.write(models.search(true));
        for (Journal journal : edition.journals()) {
            pages.write(models.archive(journal, false));
            pages.write(models.archive(journal, true));
            for (Issue issue : journal.issues()) {
                pages.write(models.toc(journal, issue, false));
                pages.write(models.toc(journal, issue, true));
                for (Article article : issue.articles()) {
                    RenderedBody body = markdown.render(article.body(), files, problems);
                    notes += body.notes().size();
                    rendered.add(new RenderedArticle(journal, issue, article, body));
                    pages.write(models.article(journal, issue, article, body));
                    pages.write(models.articleEnglish(journal, issue, article, body));
                }
                for (IssuePage page : issue.pages()) {
                    RenderedBody body = markdown.render(page.body(), files, problems);
                    notes += body.notes().size();
                    pages.write(models.issuePage(journal, issue, page, body));
                }
            }
        }
        pages.write(models.lockssPermission());
        for (Journal journal : edition.journals()) {
            for (int year : ArchivePages.years(journal)) {
                pages.write(models.lockssManifest(journal, year));
            }
        }
        pages.write(models.notFound());
        return new RenderResult(rendered, pages.count, notes);
    }

    /** Renders page models into the sink and counts them; a template error is reported once per template. */
    private static final class Counter {
        private final TemplateEngine templates;
        private final PageSink sink;
        private final Diagnostics problems;
        private final java.util.Set<String> failedTemplates = new java.util.HashSet<>();
        private int count;

        Counter(TemplateEngine templates, PageSink sink, Diagnostics problems) {
            this.templates = templates;
            this.sink = sink;
            this.problems = problems;
        }

        void write(PageModel page) throws IOException {
            try {
                sink.write(page.path(), templates.render(page.template(), page.variables()));
                count++;
            } catch (TemplateEngine.TemplateError e) {
                if (failedTemplates.add(e.diagnostic().toString())) {
                    problems.add(e.diagnostic());
                }
            }
        }
    }
}
