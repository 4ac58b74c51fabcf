package org.qikan.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every reference an element of a page makes, and whether the browser loads it by itself (an image, a
 * poster, a style sheet, a CSS {@code url()}, a meta refresh) or only when a reader follows it (a link).
 * Covers every attribute and CSS construct that loads something: {@code src}, {@code srcset},
 * {@code poster}, {@code data}, {@code background}, SVG {@code href}, {@code style} attributes and
 * {@code <style>} sheets ({@code url()}, {@code @import}), {@code <meta http-equiv=refresh>}, and the
 * document inside {@code <iframe srcdoc>}.
 */
final class PageReferences {
    /** A reference as written, and whether the browser loads it without the reader asking. */
    record Reference(String value, boolean loads) {
    }

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_IMPORT = Pattern.compile("@import\\s+(['\"])(.*?)\\1", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFRESH_URL = Pattern.compile("url\\s*=\\s*['\"]?([^'\"]*)", Pattern.CASE_INSENSITIVE);
    private static final List<String> LOADING = List.of("src", "poster", "data", "background", "lowsrc", "xlink:href",
            "codebase", "manifest");

    private PageReferences() {
    }

    static List<Reference> of(Element element) {
        List<Map.Entry<String, String>> attributes = new ArrayList<>();
        for (Attribute attribute : element.attributes()) {
            attributes.add(Map.entry(attribute.getKey(), attribute.getValue()));
        }
        String tag = element.normalName();
        return of(tag, attributes, tag.equals("style") ? element.data() : null);
    }

    /**
     * The references of an element given by its tag (lower case), its attributes (the first of a repeated
     * name only, values decoded) and, for a {@code <style>}, its style sheet: what {@link #of(Element)}
     * gives for the same element, for pages read without a document tree ({@link PageLinks#scan}).
     */
    static List<Reference> of(String tag, List<Map.Entry<String, String>> attributes, String styleSheet) {
        List<Reference> out = new ArrayList<>();
        for (Map.Entry<String, String> attribute : attributes) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            String value = attribute.getValue();
            if (name.equals("href")) {
                boolean followed = tag.equals("a") || tag.equals("area") || tag.equals("base")
                        || (tag.equals("link") && isNavigationLink(attr(attributes, "rel")));
                out.add(new Reference(value, !followed));
            } else if (name.equals("action") || name.equals("formaction")) {
                out.add(new Reference(value, false));
            } else if (LOADING.contains(name) && !(name.equals("data") && !tag.equals("object"))) {
                out.add(new Reference(value, true));
            } else if (name.endsWith("srcset")) {
                for (String candidate : value.split(",")) {
                    String url = candidate.strip().split("\\s+")[0];
                    if (!url.isEmpty()) {
                        out.add(new Reference(url, true));
                    }
                }
            } else if (name.equals("style")) {
                cssReferences(value, out);
            } else if (name.equals("srcdoc")) {
                for (Element inner : Jsoup.parse(value).getAllElements()) {
                    out.addAll(of(inner));
                }
            } else if (name.equals("content") && tag.equals("meta") && attr(attributes, "http-equiv").equalsIgnoreCase("refresh")) {
                Matcher m = REFRESH_URL.matcher(value);
                if (m.find()) {
                    out.add(new Reference(m.group(1).strip(), true));
                }
            }
        }
        if (styleSheet != null) {
            cssReferences(styleSheet, out);
        }
        return out;
    }

    private static String attr(List<Map.Entry<String, String>> attributes, String name) {
        for (Map.Entry<String, String> attribute : attributes) {
            if (attribute.getKey().equalsIgnoreCase(name)) {
                return attribute.getValue();
            }
        }
        return "";
    }

    private static void cssReferences(String css, List<Reference> out) {
        Matcher url = CSS_URL.matcher(css);
        while (url.find()) {
            out.add(new Reference(url.group(2).strip(), true));
        }
        Matcher imported = CSS_IMPORT.matcher(css);
        while (imported.find()) {
            out.add(new Reference(imported.group(2).strip(), true));
        }
    }

    private static boolean isNavigationLink(String rel) {
        return rel.contains("alternate") || rel.contains("canonical");
    }
}
