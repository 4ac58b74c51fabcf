package org.qikan.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.qikan.content.MarkdownSource;
import org.qikan.diag.Diagnostics;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes the HTML of a rendered body safe: raw HTML written in a Markdown source keeps only what
 * scholarly text needs ({@link #SCHOLARLY}: tables, sup/sub, ruby, lang/dir, images inside the site);
 * everything else (scripts, event attributes, styles, frames, forms, embedded objects) is removed,
 * and each removal is reported as a warning at its line. Independently of that, a link or image whose
 * scheme is not allowed ({@link LinkSchemes}) is an error at its line, even where the site opted in
 * to raw HTML ({@code raw_html: true} in site.yaml), so no {@code javascript:} URL ever reaches a page.
 */
final class HtmlSanitizer {
    /** Attributes whose value is a URL a browser follows or loads. */
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "formaction", "poster", "data",
            "cite", "background", "xlink:href", "lowsrc", "longdesc", "ping", "codebase", "manifest", "icon", "srcset",
            "imagesrcset");

    static final Safelist SCHOLARLY = scholarly();

    private final boolean rawHtml;

    HtmlSanitizer(boolean rawHtml) {
        this.rawHtml = rawHtml;
    }

    private static Safelist scholarly() {
        return new Safelist()
                .addTags("a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup",
                        "dd", "del", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
                        "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rb", "rp", "rt", "rtc",
                        "ruby", "s", "samp", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
                        "thead", "time", "tr", "u", "ul", "var", "wbr")
                .addAttributes(":all", "id", "class", "lang", "dir", "title", "role", "aria-label", "aria-labelledby",
                        "aria-describedby", "aria-hidden", "tabindex")
                .addAttributes("a", "href", "hreflang", "rel")
                .addAttributes("img", "src", "alt", "width", "height", "loading")
                .addAttributes("blockquote", "cite")
                .addAttributes("q", "cite")
                .addAttributes("del", "cite", "datetime")
                .addAttributes("ins", "cite", "datetime")
                .addAttributes("time", "datetime")
                .addAttributes("ol", "start", "type", "reversed")
                .addAttributes("li", "value")
                .addAttributes("col", "span")
                .addAttributes("colgroup", "span")
                .addAttributes("td", "colspan", "rowspan", "headers", "align")
                .addAttributes("th", "colspan", "rowspan", "headers", "scope", "align")
                .addAttributes("abbr", "title");
    }

    /**
     * The body HTML made safe. {@code hasRawHtml} says whether the Markdown had raw HTML at all; without
     * it, only the link schemes are checked (flexmark escapes everything else).
     */
    String clean(String html, boolean hasRawHtml, MarkdownSource source, Diagnostics problems) {
        if (!hasRawHtml && !html.contains("href=") && !html.contains("src=")) {
            return html;
        }
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.outputSettings().prettyPrint(false);
        boolean removed = removeForbiddenSchemes(fragment, source, problems);
        if (!hasRawHtml || rawHtml) {
            return removed ? fragment.body().html() : html;
        }
        Set<String> reported = new LinkedHashSet<>();
        for (Element element : fragment.body().getAllElements()) {
            if (element == fragment.body()) {
                continue;
            }
            String tag = element.normalName();
            if (!SCHOLARLY.isSafeTag(tag)) {
                report(reported, source, problems, "<" + tag, "raw HTML element <" + tag + "> removed");
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                if (!SCHOLARLY.isSafeAttribute(tag, element, attribute)) {
                    report(reported, source, problems, attribute.getKey(),
                            "raw HTML attribute '" + attribute.getKey() + "' removed from <" + tag + ">");
                }
            }
        }
        Document clean = new Cleaner(SCHOLARLY).clean(fragment);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    private static void report(Set<String> reported, MarkdownSource source, Diagnostics problems, String needle, String message) {
        int line = BodyLines.lineOf(source, needle);
        if (reported.add(line + message)) {
            problems.warning(source.file(), line, message,
                    "raw HTML is limited to what scholarly text needs (see docs/content-format.md); write it in Markdown, "
                            + "or set raw_html: true in site.yaml if every source is trusted");
        }
    }

    /** Reports each reference with a forbidden scheme as an error and removes its attribute; whether any was. */
    static boolean removeForbiddenSchemes(Document fragment, MarkdownSource source, Diagnostics problems) {
        boolean removed = false;
        for (Element element : fragment.body().getAllElements()) {
            for (Attribute attribute : List.copyOf(element.attributes().asList())) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (!URL_ATTRIBUTES.contains(name)) {
                    continue;
                }
                for (String reference : name.endsWith("srcset") ? srcsetUrls(attribute.getValue()) : List.of(attribute.getValue())) {
                    java.util.Optional<String> scheme = LinkSchemes.forbiddenScheme(reference);
                    if (scheme.isPresent()) {
                        problems.error(source.file(), lineOfScheme(source, reference),
                                "link '" + shorten(reference) + "' uses the scheme '" + scheme.get() + ":'",
                                "only http:, https:, mailto:, relative paths and #fragments may be linked; remove the link or point it at a page");
                        element.removeAttr(attribute.getKey());
                        removed = true;
                        break;
                    }
                }
            }
        }
        return removed;
    }

    /** The line of a reference as written: the whole of it, or what follows its scheme (entities may hide the scheme). */
    private static int lineOfScheme(MarkdownSource source, String reference) {
        int line = BodyLines.lineOf(source, reference.strip());
        String afterScheme = reference.substring(reference.indexOf(':') + 1).strip();
        return line != 0 || afterScheme.isEmpty() ? line : BodyLines.lineOf(source, afterScheme);
    }

    static List<String> srcsetUrls(String srcset) {
        return java.util.Arrays.stream(srcset.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.split("\\s+")[0])
                .toList();
    }

    private static String shorten(String reference) {
        return reference.length() <= 60 ? reference : reference.substring(0, 57) + "…";
    }
}
