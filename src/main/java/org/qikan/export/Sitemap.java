package org.qikan.export;

import org.qikan.write.StagingWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code sitemap.xml} (sitemaps.org 0.9 with {@code xhtml:link} hreflang alternates, as search engines read
 * them) and a {@code robots.txt} pointing at it. Both need absolute URLs, so they are written only where
 * the site has a {@code base_url}. The sitemap lists every HTML page of the staged site but the search and
 * 404 pages, in path order; a page with a view in the other language lists both views as alternates.
 */
public final class Sitemap {
    public static final String FILE = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    private static final Set<String> LEFT_OUT = Set.of("search.html", "en/search.html", "404.html");

    private Sitemap() {
    }

    /** @return the number of files written: 2, or 0 without a base URL */
    public static int write(String baseUrl, StagingWriter writer) throws IOException {
        if (baseUrl == null) {
            return 0;
        }
        writer.write(FILE, xml(baseUrl, pages(writer.root())));
        writer.write(ROBOTS, "User-agent: *\nAllow: /\n\nSitemap: " + baseUrl + FILE + "\n");
        return 2;
    }

    static List<String> pages(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !LEFT_OUT.contains(p))
                    .sorted().toList();
        }
    }

    static String xml(String baseUrl, List<String> pages) {
        Set<String> present = Set.copyOf(pages);
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (String page : pages) {
            out.append("  <url>\n    <loc>").append(escape(baseUrl + page)).append("</loc>\n");
            String zh = page.startsWith("en/") ? page.substring(3) : page;
            String en = page.startsWith("en/") ? page : "en/" + page;
            if (present.contains(zh) && present.contains(en)) {
                alternate(out, "zh-Hans", baseUrl + zh);
                alternate(out, "en", baseUrl + en);
                alternate(out, "x-default", baseUrl + zh);
            }
            out.append("  </url>\n");
        }
        return out.append("</urlset>\n").toString();
    }

    private static void alternate(StringBuilder out, String lang, String href) {
        out.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(lang).append("\" href=\"")
                .append(escape(href)).append("\"/>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
