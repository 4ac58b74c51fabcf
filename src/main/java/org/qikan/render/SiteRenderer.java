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
import org.qikan.render.page.PageFacts;
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
    /** How many issues' pages may be rendered ahead of the one being written, per thread. */
    private static final int AHEAD_PER_THREAD = 2;
    /** Catalog pages rendered as one piece of work. */
    private static final int CATALOG_BATCH = 16;

    private final TemplateEngine templates;
    private final BodyRenderer markdown;
    private final java.util.Map<String, Object> labels;
    private final int threads;

    public SiteRenderer(TemplateEngine templates, BodyRenderer markdown, java.util.Map<String, Object> labels) {
        this(templates, markdown, labels, Runtime.getRuntime().availableProcessors());
    }

    /** @param threads how many threads render bodies and pages (1: all on the calling thread); the output is the same */
    public SiteRenderer(TemplateEngine templates, BodyRenderer markdown, java.util.Map<String, Object> labels, int threads) {
        this.templates = templates;
        this.markdown = markdown.withLabels(labels);
        this.labels = labels;
        this.threads = threads;
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
     *
     * <p>Bodies, then pages, are rendered on the stage's threads; the calling thread alone talks to
     * {@code sink}, {@code gate}, {@code articles} and {@code problems}, in archive order, so the
     * output and the order of the problems are those of a single-threaded build.
     */
    public RenderResult render(Edition edition, PageSink sink, Diagnostics problems, IssueGate gate, ArticleSink articles)
            throws IOException {
        List<RenderedArticle> rendered = new ArrayList<>();
        RenderResult result = render(edition, sink, problems, gate, articles, rendered::add);
        return new RenderResult(rendered, result.published(), result.pagesWritten(), result.notes(), result.references(),
                result.catalog());
    }

    /** Where each article goes with its rendered body (the exports), so that the stage need not keep every body. */
    @FunctionalInterface
    public interface RenderedSink {
        void accept(RenderedArticle article) throws IOException;
    }

    /**
     * Renders the site as {@link #render(Edition, PageSink, Diagnostics, IssueGate, ArticleSink)} does, and hands
     * every article with its rendered body to {@code done}, in archive order, once its issue is through; the stage
     * then lets the body go, so the result lists no articles. This is how a build keeps its memory flat.
     */
    public RenderResult render(Edition edition, PageSink sink, Diagnostics problems, IssueGate gate, ArticleSink articles,
                               RenderedSink done) throws IOException {
        try (RenderThreads workers = new RenderThreads(threads)) {
            return render(edition, sink, problems, gate, articles, done, workers);
        }
    }

    private RenderResult render(Edition edition, PageSink sink, Diagnostics problems, IssueGate gate, ArticleSink articles,
                                RenderedSink rendered, RenderThreads workers) throws IOException {
        LocalFiles files = new LocalFiles(edition.contentDir());
        Catalog catalog = Catalog.of(edition, problems);
        List<IssueWork> issues = issues(edition, renderArticles(edition, files, problems, workers));
        ArchiveReferences references = ArticleReferenceReading.read(edition, issues.stream().flatMap(w -> w.articles().stream())
                .map(p -> (java.util.function.Supplier<RenderedArticle>) () -> new RenderedArticle(p.journal(), p.issue(), p.article(),
                        p.body().notesOnly())).toList(), problems, workers);
        PageModels models = new PageModels(edition, labels, catalog, new ArchiveWeb(references));
        Pages pages = new Pages(sink, problems, gate);
        int notes = issues.stream().flatMap(w -> w.articles().stream()).mapToInt(p -> p.body().noteCount()).sum();
        pages.write(pages.unlessReused(List.of(models.home(false), models.home(true), models.search(false), models.search(true))));
        java.util.Map<Integer, java.util.concurrent.Future<IssueDone>> ahead = new java.util.HashMap<>();
        int window = workers.count() == 1 ? 0 : workers.count() * AHEAD_PER_THREAD;
        int submitted = 0;
        java.util.Iterator<Journal> journals = edition.journals().iterator();
        Journal current = null;
        for (int i = 0; i < issues.size(); i++) {
            IssueWork work = issues.get(i);
            Journal journal = work.journal();
            Issue issue = work.issue();
            while (current != journal) { // each journal's archive pages before its issues, those of a journal without issues too
                current = journals.next();
                writeArchive(pages, models, current);
            }
            java.util.concurrent.Future<IssueDone> batch = ahead.remove(i);
            if (gate.reuse(journal, issue, crossIssueFacts(journal, issue, catalog, references))) {
                if (batch != null) {
                    batch.cancel(false);
                }
                List<RenderedArticle> unpacked = work.unpack();
                for (RenderedArticle r : unpacked) {
                    articles.accept(published(journal, issue, r.article(), r.body()));
                }
                for (IssuePage page : issue.pages()) {
                    notes += markdown.render(page.body(), files, problems).notes().size();
                }
                for (RenderedArticle r : unpacked) {
                    rendered.accept(r);
                }
                issues.set(i, null); // its bodies are no longer needed here
            issue.articles().forEach(references::forget); // nor its parsed notes
                continue;
            }
            if (batch == null) {
                batch = workers.submit(() -> issuePages(work, models, references, files));
            }
            // render the issues after this one while this one's pages are written and its articles indexed;
            // only after an issue that was rendered, so that a rebuild reusing most issues renders none in vain
            submitted = Math.max(submitted, i + 1);
            while (submitted < issues.size() && submitted <= i + window) {
                IssueWork next = issues.get(submitted);
                ahead.put(submitted, workers.submit(() -> issuePages(next, models, references, files)));
                submitted++;
            }
            IssueDone done = RenderThreads.await(batch);
            for (RenderedArticle r : done.articles()) {
                articles.accept(published(journal, issue, r.article(), r.body()));
            }
            notes += done.pages().notes();
            pages.write(done.pages());
            gate.done(journal, issue);
            for (RenderedArticle r : done.articles()) {
                rendered.accept(r);
            }
            issues.set(i, null); // its bodies are no longer needed here
            issue.articles().forEach(references::forget); // nor its parsed notes
        }
        while (journals.hasNext()) {
            writeArchive(pages, models, journals.next());
        }
        writeInOrder(pages, workers, new CatalogPages(models, catalog).all(), window);
        List<PageModel> last = new ArrayList<>();
        last.add(models.lockssPermission());
        for (Journal journal : edition.journals()) {
            for (int year : ArchivePages.years(journal)) {
                last.add(models.lockssManifest(journal, year));
            }
        }
        last.add(models.notFound());
        pages.write(pages.unlessReused(last));
        return new RenderResult(List.of(), List.of(), pages.count, notes, references.stats(), catalog);
    }

    /** An article with its body packed until its issue's pages are rendered. */
    private record PackedArticle(Journal journal, Issue issue, Article article, PackedBody body) {
    }

    /** An issue and its articles' packed bodies, in archive order. */
    private record IssueWork(Journal journal, Issue issue, List<PackedArticle> articles) {
        List<RenderedArticle> unpack() {
            return articles.stream().map(p -> new RenderedArticle(p.journal(), p.issue(), p.article(), p.body().unpack())).toList();
        }
    }

    /** An issue's pages, and its articles as rendered (for the index and the exports). */
    private record IssueDone(PageBatch pages, List<RenderedArticle> articles) {
    }

    /** The issues in archive order, each with its own list (so that the bodies of an issue written can go). */
    private static List<IssueWork> issues(Edition edition, List<PackedArticle> rendered) {
        List<IssueWork> issues = new ArrayList<>();
        int next = 0;
        for (Journal journal : edition.journals()) {
            for (Issue issue : journal.issues()) {
                int count = issue.articles().size();
                issues.add(new IssueWork(journal, issue, List.copyOf(rendered.subList(next, next + count))));
                next += count;
            }
        }
        return issues;
    }

    /** The pages of one issue: table of contents, articles with their references, issue pages. Runs on any thread. */
    private IssueDone issuePages(IssueWork work, PageModels models, ArchiveReferences references, LocalFiles files) {
        Journal journal = work.journal();
        Issue issue = work.issue();
        List<RenderedArticle> articles = work.unpack();
        PageBatch batch = new PageBatch(templates);
        batch.page(models.toc(journal, issue, false));
        batch.page(models.toc(journal, issue, true));
        for (RenderedArticle r : articles) {
            Article article = r.article();
            String path = SitePaths.article(journal, issue, article);
            RenderedBody body = NoteDecorator.decorate(r.body(), references.of(article),
                    cited -> SitePaths.rootFrom(path) + SitePaths.article(cited.journal(), cited.issue(), cited.article()));
            batch.page(models.article(journal, issue, article, body));
            batch.page(models.articleEnglish(journal, issue, article, body));
            batch.file(SitePaths.references(journal, issue, article),
                    CslJson.of(journal.slug() + "-" + issue.slug() + "-" + article.slug(), references.of(article).references()));
        }
        for (IssuePage page : issue.pages()) {
            Diagnostics found = new Diagnostics();
            RenderedBody body = markdown.render(page.body(), files, found);
            batch.problems(found);
            batch.notes(body.notes().size());
            batch.page(models.issuePage(journal, issue, page, body));
            PageModel english = models.issuePageEnglish(journal, issue, page, body);
            if (english != null) {
                batch.page(english);
            }
        }
        return new IssueDone(batch, articles);
    }

    private void writeArchive(Pages pages, PageModels models, Journal journal) throws IOException {
        pages.write(pages.unlessReused(List.of(models.archive(journal, false), models.archive(journal, true))));
    }

    /**
     * Renders {@code models} in runs on the workers, and writes them in their order; those the gate takes back
     * from the previous build are not rendered.
     */
    private void writeInOrder(Pages pages, RenderThreads workers, List<PageModel> models, int window) throws IOException {
        java.util.ArrayDeque<java.util.concurrent.Future<PageBatch>> ahead = new java.util.ArrayDeque<>();
        List<PageModel> fresh = pages.unlessReused(models);
        for (int from = 0; from < fresh.size(); from += CATALOG_BATCH) {
            List<PageModel> run = fresh.subList(from, Math.min(fresh.size(), from + CATALOG_BATCH));
            ahead.add(workers.submit(() -> {
                PageBatch batch = new PageBatch(templates);
                run.forEach(batch::page);
                return batch;
            }));
            if (ahead.size() > window) {
                pages.write(RenderThreads.await(ahead.remove()));
            }
        }
        while (!ahead.isEmpty()) {
            pages.write(RenderThreads.await(ahead.remove()));
        }
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
                stretches, body.notes().stream().map(n -> new PublishedArticle.Note(n.id(), n.html())).toList(), body::fingerprint);
    }

    /**
     * Renders every article's body, in archive order: the references between articles need them all.
     * Bodies are rendered on the workers, each with its own problems, added here in archive order, and
     * packed ({@link PackedBody}) until their issue's pages are rendered.
     */
    private List<PackedArticle> renderArticles(Edition edition, LocalFiles files, Diagnostics problems, RenderThreads workers)
            throws IOException {
        record Done(PackedArticle article, Diagnostics found) {
        }
        List<java.util.concurrent.Future<Done>> work = new ArrayList<>();
        for (Journal journal : edition.journals()) {
            for (Issue issue : journal.issues()) {
                for (Article article : issue.articles()) {
                    work.add(workers.submit(() -> {
                        Diagnostics found = new Diagnostics();
                        RenderedBody body = markdown.render(article.body(), files, found);
                        return new Done(new PackedArticle(journal, issue, article, PackedBody.pack(body)), found);
                    }));
                }
            }
        }
        List<PackedArticle> rendered = new ArrayList<>(work.size());
        for (java.util.concurrent.Future<Done> next : work) {
            Done done = RenderThreads.await(next);
            problems.addAll(done.found());
            rendered.add(done.article());
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
            if (refs != null) { // its notes as parsed, their links and unresolved citations come from its own body: in the issue's key already
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

    /**
     * Writes batches of pages into the sink, in the order given, and counts the pages; a template error is reported once.
     * Asks the gate which of the pages outside the issues are taken back from the previous build.
     */
    private final class Pages {
        private final PageSink sink;
        private final Diagnostics problems;
        private final IssueGate gate;
        private final java.util.Set<String> failedTemplates = new java.util.HashSet<>();
        private final PageFacts facts = new PageFacts();
        private int count;

        Pages(PageSink sink, Diagnostics problems, IssueGate gate) {
            this.sink = sink;
            this.problems = problems;
            this.gate = gate;
        }

        /** The pages of {@code models} that the gate did not take back from the previous build, in their order. */
        List<PageModel> unlessReused(List<PageModel> models) throws IOException {
            if (!templates.builtInOnly()) {
                return models;
            }
            List<PageModel> fresh = new ArrayList<>(models.size());
            for (PageModel model : models) {
                String shown = facts.of(model);
                if (shown == null || !gate.reusePage(model.path(), shown)) {
                    fresh.add(model);
                }
            }
            return fresh;
        }

        /** Renders {@code models} on this thread and writes them. */
        void write(List<PageModel> models) throws IOException {
            PageBatch batch = new PageBatch(templates);
            models.forEach(batch::page);
            write(batch);
        }

        void write(PageBatch batch) throws IOException {
            count += batch.writeTo(sink, problems, failedTemplates);
        }
    }
}
