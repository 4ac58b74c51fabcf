package org.qikan.check;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the check stage needs of one page: the references it makes (links, assets, form targets, in
 * document order) and the ids a {@code #fragment} may name. Read from the HTML qikan itself rendered
 * with {@link #scan} (a single pass over the text, no document tree), or from any page with
 * {@link #of(Document)}.
 */
public record PageLinks(List<Reference> references, Set<String> ids) {
    /** The elements and attributes checked: a[href], link[href], img[src], script[src], source[src], iframe[src], form[action]. */
    static final String SELECTOR = "a[href], link[href], img[src], script[src], source[src], iframe[src], form[action]";

    public PageLinks {
        references = List.copyOf(references);
        ids = Set.copyOf(ids);
    }

    /**
     * One reference: the element's tag, the value of the attribute that makes the reference
     * ({@code href}, else {@code src}, else {@code action}), and the element's {@code rel}.
     */
    public record Reference(String tag, String value, String rel) {
    }

    /** The references and ids of a parsed page, as the checker always read them. */
    public static PageLinks of(Document document) {
        List<Reference> references = new ArrayList<>();
        for (Element element : document.select(SELECTOR)) {
            String attribute = element.hasAttr("href") ? "href" : element.hasAttr("src") ? "src" : "action";
            references.add(new Reference(element.tagName(), element.attr(attribute), element.attr("rel")));
        }
        Set<String> ids = new HashSet<>();
        document.select("[id]").forEach(e -> ids.add(e.id()));
        document.select("a[name]").forEach(e -> ids.add(e.attr("name")));
        return new PageLinks(references, ids);
    }

    /**
     * The references and ids of HTML as qikan's templates and Markdown renderer write it: tags and
     * attributes read in one pass over the text, comments skipped, the content of {@code script},
     * {@code style}, {@code textarea} and {@code title} taken as text, character references in
     * attribute values decoded. Gives what {@link #of(Document)} gives for such pages.
     */
    public static PageLinks scan(String html) {
        return new Scanner(html).run();
    }

    private static final class Scanner {
        private final String html;
        private final int end;
        private int at;
        private final List<Reference> references = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();

        Scanner(String html) {
            this.html = html;
            this.end = html.length();
        }

        PageLinks run() {
            while (true) {
                int lt = html.indexOf('<', at);
                if (lt < 0 || lt + 1 >= end) {
                    break;
                }
                at = lt + 1;
                char c = html.charAt(at);
                if (html.startsWith("!--", at)) {
                    int close = html.indexOf("-->", at + 3);
                    at = close < 0 ? end : close + 3;
                } else if (c == '!' || c == '?' || c == '/') {
                    int close = html.indexOf('>', at);
                    at = close < 0 ? end : close + 1;
                } else if (isLetter(c)) {
                    tag();
                }
            }
            return new PageLinks(references, ids);
        }

        private void tag() {
            int nameStart = at;
            while (at < end && !isSpace(html.charAt(at)) && html.charAt(at) != '>' && html.charAt(at) != '/') {
                at++;
            }
            String tag = html.substring(nameStart, at).toLowerCase(Locale.ROOT);
            String href = null;
            String src = null;
            String action = null;
            String rel = null;
            String id = null;
            String name = null;
            Set<String> seen = new HashSet<>();
            while (at < end) {
                char c = html.charAt(at);
                if (c == '>') {
                    at++;
                    break;
                }
                if (isSpace(c) || c == '/') {
                    at++;
                    continue;
                }
                int attrStart = at;
                while (at < end && !isSpace(html.charAt(at)) && "=>/".indexOf(html.charAt(at)) < 0) {
                    at++;
                }
                String attribute = html.substring(attrStart, at).toLowerCase(Locale.ROOT);
                while (at < end && isSpace(html.charAt(at))) {
                    at++;
                }
                String value = "";
                if (at < end && html.charAt(at) == '=') {
                    at++;
                    while (at < end && isSpace(html.charAt(at))) {
                        at++;
                    }
                    value = value();
                }
                if (!seen.add(attribute)) {
                    continue; // a repeated attribute: the first one counts, as in a browser
                }
                switch (attribute) {
                    case "href" -> href = value;
                    case "src" -> src = value;
                    case "action" -> action = value;
                    case "rel" -> rel = value;
                    case "id" -> id = value;
                    case "name" -> name = value;
                    default -> { }
                }
            }
            if (id != null) {
                ids.add(id);
            }
            if (name != null && tag.equals("a")) {
                ids.add(name);
            }
            boolean checked = switch (tag) {
                case "a", "link" -> href != null;
                case "img", "script", "source", "iframe" -> src != null;
                case "form" -> action != null;
                default -> false;
            };
            if (checked) {
                String value = href != null ? href : src != null ? src : action;
                references.add(new Reference(tag, value, rel == null ? "" : rel));
            }
            if (tag.equals("script") || tag.equals("style") || tag.equals("textarea") || tag.equals("title")) {
                at = closingTag(tag);
            }
        }

        /** Where {@code </tag} starts, in any letter case, or the end of the text. */
        private int closingTag(String tag) {
            for (int i = html.indexOf("</", at); i >= 0; i = html.indexOf("</", i + 2)) {
                if (html.regionMatches(true, i + 2, tag, 0, tag.length())) {
                    return i;
                }
            }
            return end;
        }

        private String value() {
            if (at >= end) {
                return "";
            }
            char quote = html.charAt(at);
            int start;
            int stop;
            if (quote == '"' || quote == '\'') {
                start = at + 1;
                stop = html.indexOf(quote, start);
                stop = stop < 0 ? end : stop;
                at = Math.min(end, stop + 1);
            } else {
                start = at;
                while (at < end && !isSpace(html.charAt(at)) && html.charAt(at) != '>') {
                    at++;
                }
                stop = at;
            }
            String raw = html.substring(start, stop);
            return raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
        }

        private static boolean isLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
        }
    }
}
