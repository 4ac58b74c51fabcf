package org.qikan.render.page;

import org.qikan.published.Anchors;
import org.qikan.published.SitePaths;
import org.qikan.content.Article;
import org.qikan.content.Bilingual;
import org.qikan.content.Edition;
import org.qikan.content.Issue;
import org.qikan.content.IssuePage;
import org.qikan.content.Journal;
import org.qikan.content.Piece;
import org.qikan.content.Section;
import org.qikan.export.AtomFeeds;
import org.qikan.export.ScholarlyPages;
import org.qikan.meta.LanguageAlternates;
import org.qikan.render.BodyPart;
import org.qikan.render.Note;
import org.qikan.render.NoteLetters;
import org.qikan.render.OutlineEntry;
import org.qikan.render.RenderedBody;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the variables of every kind of page, so that templates only place values and never
 * compute them. The variables are documented in {@code docs/templates.md}.
 */
public final class PageModels {
    public static final String ZH = "zh-Hans";
    public static final String EN = "en";

    private static final java.util.regex.Pattern HAN = java.util.regex.Pattern.compile("\\p{IsHan}");
    private static final java.util.regex.Pattern LATIN = java.util.regex.Pattern.compile("\\p{IsLatin}");

    private final Edition edition;
    private final Map<String, Object> labels;
    private final ScholarlyPages scholarly;
    private final org.qikan.catalog.Catalog catalog;
    private final ArchiveWeb web;

    public PageModels(Edition edition, Map<String, Object> labels) {
        this(edition, labels, org.qikan.catalog.Catalog.of(edition, new org.qikan.diag.Diagnostics()), ArchiveWeb.NONE);
    }

    /** @param catalog the people, keywords and sections the pages link to; {@code web} the citations between articles */
    public PageModels(Edition edition, Map<String, Object> labels, org.qikan.catalog.Catalog catalog, ArchiveWeb web) {
        this(edition, labels, catalog, web, new ScholarlyPages(edition.site()));
    }

    /**
     * @param scholarly the article pages' citations and head tags, made for {@code edition}'s site; made once and
     *                  given again by {@code qikan serve}'s preview (its citation processors take a while to make)
     */
    public PageModels(Edition edition, Map<String, Object> labels, org.qikan.catalog.Catalog catalog, ArchiveWeb web,
                      ScholarlyPages scholarly) {
        this.edition = edition;
        this.labels = labels;
        this.scholarly = scholarly;
        this.catalog = catalog;
        this.web = web;
    }

    public PageModel home(boolean english) {
        String zhPath = SitePaths.home();
        Map<String, Object> vars = common(english, zhPath, null, null);
        vars.put("journals", edition.journals().stream().map(JournalView::of).toList());
        return page("home", english, zhPath, vars);
    }

    /** The search page; the index it queries is written by the index stage. */
    public PageModel search(boolean english) {
        String zhPath = SitePaths.search();
        return new PageModel("search", english ? SitePaths.english(zhPath) : zhPath, common(english, zhPath, null, null));
    }

    public PageModel archive(Journal journal, boolean english) {
        String zhPath = SitePaths.archive(journal);
        Map<String, Object> vars = common(english, zhPath, journal, null);
        Map<Integer, List<ArchiveYear.Entry>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        journal.issues().forEach(i -> byYear.computeIfAbsent(i.year(), y -> new ArrayList<>())
                .add(new ArchiveYear.Entry(IssueLink.of(journal, i), Counts.articles(i.articles().size(), labels))));
        vars.put("years", byYear.entrySet().stream().map(e -> new ArchiveYear(e.getKey(), e.getValue())).toList());
        return page("archive", english, zhPath, vars);
    }

    public PageModel toc(Journal journal, Issue issue, boolean english) {
        String zhPath = SitePaths.toc(journal, issue);
        Map<String, Object> vars = common(english, zhPath, journal, issue);
        List<SectionView> sections = new ArrayList<>();
        CatalogLinks links = new CatalogLinks(catalog, english, journal);
        for (Section section : issue.sections()) {
            List<ArticleLink> articles = issue.articlesIn(section).stream().map(a -> ArticleLink.of(journal, issue, a)).toList();
            if (!articles.isEmpty()) {
                sections.add(new SectionView(section.id(), section.title(), articles, links.section(section.id())));
            }
        }
        vars.put("sections", sections);
        vars.put("issuePages", issue.pages().stream().map(p -> PageLink.of(journal, issue, p)).toList());
        return page("toc", english, zhPath, vars);
    }

    /** The full-text page of an article (Chinese, with bilingual metadata). */
    public PageModel article(Journal journal, Issue issue, Article article, RenderedBody body) {
        String zhPath = SitePaths.article(journal, issue, article);
        Map<String, Object> vars = common(false, zhPath, journal, issue);
        if (!EnglishContent.of(article)) {
            vars.put("alternate", null);
        }
        vars.put("article", articleView(journal, issue, article, body));
        vars.put("scholarly", scholarly.page(journal, issue, article, body.notes(), false));
        vars.put("citedIn", web.citedIn(article));
        vars.put("referencesPath", SitePaths.references(journal, issue, article));
        vars.put("references", web.references(article));
        return page("article", false, zhPath, vars);
    }

    /** The English landing page of an article: English metadata and a link to the full text. */
    public PageModel articleEnglish(Journal journal, Issue issue, Article article, RenderedBody body) {
        String zhPath = SitePaths.article(journal, issue, article);
        Map<String, Object> vars = common(true, zhPath, journal, issue);
        vars.put("article", articleView(journal, issue, article, body));
        vars.put("scholarly", scholarly.page(journal, issue, article, body.notes(), true));
        vars.put("citedIn", web.citedIn(article));
        vars.put("referencesPath", SitePaths.references(journal, issue, article));
        vars.put("references", web.references(article));
        return new PageModel("article-en", SitePaths.english(zhPath), vars);
    }

    /** The LOCKSS permission page: the statement, and a link to every journal's manifest page of every year. */
    public PageModel lockssPermission() {
        Map<String, Object> vars = archivePage(ArchivePages.PERMISSION, null);
        vars.put("journals", edition.journals().stream().map(j -> new ArchivePages.JournalManifests(j.name(),
                ArchivePages.years(j).stream().map(y -> new ArchivePages.ManifestLink(y, ArchivePages.manifest(j, y))).toList()))
                .toList());
        return new PageModel("lockss", ArchivePages.PERMISSION, vars);
    }

    /** A journal's LOCKSS manifest page for one year: the statement and a link to every issue of the year. */
    public PageModel lockssManifest(Journal journal, int year) {
        String path = ArchivePages.manifest(journal, year);
        Map<String, Object> vars = archivePage(path, journal);
        vars.put("year", year);
        vars.put("issues", journal.issues().stream().filter(i -> i.year() == year).map(i -> IssueLink.of(journal, i)).toList());
        return new PageModel("lockss-manifest", path, vars);
    }

    /** The page a web server shows for a missing page, at any depth: its links go through {@code base_url}. */
    public PageModel notFound() {
        return new PageModel("404", ArchivePages.NOT_FOUND, archivePage(ArchivePages.NOT_FOUND, null));
    }

    private Map<String, Object> archivePage(String path, Journal journal) {
        Map<String, Object> vars = common(false, path, journal, null);
        vars.put("alternate", null);
        vars.put("alternates", List.of());
        vars.put("enPath", null);
        vars.put("lockssStatement", ArchivePages.LOCKSS_STATEMENT);
        vars.put("permissionPath", ArchivePages.PERMISSION);
        return vars;
    }

    /** A page of an issue that is not an article (editor's note, news…); its text is as written, usually Chinese. */
    public PageModel issuePage(Journal journal, Issue issue, IssuePage issuePage, RenderedBody body) {
        String path = SitePaths.page(journal, issue, issuePage);
        Map<String, Object> vars = common(false, path, journal, issue);
        if (!EnglishContent.of(issuePage)) {
            vars.put("alternate", null);
            vars.put("alternates", List.of());
            vars.put("enPath", null);
        }
        vars.put("page", new IssuePageView(issuePage.title(), body.html(), notes(body)));
        return new PageModel("issue-page", path, vars);
    }

    /**
     * The English view of an issue page: English title and interface, the text as written (marked
     * with its language). {@code null} where the page has no English title: the English pages then
     * link to the Chinese page and say it is in Chinese only.
     */
    public PageModel issuePageEnglish(Journal journal, Issue issue, IssuePage issuePage, RenderedBody body) {
        if (!EnglishContent.of(issuePage)) {
            return null;
        }
        String path = SitePaths.page(journal, issue, issuePage);
        Map<String, Object> vars = common(true, path, journal, issue);
        vars.put("page", new IssuePageView(issuePage.title(), body.html(), notes(body)));
        return new PageModel("issue-page-en", SitePaths.english(path), vars);
    }

    private ArticleView articleView(Journal journal, Issue issue, Article article, RenderedBody body) {
        List<Article> articles = issue.articles();
        int at = articles.indexOf(article);
        ArticleLink previous = at > 0 ? ArticleLink.of(journal, issue, articles.get(at - 1)) : null;
        ArticleLink next = at >= 0 && at < articles.size() - 1 ? ArticleLink.of(journal, issue, articles.get(at + 1)) : null;
        Bilingual section = issue.sections().stream().filter(s -> s.id().equals(article.sectionId()))
                .map(Section::title).findFirst().orElse(Bilingual.EMPTY);
        return new ArticleView(article, ArticleLink.of(journal, issue, article), section,
                article.doi() == null ? null : "https://doi.org/" + article.doi(),
                parts(article, body), notes(body), outline(article, body), previous, next);
    }

    /**
     * The headings of the body; in a symposium each piece's title comes first (level 1) with the
     * headings of that piece under it, since every piece numbers its own sections from 一、.
     */
    private static List<OutlineEntry> outline(Article article, RenderedBody body) {
        if (!article.isSymposium()) {
            return body.outline();
        }
        List<OutlineEntry> out = new ArrayList<>();
        List<PartView> parts = parts(article, body);
        for (PartView part : parts) {
            if (part.id() != null) {
                out.add(new OutlineEntry(1, part.id(), part.title().zhOrEn()));
            }
            for (OutlineEntry heading : body.outline()) {
                if (part.html().contains(" id=\"" + heading.id() + "\"")) {
                    out.add(heading);
                }
            }
        }
        return out;
    }

    private static List<PartView> parts(Article article, RenderedBody body) {
        List<PartView> parts = new ArrayList<>();
        for (BodyPart part : body.parts()) {
            Piece piece = article.pieces().stream().filter(p -> p.id().equals(part.pieceId())).findFirst().orElse(null);
            parts.add(piece == null
                    ? new PartView(null, Bilingual.EMPTY, List.of(), Bilingual.EMPTY, part.html())
                    : new PartView(Anchors.piece(piece.id()), piece.title(), piece.authors(), piece.funding(), part.html()));
        }
        return parts;
    }

    private static List<NoteView> notes(RenderedBody body) {
        List<NoteView> out = new ArrayList<>();
        for (Note note : body.notes()) {
            List<NoteView.Backlink> backlinks = new ArrayList<>();
            boolean several = note.refIds().size() > 1;
            for (int i = 0; i < note.refIds().size(); i++) {
                backlinks.add(new NoteView.Backlink("#" + note.refIds().get(i), several ? NoteLetters.of(i) : ""));
            }
            String lang = languageOf(note.html());
            String html = lang == null ? note.html()
                    : note.inline() ? "<span lang=\"" + lang + "\">" + note.html() + "</span>"
                    : "<div lang=\"" + lang + "\">" + note.html() + "</div>";
            out.add(new NoteView(note.number(), note.id(), html, note.inline(), backlinks));
        }
        return out;
    }

    /** {@code en} for note text without a single Han character, else {@code null} (the page's language). */
    private static String languageOf(String html) {
        String text = html.replaceAll("<[^>]*>", "");
        return HAN.matcher(text).find() || !LATIN.matcher(text).find() ? null : EN;
    }

    Map<String, Object> common(boolean english, String zhPath, Journal journal, Issue issue) {
        String path = english ? SitePaths.english(zhPath) : zhPath;
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("lang", english ? EN : ZH);
        vars.put("english", english);
        vars.put("root", SitePaths.rootFrom(path));
        vars.put("path", path);
        vars.put("site", edition.site());
        vars.put("labels", labels);
        vars.put("ui", labels.get(english ? "en" : "zh"));
        vars.put("defaultView", edition.site().defaultView());
        vars.put("alternate", english ? zhPath : SitePaths.english(zhPath));
        vars.put("alternateLang", english ? ZH : EN);
        vars.put("zhPath", zhPath);
        vars.put("enPath", SitePaths.english(zhPath));
        vars.put("canonical", edition.site().baseUrl() == null ? null : edition.site().baseUrl() + path);
        vars.put("alternates", LanguageAlternates.of(edition.site().baseUrl(), SitePaths.rootFrom(path), zhPath,
                SitePaths.english(zhPath)));
        vars.put("searchPath", english ? SitePaths.english(SitePaths.search()) : SitePaths.search());
        vars.put("homePath", english ? SitePaths.english(SitePaths.home()) : SitePaths.home());
        vars.put("license", journal != null && journal.license() != null ? journal.license() : edition.site().license());
        vars.put("feedPath", journal == null ? AtomFeeds.SITE_FEED : AtomFeeds.journalFeed(journal));
        vars.put("journal", journal == null ? null : JournalView.of(journal));
        vars.put("issue", issue == null ? null : IssueLink.of(journal, issue));
        vars.put("links", new CatalogLinks(catalog, english, journal));
        return vars;
    }

    private static PageModel page(String template, boolean english, String zhPath, Map<String, Object> vars) {
        return new PageModel(english ? template + "-en" : template, english ? SitePaths.english(zhPath) : zhPath, vars);
    }

    /**
     * A page of an issue that is not an article, as the TOC lists it.
     *
     * @param english whether it has an English view ({@link #linkEn()} leads there, else to the Chinese page)
     */
    public record PageLink(Bilingual title, String path, String pathEn, boolean english) {
        static PageLink of(Journal journal, Issue issue, IssuePage page) {
            String path = SitePaths.page(journal, issue, page);
            return new PageLink(page.title(), path, SitePaths.english(path), EnglishContent.of(page));
        }

        public String linkEn() {
            return english ? pathEn : path;
        }
    }

    /** An issue page as its own page shows it. */
    public record IssuePageView(Bilingual title, String html, List<NoteView> notes) {
    }
}
