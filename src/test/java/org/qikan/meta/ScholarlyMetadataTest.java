package org.qikan.meta;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.TestSite;
import org.qikan.check.Editions;
import org.qikan.render.Note;
import org.qikan.site.BuildResult;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample edition's scholarly metadata read the way its consumers read it: head tags with jsoup (as
 * Scholar and Zotero's embedded-metadata translator do), JSON-LD expanded by a JSON-LD processor, BibTeX,
 * RIS and CSL-JSON parsed back, the feeds with rome, the sitemap as XML.
 */
class ScholarlyMetadataTest {
    private static final String ARTICLE = "guanlan-review/2025-01/multipolarity-and-order";
    private static final String BASE = "https://journals.example.org/";

    private static Document page(String path) throws Exception {
        return Jsoup.parse(Editions.root(Editions.SAMPLE).resolve(path).toFile(), "UTF-8");
    }

    private static List<String> meta(Document page, String name) {
        return page.select("meta[name=" + name + "]").eachAttr("content");
    }

    private static String read(String path) throws Exception {
        return Files.readString(Editions.root(Editions.SAMPLE).resolve(path));
    }

    @Test
    void everyArticlePageInBothViewsCarriesTheHighwireAndDublinCoreSet() throws Exception {
        Path site = Editions.root(Editions.SAMPLE);
        List<String> articles = Editions.pages(Editions.SAMPLE).stream()
                .filter(p -> Files.exists(site.resolve(p.replaceFirst("^en/", "").replaceFirst("\\.html$", ".cite.json")))).toList();
        long cited;
        try (var walk = Files.walk(site)) {
            cited = walk.filter(p -> p.toString().endsWith(".cite.json")).count();
        }
        assertThat(articles).hasSize((int) (2 * cited)).hasSizeGreaterThanOrEqualTo(16);
        for (String path : articles) {
            Document page = page(path);
            boolean english = path.startsWith("en/");
            assertThat(meta(page, "citation_title")).as(path).hasSize(1);
            assertThat(meta(page, "citation_author")).as(path).isNotEmpty();
            assertThat(meta(page, "citation_author_institution")).as(path).hasSameSizeAs(meta(page, "citation_author"));
            String journalYaml = Files.readString(org.qikan.check.SampleSite.CONTENT
                    .resolve(path.replaceFirst("^en/", "").split("/")[0]).resolve("journal.yaml"));
            assertThat(meta(page, "citation_journal_title")).as(path).hasSize(1);
            assertThat(journalYaml).as(path).contains((english ? "en: " : "zh: ") + meta(page, "citation_journal_title").get(0));
            assertThat(meta(page, "citation_publisher")).as(path).hasSize(1);
            assertThat(meta(page, "citation_issn")).as(path).hasSize(1);
            assertThat(meta(page, "citation_publication_date").get(0)).as(path).matches("\\d{4}/\\d{2}/\\d{2}");
            assertThat(meta(page, "citation_firstpage")).as(path).hasSize(1);
            assertThat(meta(page, "citation_abstract_html_url")).containsExactly(BASE + path);
            assertThat(meta(page, "citation_fulltext_html_url")).containsExactly(BASE + path.replaceFirst("^en/", ""));
            for (String dc : List.of("DC.title", "DC.creator", "DC.date", "DC.publisher", "DC.source", "DC.type",
                    "DC.rights", "DC.subject", "DC.description", "DC.language", "DC.identifier")) {
                assertThat(meta(page, dc)).as(path + " " + dc).isNotEmpty();
            }
            assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(meta(page, "citation_title").get(0));
            assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + path);
            assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("zh-Hans", "en", "x-default");
            assertThat(page.select("link[rel=alternate][hreflang=x-default]").attr("href")).isEqualTo(BASE + path.replaceFirst("^en/", ""));
            assertThat(page.select("footer a[rel=license]").attr("href")).isEqualTo("https://creativecommons.org/licenses/by-nc/4.0/");
        }
    }

    @Test
    void titleKeepsItsSubtitleAndNotesThatCiteAWorkAreReferences() throws Exception {
        Document page = page(ARTICLE + ".html");
        assertThat(meta(page, "citation_title")).containsExactly("多极化进程中的国际秩序调适：一个“分层协商”的分析框架");
        assertThat(meta(page(ARTICLE.replace("guanlan", "en/guanlan") + ".html"), "citation_title"))
                .containsExactly("Adjusting the International Order in an Era of Multipolarization: A Framework of Layered Negotiation");
        assertThat(meta(page, "citation_reference")).isNotEmpty()
                .allSatisfy(r -> assertThat(r).startsWith("citation_author=").contains("; citation_title="))
                .contains("citation_author=郑远舟; citation_title=秩序的弹性：国际体系转型的层次分析; citation_publisher=滨江大学出版社; citation_date=2021; citation_pages=33—41");
        assertThat(meta(page, "citation_reference").size()).isLessThanOrEqualTo(page.select("section.notes li, [role=doc-endnotes] li").size());
    }

    @Test
    void theSimpleReferenceRuleTellsAWorkFromACommentary() {
        List<Note> notes = List.of(
                new Note(1, "fn1", List.of("r1"), "王五：《秩序与变迁》，某出版社 2020 年版，第 3 页。", true, 1),
                new Note(2, "fn2", List.of("r2"), "这里指的是广义上的多边主义。", true, 2),
                new Note(3, "fn3", List.of("r3"), "<p>John Doe, “A Title of Note,” <em>Journal</em>, 2019.</p>", false, 3));
        assertThat(new NoteReferences().references(notes)).extracting(CitedWork::text).containsExactly("王五：《秩序与变迁》，某出版社 2020 年版，第 3 页。", "John Doe, “A Title of Note,” Journal, 2019.");
    }

    @Test
    void jsonLdExpandsToAScholarlyArticleInAnIssueOfAVolumeOfAPeriodical() throws Exception {
        String json = page(ARTICLE + ".html").select("script[type=application/ld+json]").first().data();
        // schema.org's context maps every term into its vocabulary; served from here, so nothing is fetched.
        DocumentLoader schemaOrg = (url, options) -> JsonDocument.of(new StringReader("{\"@context\": {\"@vocab\": \"http://schema.org/\"}}"));
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(schemaOrg).get();
        JsonObject article = expanded.getJsonObject(0);
        assertThat(types(article)).containsExactly("http://schema.org/ScholarlyArticle");
        assertThat(value(article, "headline")).isEqualTo("多极化进程中的国际秩序调适：一个“分层协商”的分析框架");
        JsonObject author = article.getJsonArray("http://schema.org/author").getJsonObject(0);
        assertThat(types(author)).containsExactly("http://schema.org/Person");
        assertThat(value(author.getJsonArray("http://schema.org/affiliation").getJsonObject(0), "name")).isEqualTo("滨江大学国际关系学院");
        JsonObject issue = part(article);
        assertThat(types(issue)).containsExactly("http://schema.org/PublicationIssue");
        assertThat(value(issue, "issueNumber")).isEqualTo("1");
        JsonObject volume = part(issue);
        assertThat(types(volume)).containsExactly("http://schema.org/PublicationVolume");
        JsonObject periodical = part(volume);
        assertThat(types(periodical)).containsExactly("http://schema.org/Periodical");
        assertThat(value(periodical, "issn")).isEqualTo("2999-0417");
        assertThat(values(periodical, "alternateName")).containsExactly("Guanlan International Review", "觀瀾國際評論");
        assertThat(value(article, "license")).isEqualTo("https://creativecommons.org/licenses/by-nc/4.0/");
        assertThat(value(article, "alternateName")).startsWith("Adjusting the International Order");
    }

    private static List<String> types(JsonObject node) {
        return node.getJsonArray("@type").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    private static JsonObject part(JsonObject node) {
        return node.getJsonArray("http://schema.org/isPartOf").getJsonObject(0);
    }

    private static List<String> values(JsonObject node, String term) {
        return node.getJsonArray("http://schema.org/" + term).getValuesAs(JsonObject.class).stream()
                .map(v -> ((jakarta.json.JsonString) v.get("@value")).getString()).toList();
    }

    private static String value(JsonObject node, String term) {
        JsonValue v = node.getJsonArray("http://schema.org/" + term).getJsonObject(0).get("@value");
        return ((jakarta.json.JsonString) v).getString();
    }

    @Test
    void theGbT7714CitationIsTheProcessorsOutputForTheDownloadedCslJson() throws Exception {
        Document page = page(ARTICLE + ".html");
        List<Object> items = new JsonParser(new JsonLexer(new StringReader(read(ARTICLE + ".cite.json")))).parseArray();
        @SuppressWarnings("unchecked")
        CSLItemData item = CSLItemData.fromJson((Map<String, Object>) items.get(0));
        CSL csl = new CSL(new de.undercouch.citeproc.ListItemDataProvider(item), "china-national-standard-gb-t-7714-2015-numeric", "zh-CN");
        csl.setOutputFormat("text");
        csl.registerCitationItems(item.getId());
        String expected = csl.makeBibliography().getEntries()[0].strip().replaceFirst("^\\[1\\]\\s*", "");
        assertThat(page.getElementById("cite-gb-t-7714").text()).isEqualTo(expected)
                .isEqualTo("郑远舟. 多极化进程中的国际秩序调适：一个“分层协商”的分析框架[J/OL]. 观澜国际评论, 2025, 12(1): 1-18. "
                        + "https://journals.example.org/guanlan-review/2025-01/multipolarity-and-order.html. DOI:10.99999/glir.2025.01.001.");
        assertThat(page.getElementById("cite-apa").text()).startsWith("Zheng, Y. (2025). Adjusting the International Order");
        assertThat(page.getElementById("cite-chicago").text()).startsWith("Zheng, Yuanzhou. 2025. “Adjusting");
        assertThat(page.select(".cite a[download]").eachAttr("href")).allSatisfy(href ->
                assertThat(Editions.root(Editions.SAMPLE).resolve("guanlan-review/2025-01").resolve(href).normalize()).isRegularFile());
    }

    @Test
    void bibTeXAndRisParseBackToThePagesMetadata() throws Exception {
        BibTeXDatabase bib = new BibTeXParser().parse(new StringReader(read("guanlan-review/2025-01/guanlan-review-2025-01.issue.bib")));
        assertThat(bib.getEntries()).hasSize(4);
        BibTeXEntry entry = bib.getEntries().get(new Key("guanlan-review-2025-01-multipolarity-and-order"));
        assertThat(entry.getField(BibTeXEntry.KEY_TITLE).toUserString()).isEqualTo("多极化进程中的国际秩序调适：一个“分层协商”的分析框架");
        assertThat(entry.getField(BibTeXEntry.KEY_JOURNAL).toUserString()).isEqualTo("观澜国际评论");
        assertThat(entry.getField(BibTeXEntry.KEY_PAGES).toUserString()).isEqualTo("1--18");
        assertThat(entry.getField(BibTeXEntry.KEY_DOI).toUserString()).isEqualTo("10.99999/glir.2025.01.001");
        assertThat(entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).isEqualTo("{郑远舟}");

        RISLibrary ris = new RISParser().parse(new StringReader(read(ARTICLE + ".ris")));
        RISReference ref = ris.getReferences().get(0);
        assertThat(ref.getTitle()).isEqualTo("多极化进程中的国际秩序调适：一个“分层协商”的分析框架");
        assertThat(ref.getAuthors()).containsExactly("郑远舟");
        assertThat(ref.getJournal()).isEqualTo("观澜国际评论");
        assertThat(ref.getStartPage()).isEqualTo("1");
        assertThat(ref.getEndPage()).isEqualTo("18");
        assertThat(ref.getDOI()).isEqualTo("10.99999/glir.2025.01.001");
    }

    @Test
    void atomFeedsListTheLatestIssueInBothLanguages() throws Exception {
        SyndFeed journal = new SyndFeedInput().build(new StringReader(read("guanlan-review/feed.atom")));
        assertThat(journal.getTitle()).isEqualTo("观澜国际评论");
        try (var latest = Files.list(Editions.root(Editions.SAMPLE).resolve("guanlan-review/2025-02"))) {
            assertThat(journal.getEntries()).hasSize((int) latest.filter(p -> p.toString().endsWith(".cite.json")).count());
        }
        assertThat(journal.getEntries().get(0).getLinks()).extracting(l -> l.getHreflang()).containsExactly("zh-Hans", "en");
        for (var entry : journal.getEntries()) {
            for (var link : entry.getLinks()) {
                assertThat(Editions.root(Editions.SAMPLE).resolve("guanlan-review").resolve(link.getHref()).normalize()).isRegularFile();
            }
        }
        SyndFeed other = new SyndFeedInput().build(new StringReader(read("haiyan-studies/feed.atom")));
        SyndFeed site = new SyndFeedInput().build(new StringReader(read("feed.atom")));
        assertThat(site.getEntries()).hasSize(journal.getEntries().size() + other.getEntries().size());
        assertThat(page("index.html").select("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("feed.atom");
    }

    @Test
    void sitemapListsPagesWithTheirLanguageAlternatesAndRobotsPointsAtIt() throws Exception {
        Document sitemap = Jsoup.parse(read("sitemap.xml"), "", Parser.xmlParser());
        List<String> locs = sitemap.select("url > loc").eachText();
        assertThat(locs).contains(BASE + ARTICLE + ".html", BASE + "en/" + ARTICLE + ".html", BASE + "index.html")
                .allSatisfy(l -> assertThat(l).startsWith(BASE)).doesNotContain(BASE + "search.html");
        var url = sitemap.select("url").stream().filter(u -> u.selectFirst("loc").text().equals(BASE + ARTICLE + ".html")).findFirst().orElseThrow();
        assertThat(url.select("xhtml|link").eachAttr("hreflang")).containsExactly("zh-Hans", "en", "x-default");
        assertThat(read("robots.txt")).contains("Sitemap: " + BASE + "sitemap.xml");
    }

    @Test
    void withoutABaseUrlTheBuildWarnsAndWritesNoSitemap(@TempDir Path dir) {
        TestSite site = new TestSite(dir).file("content/site.yaml", "title: {zh: 测试, en: Test}\n");
        BuildResult result = site.build();
        assertThat(result.succeeded()).isTrue();
        assertThat(TestSite.messages(result, dir)).anySatisfy(m -> assertThat(m).contains("warning: no base_url"));
        assertThat(site.out().resolve("sitemap.xml")).doesNotExist();
        assertThat(site.read("tj/2024-04/first.html")).doesNotContain("citation_abstract_html_url")
                .contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../../en/tj/2024-04/first.html\">");
    }

    @Test
    void behindAGatewayTheOaiBaseUrlIsTheGatewaysAddressForTheFile(@TempDir Path dir) throws Exception {
        TestSite site = new TestSite(dir).file("content/site.yaml", "title: {zh: 测试, en: Test}\nbase_url: https://journals.example.org/archive\n"
                + "contact_email: archive@example.org\noai_gateway: https://gateway.example.net/oai\n");
        assertThat(site.build().succeeded()).isTrue();
        Document oai = Jsoup.parse(site.read("oai.xml"), "", Parser.xmlParser());
        assertThat(oai.select("Identify > oai|baseURL").text())
                .isEqualTo("https://gateway.example.net/oai/journals.example.org/archive/oai.xml");
    }

    @Test
    void anOaiGatewayThatIsNotAnAddressIsAnErrorAtItsLine(@TempDir Path dir) {
        TestSite site = new TestSite(dir).file("content/site.yaml", "title: {zh: 测试, en: Test}\noai_gateway: gateway.example.net\n");
        BuildResult result = site.build();
        assertThat(result.succeeded()).isFalse();
        assertThat(TestSite.messages(result, dir)).anySatisfy(m -> assertThat(m)
                .contains("site.yaml:2:").contains("error: oai_gateway must be an http:// or https:// address"));
    }

    @Test
    void oaiStaticRepositoryIdentifiesItselfAndHoldsEveryArticleInBothFormats() throws Exception {
        Document oai = Jsoup.parse(read("oai.xml"), "", Parser.xmlParser());
        assertThat(oai.selectFirst("Repository").attr("xmlns")).isEqualTo("http://www.openarchives.org/OAI/2.0/static-repository");
        assertThat(oai.select("Identify > oai|baseURL").text()).isEqualTo(BASE + "oai.xml");
        assertThat(oai.select("Identify > oai|adminEmail").text()).isEqualTo("archive@journals.example.org");
        assertThat(oai.select("Identify > oai|protocolVersion").text()).isEqualTo("2.0");
        assertThat(oai.select("ListMetadataFormats oai|metadataPrefix").eachText()).containsExactly("oai_dc", "jats");
        assertThat(oai.select("ListRecords").eachAttr("metadataPrefix")).containsExactly("oai_dc", "jats");
        for (var records : oai.select("ListRecords")) {
            List<String> ids = records.select("oai|record > oai|header > oai|identifier").eachText();
            assertThat(ids).hasSize(articleCount()).doesNotHaveDuplicates()
                    .allSatisfy(id -> assertThat(id).matches("oai:[a-zA-Z][a-zA-Z0-9\\-]*(\\.[a-zA-Z][a-zA-Z0-9\\-]*)+:[a-zA-Z0-9\\-_\\.!~*'\\(\\);/\\?:@&=\\+$,%]+"));
            assertThat(records.select("oai|datestamp").eachText()).allSatisfy(d -> assertThat(d).matches("\\d{4}-\\d{2}-\\d{2}"));
        }
        var dc = oai.select("ListRecords[metadataPrefix=oai_dc] oai_dc|dc").first();
        assertThat(dc.select("dc|title").eachText()).hasSize(2);
        assertThat(dc.select("dc|identifier").eachText()).anySatisfy(i -> assertThat(i).startsWith("doi:"));
        assertThat(oai.select("ListRecords[metadataPrefix=jats] article").first().attr("xmlns")).isEqualTo("https://jats.nlm.nih.gov/ns/archiving/1.3/");
        assertThat(oai.select("ListRecords[metadataPrefix=jats] article > front > article-meta > title-group").size()).isEqualTo(articleCount());
    }

    /** The articles of the sample edition: one {@code .cite.json} each. */
    private static int articleCount() throws Exception {
        try (var walk = Files.walk(Editions.root(Editions.SAMPLE))) {
            return (int) walk.filter(p -> p.toString().endsWith(".cite.json")).count();
        }
    }
}
