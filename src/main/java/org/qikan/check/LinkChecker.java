package org.qikan.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The check stage: reads every HTML page of a built site and verifies that each internal link,
 * asset and {@code #fragment} resolves to a file (and an element id) inside the site, and that no
 * page loads anything from another host. Links to other hosts that a reader follows (a DOI) are fine.
 */
public final class LinkChecker {
    private static final Pattern HAS_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private final Path root;
    private final Map<Path, Set<String>> idsByPage = new HashMap<>();

    private LinkChecker(Path siteRoot) {
        this.root = siteRoot.toAbsolutePath().normalize();
    }

    /** Every problem in the site at {@code siteRoot}, by page then reference, in a stable order. */
    public static List<LinkProblem> check(Path siteRoot) throws IOException {
        return new LinkChecker(siteRoot).checkAll();
    }

    private List<LinkProblem> checkAll() throws IOException {
        List<LinkProblem> problems = new ArrayList<>();
        for (Path page : pages()) {
            Document document = parse(page);
            for (Element element : document.getAllElements()) {
                for (PageReferences.Reference reference : PageReferences.of(element)) {
                    checkReference(page, reference, problems);
                }
            }
        }
        return problems;
    }

    private List<Path> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private Document parse(Path page) throws IOException {
        Document document = Jsoup.parse(page.toFile(), "UTF-8");
        idsByPage.computeIfAbsent(page, p -> ids(document));
        return document;
    }

    private static Set<String> ids(Document document) {
        Set<String> ids = new HashSet<>();
        document.select("[id]").forEach(e -> ids.add(e.id()));
        document.select("a[name]").forEach(e -> ids.add(e.attr("name")));
        return ids;
    }

    private void checkReference(Path page, PageReferences.Reference found, List<LinkProblem> problems) throws IOException {
        String reference = found.value().strip();
        String pageName = root.relativize(page).toString().replace('\\', '/');
        if (reference.startsWith("//") || reference.startsWith("\\\\") || HAS_SCHEME.matcher(reference).matches()) {
            boolean local = reference.regionMatches(true, 0, "data:", 0, 5);
            if (found.loads() && !local) {
                problems.add(new LinkProblem(pageName, reference, "loads a resource from another host"));
            }
            return;
        }
        if (reference.startsWith("/")) {
            problems.add(new LinkProblem(pageName, reference, "absolute path: breaks from file:// and under a sub-path"));
            return;
        }
        String withoutQuery = reference.replaceAll("\\?[^#]*", "");
        int hash = withoutQuery.indexOf('#');
        String path = hash < 0 ? withoutQuery : withoutQuery.substring(0, hash);
        String fragment = hash < 0 ? null : URLDecoder.decode(withoutQuery.substring(hash + 1), StandardCharsets.UTF_8);
        Path target = path.isEmpty() ? page : page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        if (!target.startsWith(root)) {
            problems.add(new LinkProblem(pageName, reference, "points outside the site"));
        } else if (Files.isDirectory(target)) {
            problems.add(new LinkProblem(pageName, reference, "points at a folder: link index.html so that it works from file://"));
        } else if (!Files.isRegularFile(target)) {
            problems.add(new LinkProblem(pageName, reference, "no such file"));
        } else if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                && !idsOf(target).contains(fragment)) {
            problems.add(new LinkProblem(pageName, reference, "no element with id '" + fragment + "'"));
        }
    }

    private Set<String> idsOf(Path page) throws IOException {
        Set<String> ids = idsByPage.get(page);
        if (ids == null) {
            ids = ids(Jsoup.parse(page.toFile(), "UTF-8"));
            idsByPage.put(page, ids);
        }
        return ids;
    }
}
