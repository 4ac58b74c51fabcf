package org.qikan.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.qikan.content.MarkdownSource;
import org.qikan.diag.Diagnostics;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Finishes rendered body HTML with Jsoup, only where the body needs it (pretty-printing off, so
 * output is what flexmark wrote elsewhere): wraps tables so that they scroll on a phone (an empty header cell, such as
 * a table's corner, made a data cell), marks links to other hosts (and those whose text is their address), and checks that images and linked files are inside the content folder.
 */
final class BodyPostProcessor {
    // Jsoup parses a query string on every select: parsed once here.
    private static final Evaluator TABLES = QueryParser.parse("table");
    private static final Evaluator CAPTION = QueryParser.parse("> caption");
    private static final Evaluator HEADER_CELLS = QueryParser.parse("th");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator NOTE_REFS = QueryParser.parse("sup.note-ref");
    private static final Evaluator IMAGES = QueryParser.parse("img[src]");
    private static final Pattern HAS_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    String process(String html, MarkdownSource source, LocalFiles files, Diagnostics problems) {
        if (!touches(html)) {
            return html;
        }
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.outputSettings().prettyPrint(false);
        return process(fragment, source, files, problems);
    }

    /** Whether {@link #process} would parse {@code html} at all (it has a table, an image or a link); if not, it is kept as it is. */
    static boolean touches(String html) {
        return html.contains("<table") || html.contains("<img") || html.contains("href=");
    }

    /** {@link #process(String, MarkdownSource, LocalFiles, Diagnostics)} of a fragment already parsed (and changed in place). */
    String process(Document fragment, MarkdownSource source, LocalFiles files, Diagnostics problems) {
        for (Element table : fragment.select(TABLES)) {
            Element caption = table.selectFirst(CAPTION);
            if (caption != null && table.child(0) != caption) {
                table.prependChild(caption); // flexmark writes a table's caption last; HTML wants it first
            }
            for (Element cell : table.select(HEADER_CELLS)) {
                if (cell.childrenSize() == 0 && cell.text().isBlank()) {
                    cell.tagName("td"); // an empty corner heads nothing: a header cell with no text is one a screen reader cannot name
                }
            }
            table.wrap("<div class=\"table-scroll\" tabindex=\"0\"></div>");
        }
        for (Element link : fragment.select(LINKS)) {
            String href = link.attr("href");
            if (href.startsWith("http://") || href.startsWith("https://")) {
                link.addClass("external");
                if (link.text().strip().equals(href)) {
                    link.addClass("bare-url"); // its text is its address: print stylesheets print it once
                }
            } else if (!href.startsWith("#") && !HAS_SCHEME.matcher(href).matches()) {
                checkLocal(href, "link", source, files, problems);
            }
        }
        for (Element ref : fragment.select(NOTE_REFS)) {
            closeUpAfter(ref);
        }
        for (Element image : fragment.select(IMAGES)) {
            String src = image.attr("src");
            if (HAS_SCHEME.matcher(src).matches() || src.startsWith("//")) {
                problems.error(source.file(), lineOf(source, src), "image '" + src + "' is on another host",
                        "the edition must work offline and request nothing from other hosts: put the image file beside the article and link it by its name");
            } else {
                checkLocal(src, "image", source, files, problems);
            }
            if (!image.hasAttr("loading")) {
                image.attr("loading", "lazy");
            }
        }
        return fragment.body().html();
    }

    /**
     * Drops the space a source may have after a note reference before Chinese text ("。[31] 这在"), so
     * that every note number sits the same way against the text after it ("。[34]2023" has none);
     * the stylesheet gives the reference its own small margin.
     */
    private static void closeUpAfter(Element ref) {
        if (ref.nextSibling() instanceof org.jsoup.nodes.TextNode text) {
            String after = text.getWholeText();
            String stripped = after.stripLeading();
            if (stripped.length() < after.length() && !stripped.isEmpty()
                    && Character.UnicodeScript.of(stripped.codePointAt(0)) == Character.UnicodeScript.HAN) {
                text.text(stripped);
            }
        }
    }

    /** The file line on which {@code reference} is first written, or 0 where it cannot be found. */
    private static int lineOf(MarkdownSource source, String reference) {
        return BodyLines.lineOf(source, reference);
    }

    private static void checkLocal(String reference, String what, MarkdownSource source, LocalFiles files, Diagnostics problems) {
        String path = reference.replaceAll("[#?].*$", "");
        if (path.isEmpty() || path.endsWith(".html")) {
            return;
        }
        if (path.startsWith("/")) {
            problems.error(source.file(), lineOf(source, reference), what + " '" + reference + "' is an absolute path",
                    "write it relative to the article's folder, such as figure-1.png, so the site works under any sub-path");
            return;
        }
        switch (files.check(source.file(), URLDecoder.decode(path, StandardCharsets.UTF_8))) {
            case OUTSIDE -> problems.error(source.file(), lineOf(source, reference), what + " '" + reference + "' is outside the content folder",
                    "copy the file into the content folder and refer to it from there");
            case MISSING -> problems.error(source.file(), lineOf(source, reference), what + " '" + reference + "' does not exist",
                    "put the file beside the article or correct the name");
            default -> { }
        }
    }
}
