package org.qikan.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
    private final Map<String, PageLinks> known;
    private final Map<Path, Set<String>> idsByPage = new HashMap<>();
    private final Map<Path, Kind> kinds = new HashMap<>();

    private enum Kind { FILE, FOLDER, NONE }

    private LinkChecker(Path siteRoot, Map<String, PageLinks> known) {
        this.root = siteRoot.toAbsolutePath().normalize();
        this.known = known;
    }

    /** Every problem in the site at {@code siteRoot}, by page then reference, in a stable order. Reads every page. */
    public static List<LinkProblem> check(Path siteRoot) throws IOException {
        return check(siteRoot, Map.of());
    }

    /**
     * Every problem in the site at {@code siteRoot}, as {@link #check(Path)} finds them, with the
     * references and ids of the pages in {@code known} (by site-relative path, '/' separators) taken
     * from there instead of reading those pages again: the build passes what it rendered. Other pages
     * (HTML copied from the content folder) are read.
     */
    public static List<LinkProblem> check(Path siteRoot, Map<String, PageLinks> known) throws IOException {
        return new LinkChecker(siteRoot, known).checkAll();
    }

    private List<LinkProblem> checkAll() throws IOException {
        List<LinkProblem> problems = new ArrayList<>();
        for (Path page : pages()) {
            for (PageLinks.Reference reference : linksOf(page).references()) {
                checkReference(page, reference, problems);
            }
        }
        return problems;
    }

    private List<Path> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private PageLinks linksOf(Path page) throws IOException {
        PageLinks links = known.get(name(page));
        if (links == null) {
            Document document = Jsoup.parse(page.toFile(), "UTF-8");
            links = PageLinks.of(document);
        }
        idsByPage.putIfAbsent(page, links.ids());
        return links;
    }

    private String name(Path page) {
        return root.relativize(page).toString().replace('\\', '/');
    }

    private void checkReference(Path page, PageLinks.Reference element, List<LinkProblem> problems) throws IOException {
        String reference = element.value();
        String pageName = name(page);
        if (reference.startsWith("//") || HAS_SCHEME.matcher(reference).matches()) {
            boolean loads = !element.tag().equals("a") && !element.tag().equals("form")
                    && !(element.tag().equals("link") && isNavigationLink(element.rel()));
            if (loads && (reference.startsWith("//") || reference.startsWith("http"))) {
                problems.add(new LinkProblem(pageName, reference, "loads a resource from another host"));
            }
            return;
        }
        if (reference.startsWith("/")) {
            problems.add(new LinkProblem(pageName, reference, "absolute path: breaks from file:// and under a sub-path"));
            return;
        }
        String withoutQuery = reference.indexOf('?') < 0 ? reference : reference.replaceAll("\\?[^#]*", "");
        int hash = withoutQuery.indexOf('#');
        String path = hash < 0 ? withoutQuery : withoutQuery.substring(0, hash);
        String fragment = hash < 0 ? null : decode(withoutQuery.substring(hash + 1));
        Path target = path.isEmpty() ? page : page.getParent().resolve(decode(path)).normalize();
        Kind kind = target.startsWith(root) ? kindOf(target) : null;
        if (kind == null) {
            problems.add(new LinkProblem(pageName, reference, "points outside the site"));
        } else if (kind == Kind.FOLDER) {
            problems.add(new LinkProblem(pageName, reference, "points at a folder: link index.html so that it works from file://"));
        } else if (kind == Kind.NONE) {
            problems.add(new LinkProblem(pageName, reference, "no such file"));
        } else if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                && !idsOf(target).contains(fragment)) {
            problems.add(new LinkProblem(pageName, reference, "no element with id '" + fragment + "'"));
        }
    }

    private static String decode(String text) {
        return text.indexOf('%') < 0 && text.indexOf('+') < 0 ? text : URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** Whether {@code target} is a file, a folder or nothing, asked of the file system once per path. */
    private Kind kindOf(Path target) {
        return kinds.computeIfAbsent(target, t -> known.containsKey(name(t)) ? Kind.FILE
                : Files.isDirectory(t) ? Kind.FOLDER : Files.isRegularFile(t) ? Kind.FILE : Kind.NONE);
    }

    private static boolean isNavigationLink(String rel) {
        return rel.contains("alternate") || rel.contains("canonical");
    }

    private Set<String> idsOf(Path page) throws IOException {
        Set<String> ids = idsByPage.get(page);
        if (ids == null) {
            ids = linksOf(page).ids();
        }
        return ids;
    }
}
