package org.qikan.check;

import org.jsoup.Jsoup;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final ScannedPages scanned;
    private final Map<Path, PageLinks> parsed = new HashMap<>();
    /** References resolved from the folders of the last few pages (pages come in path order, a folder's together). */
    private final Map<Path, Map<PageReferences.Reference, Resolved>> resolved = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Map<PageReferences.Reference, Resolved>> eldest) {
            return size() > 8;
        }
    };

    private LinkChecker(Path siteRoot, ScannedPages scanned) {
        this.root = siteRoot.toAbsolutePath().normalize();
        this.scanned = scanned;
    }

    /** Every problem in the site at {@code siteRoot}, by page then reference, in a stable order. */
    public static List<LinkProblem> check(Path siteRoot) throws IOException {
        return new LinkChecker(siteRoot, new ScannedPages()).checkAll();
    }

    /** The same, reading the pages {@code scanned} holds from it instead of parsing them again. */
    static List<LinkProblem> check(Path siteRoot, ScannedPages scanned) throws IOException {
        return new LinkChecker(siteRoot, scanned).checkAll();
    }

    private List<LinkProblem> checkAll() throws IOException {
        List<LinkProblem> problems = new ArrayList<>();
        for (Path page : pages()) {
            for (PageReferences.Reference reference : linksOf(page).references()) {
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

    /** The page's references and ids: as the build scanned them, else parsed from the file (its ids kept as a target). */
    private PageLinks linksOf(Path page) throws IOException {
        PageLinks links = scanned.get(root.relativize(page).toString().replace('\\', '/'));
        if (links == null) {
            links = PageLinks.of(Jsoup.parse(page.toFile(), "UTF-8"));
            parsed.put(page, links.idsOnly());
        }
        return links;
    }

    /** The ids of a page a fragment points into, parsed from the file once if the build did not scan it. */
    private PageLinks targetOf(Path page) throws IOException {
        PageLinks links = scanned.get(root.relativize(page).toString().replace('\\', '/'));
        if (links == null) {
            links = parsed.get(page);
        }
        if (links == null) {
            links = PageLinks.of(Jsoup.parse(page.toFile(), "UTF-8")).idsOnly();
            parsed.put(page, links);
        }
        return links;
    }

    private void checkReference(Path page, PageReferences.Reference found, List<LinkProblem> problems) throws IOException {
        // pages of one folder share most references (assets, the archive, other articles): each is resolved once
        Resolved resolved = this.resolved.computeIfAbsent(page.getParent(), dir -> new HashMap<>()).get(found);
        if (resolved == null) {
            resolved = resolve(page.getParent(), found);
            this.resolved.get(page.getParent()).put(found, resolved);
        }
        String reference = found.value().strip();
        if (resolved.reason() != null) {
            problems.add(new LinkProblem(pageName(page), reference, resolved.reason()));
            return;
        }
        Path target = resolved.target() == null ? page : resolved.target();
        String fragment = resolved.fragment();
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                && !targetOf(target).hasId(fragment)) {
            problems.add(new LinkProblem(pageName(page), reference, "no element with id '" + fragment + "'"));
        }
    }

    /**
     * What a reference from a page in {@code dir} comes to: a problem ({@code reason}), or the file it points at
     * ({@code target}; null: the page itself, or another host's) and the fragment to look for there.
     */
    private record Resolved(String reason, Path target, String fragment) {
    }

    private Resolved resolve(Path dir, PageReferences.Reference found) {
        String reference = found.value().strip();
        if (reference.startsWith("//") || reference.startsWith("\\\\") || HAS_SCHEME.matcher(reference).matches()) {
            boolean local = reference.regionMatches(true, 0, "data:", 0, 5);
            return new Resolved(found.loads() && !local ? "loads a resource from another host" : null, null, null);
        }
        if (reference.startsWith("/")) {
            return new Resolved("absolute path: breaks from file:// and under a sub-path", null, null);
        }
        String withoutQuery = reference.indexOf('?') < 0 ? reference : reference.replaceAll("\\?[^#]*", "");
        int hash = withoutQuery.indexOf('#');
        String path = hash < 0 ? withoutQuery : withoutQuery.substring(0, hash);
        String fragment = hash < 0 ? null : URLDecoder.decode(withoutQuery.substring(hash + 1), StandardCharsets.UTF_8);
        if (path.isEmpty()) {
            return new Resolved(null, null, fragment);
        }
        Path target = dir.resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        if (!target.startsWith(root)) {
            return new Resolved("points outside the site", null, null);
        } else if (Files.isDirectory(target)) {
            return new Resolved("points at a folder: link index.html so that it works from file://", null, null);
        } else if (!Files.isRegularFile(target)) {
            return new Resolved("no such file", null, null);
        }
        return new Resolved(null, target, fragment);
    }

    private String pageName(Path page) {
        return root.relativize(page).toString().replace('\\', '/');
    }
}
