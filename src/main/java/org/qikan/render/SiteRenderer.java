package org.qikan.render;

import org.qikan.content.Article;
import org.qikan.content.Edition;
import org.qikan.content.Issue;
import org.qikan.content.IssuePage;
import org.qikan.content.Journal;
import org.qikan.diag.Diagnostics;
import org.qikan.catalog.Catalog;
import org.qikan.refs.ArchiveReferences;
import org.qikan.refs.CslJson;
import org.qikan.refs.NoteDecorator;
import org.qikan.refs.References;
import org.qikan.render.page.ArchiveWeb;
import org.qikan.render.page.CatalogPages;
import org.qikan.render.page.PageModel;
import org.qikan.render.page.ArchivePages;
import org.qikan.render.page.PageModels;
import org.qikan.render.page.EnglishContent;
import org.qikan.published.Anchors;
import org.qikan.published.PublishedArticle;
import org.qikan.published.SitePaths;

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
    private final BodyRenderer markdown;
    private final java.util.Map<String, Object> labels;

    public SiteRenderer(TemplateEngine templates, BodyRenderer markdown, java.util.Map<String, Object> labels) {
        this.templates = templates;
        this.markdown = markdown.withLabels(labels);
        this.labels = labels;
    }

    /** Renders the whole site; the result lists the articles as published, for the index stage of tools and tests. */
    public RenderResult render(Edition edition, PageSink sink, Diagnostics problems) throws IOException {
        List<PublishedArticle> published = new ArrayList<>();
        RenderResult result = render(edition, sink, problems, IssueGate.RENDER_ALL, published::add);
        return result.withPublished(published);
    }

    public RenderResult render(Edition edition, PageSink sink, Diagnostics problems, IssueGate gate) throws IOException {
        return render(edition, sink, problems, gate, article -> { });
    }

    /** Where each article goes as it is published (the index stage), so that the index need not wait for a list of all. */
    @FunctionalInterface
    public interface ArticleSink {
        void accept(PublishedArticle article) throws IOException;
    }

    /**
     * Renders the site, asking {@code gate} before each issue's pages (table of contents, articles,
     * their references, issue pages) whether they are to be written or were taken from a previous
     * build. The gate is told, with the issue, everything from outside the issue's own sources that
     * its pages show ({@link #crossIssueFacts}). Every article, of a reused issue too, is handed to
     * {@code articles} as published.
     */
    public RenderResult render(Edition edition, PageSink sink, Diagnostics problems, IssueGate gate, ArticleSink articles)
            throws IOException {
        LocalFiles files = new LocalFiles(edition.contentDir());
        Catalog catalog = Catalog.of(edition, problems);
        List<RenderedArticle> rendered = renderArticles(edition, files, problems);
        ArchiveReferences references = References.of(edition, rendered, problems);
        PageModels models = new PageModels(edition, labels, catalog, new ArchiveWeb(references));
        Counter pages = new Counter(templates, sink, problems);
        int notes = rendered.stream().mapToInt(r -> r.body().notes().size()).sum();
        pages.write(models.home(false));
        pages.write(models.home(true));
        pages.write(models.search(false));
        pages.write(models.search(true));
        java.util.Iterator<RenderedArticle> next = rendered.iterator();
        for (Journal journal : edition.journals()) {
            pages.write(models.archive(journal, false));
            pages.write(models.archive(journal, true));
            for (Issue issue : journal.issues()) {
                if (gate.reuse(journal, issue, crossIssueFacts(journal, issue, catalog, references))) {
                    for (Article article : issue.articles()) {
                        articles.accept(published(journal, issue, article, next.next().body()));
                    }
                    for (IssuePage page : issue.pages()) {
                        notes += markdown.render(page.body(), files, problems).notes().size();
                    }
                    continue;
                }
                pages.write(models.toc(journal, issue, false));
                pages.write(models.toc(journal, issue, true));
                for (Article article : issue.articles()) {
                    RenderedArticle r = next.next();
                    articles.accept(published(journal, issue, article, r.body()));
                    String path = SitePaths.article(journal, issue, article);
                    RenderedBody body = NoteDecorator.decorate(r.body(), references.of(article),
                            cited -> SitePaths.rootFrom(path) + SitePaths.article(cited.journal(), cited.issue(), cited.article()));
                    pages.write(models.article(journal, issue, article, body));
                    pages.write(models.articleEnglish(journal, issue, article, body));
                    sink.write(SitePaths.references(journal, issue, article),
                            CslJson.of(journal.slug() + "-" + issue.slug() + "-" + article.slug(), references.of(article).references()));
                }
                for (IssuePage page : issue.pages()) {
                    RenderedBody body = markdown.render(page.body(), files, problems);
                    notes += body.notes().size();
                    pages.write(models.issuePage(journal, issue, page, body));
                    PageModel english = models.issuePageEnglish(journal, issue, page, body);
                    if (english != null) {
                        pages.write(english);
                    }
                }
                gate.done(journal, issue);
            }
        }
        for (PageModel page : new CatalogPages(models, catalog).all()) {
            pages.write(page);
        }
        pages.write(models.lockssPermission());
        for (Journal journal : edition.journals()) {
            for (int year : ArchivePages.years(journal)) {
                pages.write(models.lockssManifest(journal, year));
            }
        }
        pages.write(models.notFound());
        return new RenderResult(rendered, List.of(), pages.count, notes, references.stats(), catalog);
    }

    /**
     * What the index stage reads of a rendered article: its pages, its body in stretches, each at its
     * anchor, and its notes as written (not decorated with the archive's links).
     */
    private static PublishedArticle published(Journal journal, Issue issue, Article article, RenderedBody body) {
        List<PublishedArticle.Stretch> stretches = new ArrayList<>();
        for (BodyPart part : body.parts()) {
            String title = part.pieceId() == null ? "" : article.pieces().stream()
                    .filter(p -> p.id().equals(part.pieceId())).findFirst()
                    .map(p -> p.title().zhOrEn()).filter(t -> t != null).orElse("");
            stretches.add(new PublishedArticle.Stretch(part.pieceId() == null ? "" : Anchors.piece(part.pieceId()), title, part.html()));
        }
        String path = SitePaths.article(journal, issue, article);
        return new PublishedArticle(journal, issue, article, path, EnglishContent.of(article) ? SitePaths.english(path) : null,
                stretches, body.notes().stream().map(n -> new PublishedArticle.Note(n.id(), n.html())).toList());
    }

    /** Renders every article's body, in archive order: the references between articles need them all. */
    private List<RenderedArticle> renderArticles(Edition edition, LocalFiles files, Diagnostics problems) {
        List<RenderedArticle> rendered = new ArrayList<>();
        for (Journal journal : edition.journals()) {
            for (Issue issue : journal.issues()) {
                for (Article article : issue.articles()) {
                    rendered.add(new RenderedArticle(journal, issue, article, markdown.render(article.body(), files, problems)));
                }
            }
        }
        return rendered;
    }

    /**
     * What the pages of an issue show that does not come from the issue's own folder, the journal's
     * and site's settings or the theme: for each article the references its notes make to the archive
     * and the notes of other articles citing it, and the catalog pages its authors, keywords and
     * sections link to. A build may reuse the issue's pages only while this is unchanged too.
     */
    static String crossIssueFacts(Journal journal, Issue issue, Catalog catalog, ArchiveReferences references) {
        StringBuilder facts = new StringBuilder();
        for (Article article : issue.articles()) {
            facts.append(article.slug()).append('\n');
            org.qikan.refs.ArticleReferences refs = references.of(article);
            if (refs != null) {
                facts.append(refs.notes()).append(refs.links()).append(refs.unresolved()).append('\n');
                refs.archiveCitations().forEach(c -> describe(facts, c));
            }
            references.citing(article).forEach(c -> describe(facts, c));
            for (org.qikan.content.Person author : article.allAuthors()) {
                org.qikan.catalog.PersonEntry entry = catalog.people().of(author);
                facts.append(entry == null ? "-" : entry.slug()).append(' ');
            }
            if (article.keywords() != null) {
                for (String k : article.keywords().zh()) {
                    org.qikan.catalog.KeywordEntry entry = catalog.keywords().ofChinese(k);
                    facts.append(entry == null ? "-" : entry.slug()).append(' ');
                }
                for (String k : article.keywords().en()) {
                    org.qikan.catalog.KeywordEntry entry = catalog.keywords().ofEnglish(k);
                    facts.append(entry == null ? "-" : entry.slug()).append(' ');
                }
            }
            facts.append('\n');
        }
        for (org.qikan.content.Section section : issue.sections()) {
            org.qikan.catalog.SectionEntry entry = catalog.sections().of(journal, section.id());
            facts.append(entry == null ? "-" : entry.id()).append(' ');
        }
        return facts.toString();
    }

    private static void describe(StringBuilder facts, org.qikan.refs.ArchiveCitation citation) {
        facts.append("citation ").append(citation.note()).append(' ').append(citation.reference()).append('\n');
        describe(facts, citation.citing());
        describe(facts, citation.cited());
    }

    /** A work as another article's page shows it (not through its journal's record, which holds the whole archive). */
    private static void describe(StringBuilder facts, org.qikan.catalog.Work work) {
        Issue issue = work.issue();
        Article article = work.article();
        facts.append(work.journal().slug()).append(' ').append(work.journal().name()).append(' ')
                .append(issue.slug()).append(' ').append(issue.year()).append(' ').append(issue.number()).append(' ')
                .append(issue.volume()).append(' ').append(issue.cumulative()).append(' ').append(issue.published()).append(' ')
                .append(article.slug()).append(' ').append(article.title()).append(' ').append(article.subtitle()).append(' ')
                .append(article.allAuthors()).append(' ').append(work.piece()).append('\n');
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
