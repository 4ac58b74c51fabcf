package org.qikan.check;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the check stage needs of one page: the references it makes ({@link PageReferences}, in document
 * order) and the ids a {@code #fragment} may name ({@code id} of any element, {@code name} of an
 * {@code <a>}). Read from the HTML the build writes with {@link #scan}, in one pass over the text (no
 * document tree), or from a parsed page with {@link #of(Document)}; for qikan's pages both give the same.
 */
final class PageLinks {
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
            "noembed", "noframes");

    private final List<PageReferences.Reference> references;
    private final String[] ids;

    private PageLinks(List<PageReferences.Reference> references, Set<String> ids) {
        this.references = List.copyOf(references);
        this.ids = ids.toArray(String[]::new);
        Arrays.sort(this.ids);
    }

    private PageLinks(String[] ids) {
        this.references = List.of();
        this.ids = ids;
    }

    /** A page's references and ids as {@link ScanFile} kept them. */
    static PageLinks of(List<PageReferences.Reference> references, String[] ids) {
        String[] sorted = ids.clone();
        Arrays.sort(sorted);
        return new PageLinks(references, sorted);
    }

    private PageLinks(List<PageReferences.Reference> references, String[] sortedIds) {
        this.references = List.copyOf(references);
        this.ids = sortedIds;
    }

    /** The same ids without the references (for a page already checked, kept as a fragment's target). */
    PageLinks idsOnly() {
        return new PageLinks(ids);
    }

    List<PageReferences.Reference> references() {
        return references;
    }

    boolean hasId(String id) {
        return Arrays.binarySearch(ids, id) >= 0;
    }

    /** The ids, sorted. */
    List<String> ids() {
        return List.of(ids);
    }

    /** The references and ids of a parsed page. */
    static PageLinks of(Document document) {
        List<PageReferences.Reference> references = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            references.addAll(PageReferences.of(element));
        }
        Set<String> ids = new HashSet<>();
        document.select("[id]").forEach(e -> ids.add(e.id()));
        document.select("a[name]").forEach(e -> ids.add(e.attr("name")));
        return new PageLinks(references, ids);
    }

    /**
     * The references and ids of a page's HTML, read in one pass: comments and end tags skipped, the
     * content of {@code script}, {@code style}, {@code textarea}, {@code title}, {@code iframe} (and the
     * other raw-text elements) taken as text (a style sheet's {@code url()} and {@code @import} still
     * read), the first of a repeated attribute kept, character references in attribute values decoded,
     * as an HTML parser does. {@code shared} gives one instance for equal values (many pages make the
     * same references), so that the pages of a large archive take little memory.
     */
    static PageLinks scan(String html, Map<Object, Object> shared) {
        return new Scanner(html, shared).run();
    }

    private static final class Scanner {
        private final String html;
        private final int end;
        private final Map<Object, Object> shared;
        private int at;
        private final List<PageReferences.Reference> references = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();

        Scanner(String html, Map<Object, Object> shared) {
            this.html = html;
            this.end = html.length();
            this.shared = shared;
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

        @SuppressWarnings("unchecked")
        private <T> T shared(T value) {
            Object known = shared.putIfAbsent(value, value);
            return known == null ? value : (T) known;
        }

        private void tag() {
            int nameStart = at;
            while (at < end && !isSpace(html.charAt(at)) && html.charAt(at) != '>' && html.charAt(at) != '/') {
                at++;
            }
            String tag = html.substring(nameStart, at).toLowerCase(Locale.ROOT);
            List<Map.Entry<String, String>> attributes = new ArrayList<>();
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
                at++; // a name may start with '='
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
                if (seen.add(attribute)) {
                    attributes.add(Map.entry(attribute, value)); // a repeated attribute: the first one counts
                }
            }
            String styleSheet = null;
            if (RAW_TEXT.contains(tag)) {
                int close = closingTag(tag);
                if (tag.equals("style")) {
                    styleSheet = html.substring(at, close);
                }
                at = close;
            } else if (tag.equals("plaintext")) {
                at = end;
            }
            for (Map.Entry<String, String> attribute : attributes) {
                if (attribute.getKey().equals("id") || (attribute.getKey().equals("name") && tag.equals("a"))) {
                    ids.add(shared(attribute.getValue()));
                }
            }
            for (PageReferences.Reference reference : PageReferences.of(tag, attributes, styleSheet)) {
                references.add(shared(reference));
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
