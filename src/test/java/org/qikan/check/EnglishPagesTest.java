package org.qikan.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the sample and the imported corpus editions, read as a reader of either language
 * would: no heading or section without content; on English pages (under {@code en/}) every piece of
 * Chinese text is marked {@code lang="zh-…"} and no Chinese title stands twice; English pages link
 * to an English article or issue page only where it has English; counts say "1 article"; every note
 * number sits the same way against the text after it.
 */
class EnglishPagesTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern ENGLISH_ARTICLE = Pattern.compile("en/[^/]+/[^/]+/(?!index\\.html)[^/]+\\.html");

    @Test
    void sampleEdition() {
        check(Editions.SAMPLE);
    }

    @Test
    @Tag("corpus")
    void corpusEdition() {
        check(Editions.CORPUS);
    }

    private static void check(String edition) {
        List<String> problems = new ArrayList<>();
        List<String> pages = Editions.pages(edition);
        for (String page : pages) {
            Document doc = parse(edition, page);
            problems.addAll(emptyHeadingsAndSections(page, doc));
            problems.addAll(wrongPlurals(page, doc));
            problems.addAll(unevenNoteNumbers(page, doc));
            if (page.startsWith("en/")) {
                problems.addAll(unmarkedChinese(page, doc));
                problems.addAll(chineseTwice(page, doc));
            }
            problems.addAll(linksToEnglishPagesWithoutEnglish(edition, page, doc));
        }
        assertThat(pages).isNotEmpty();
        assertThat(problems).as("%d pages of the %s edition", pages.size(), edition).isEmpty();
    }

    /** A heading with no text, or a section (or the notes, the bios…) whose heading is all it holds. */
    static List<String> emptyHeadingsAndSections(String page, Document doc) {
        List<String> out = new ArrayList<>();
        for (Element heading : doc.select("h1, h2, h3, h4, h5, h6")) {
            if (heading.text().isBlank()) {
                out.add(page + ": empty heading " + heading.outerHtml());
            }
        }
        for (Element section : doc.select("section, aside, nav, footer, dl, ul, ol")) {
            Element copy = section.clone();
            copy.select("h1, h2, h3, h4, h5, h6, .visually-hidden").remove();
            boolean hasMedia = !copy.select("img, svg, input, select, button").isEmpty();
            boolean scriptFilled = section.hasAttr("data-search-results");
            if (copy.text().isBlank() && !hasMedia && !scriptFilled) {
                out.add(page + ": <" + section.tagName() + "> with nothing but its heading: "
                        + abbreviate(section.outerHtml()));
            }
        }
        return out;
    }

    /** A note number followed by a space before Chinese text, where others are not: "。[31] 这在" beside "。[34]2023". */
    static List<String> unevenNoteNumbers(String page, Document doc) {
        List<String> out = new ArrayList<>();
        for (Element ref : doc.select("sup.note-ref")) {
            if (ref.nextSibling() instanceof TextNode text && Pattern.compile("^\\s+\\p{IsHan}").matcher(text.getWholeText()).find()) {
                out.add(page + ": space after note " + ref.text() + " before '" + abbreviate(text.text()) + "'");
            }
        }
        return out;
    }

    static List<String> wrongPlurals(String page, Document doc) {
        List<String> out = new ArrayList<>();
        if (Pattern.compile("(?<![0-9])1 (articles|notes|issues|results)\\b").matcher(doc.body().text()).find()) {
            out.add(page + ": '1 …s' in " + abbreviate(doc.body().text()));
        }
        return out;
    }

    /** On an English page, Chinese text only inside an element marked as Chinese. */
    static List<String> unmarkedChinese(String page, Document doc) {
        List<String> out = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            for (TextNode text : e.textNodes()) {
                if (HAN.matcher(text.text()).find() && !inChinese(e)) {
                    out.add(page + ": Chinese text not marked lang=zh: '" + abbreviate(text.text()) + "' in <" + e.tagName() + " class=" + e.className() + ">");
                }
            }
        }
        return out;
    }

    private static boolean inChinese(Element e) {
        for (Element at = e; at != null; at = at.parent()) {
            if (at.hasAttr("lang")) {
                return at.attr("lang").startsWith("zh");
            }
        }
        return false;
    }

    /** A title or name shown twice in one heading or title line ("國際問題研究 國際問題研究"), or a title line repeating the H1. */
    static List<String> chineseTwice(String page, Document doc) {
        List<String> out = new ArrayList<>();
        for (Element e : doc.select("h1, h2, h3, .article-title-zh, .toc-title")) {
            String text = e.text().strip();
            int half = text.length() / 2;
            if (text.length() > 2 && text.length() % 2 == 1 && text.charAt(half) == ' '
                    && text.substring(0, half).equals(text.substring(half + 1))) {
                out.add(page + ": shown twice: " + text);
            }
        }
        Element h1 = doc.selectFirst("h1");
        Element zhLine = doc.selectFirst(".article-title-zh");
        if (h1 != null && zhLine != null && h1.text().strip().equals(zhLine.text().strip())) {
            out.add(page + ": the title line repeats the heading: " + h1.text());
        }
        return out;
    }

    /** Links from any page to an English article or issue page that has neither an English title nor an English abstract. */
    static List<String> linksToEnglishPagesWithoutEnglish(String edition, String page, Document doc) {
        List<String> out = new ArrayList<>();
        Path dir = Path.of(page).getParent();
        for (Element link : doc.select("a[href]")) {
            String href = link.attr("href").replaceAll("#.*$", "");
            if (href.isEmpty() || href.contains(":")) {
                continue;
            }
            Path target = (dir == null ? Path.of(href) : dir.resolve(href)).normalize();
            String site = target.toString().replace('\\', '/');
            if (ENGLISH_ARTICLE.matcher(site).matches() && !hasEnglish(parse(edition, site))) {
                out.add(page + ": links to " + site + ", which has no English title or abstract");
            }
        }
        return out;
    }

    private static boolean hasEnglish(Document doc) {
        Element title = doc.selectFirst("h1 [lang], h1");
        Element summary = doc.selectFirst(".meta-abstract dd");
        return title != null && !inChinese(title) || summary != null && !inChinese(summary);
    }

    private static Document parse(String edition, String page) {
        try {
            return Jsoup.parse(Files.readString(Editions.root(edition).resolve(page)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 160 ? one.substring(0, 160) + "…" : one;
    }

    @Test
    void theChecksSeeWhatTheyLookFor() {
        Document doc = Jsoup.parse("<html lang=en><body><section><h2>About the authors</h2> </section>"
                + "<h1><span lang=zh-Hans>国际</span> <span lang=zh-Hans>国际</span></h1><p>中文</p><p>1 articles</p><p lang=zh-Hans>一。<sup class=note-ref>1</sup> 二</p></body></html>");
        assertThat(emptyHeadingsAndSections("p", doc)).hasSize(1);
        assertThat(chineseTwice("p", doc)).hasSize(1);
        assertThat(unmarkedChinese("p", doc)).hasSize(1);
        assertThat(wrongPlurals("p", doc)).hasSize(1);
        assertThat(unevenNoteNumbers("p", doc)).hasSize(1);
    }
}
