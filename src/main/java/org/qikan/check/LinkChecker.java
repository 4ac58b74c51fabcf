package org.qikan.check;

import org.jsoup.Jsoup;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
    /** The site's files and folders as one walk found them, so that a reference is looked up, not asked of the disk. */
    private final Set<Path> files = new HashSet<>();
    private final Set<Path> folders = new HashSet<>();
    /**
     * What the references of a page in one of the last few folders come to (pages come in path order, a folder's
     * together, its subfolders' among them). Keyed by the reference object: the scans give one object for equal
     * references, so each distinct reference is resolved once per folder (an equal one read apart, once more).
     */
    private final Map<Path, Map<PageReferences.Reference, Outcome>> outcomes = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Map<PageReferences.Reference, Outcome>> eldest) {
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
            PageLinks links = linksOf(page);
            Map<PageReferences.Reference, Outcome> known = outcomes.computeIfAbsent(page.getParent(), dir -> new IdentityHashMap<>());
            for (PageReferences.Reference reference : links.references()) {
                Outcome outcome = known.get(reference);
                if (outcome == null) {
                    outcome = outcome(page.getParent(), reference);
                    known.put(reference, outcome);
                }
                String reason = outcome.reason() != null ? outcome.reason() : outcome.missingOn(links);
                if (reason != null) {
                    problems.add(new LinkProblem(pageName(page), reference.value().strip(), reason));
                }
            }
        }
        return problems;
    }

    /** The site's pages in path order; notes every file and folder on the way. */
    private List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                folders.add(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    files.add(file);
                } else if (attributes.isDirectory()) {
                    folders.add(file);
                }
                if (file.toString().endsWith(".html")) {
                    pages.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        pages.sort(null);
        return pages;
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

    /**
     * What a reference from a page in {@code dir} comes to: the problem ({@code reason}; null: none), or, for a
     * fragment of the page itself, the id ({@code ownFragment}) the page must have.
     */
    private record Outcome(String reason, String ownFragment) {
        static final Outcome FINE = new Outcome(null, null);

        /** The problem of the fragment on the page whose links are {@code page}, if any. */
        String missingOn(PageLinks page) {
            return ownFragment == null || page.hasId(ownFragment) ? null : noElement(ownFragment);
        }
    }

    private static String noElement(String fragment) {
        return "no element with id '" + fragment + "'";
    }

    private Outcome outcome(Path dir, PageReferences.Reference found) throws IOException {
        String reference = found.value().strip();
        if (reference.startsWith("//") || reference.startsWith("\\\\") || HAS_SCHEME.matcher(reference).matches()) {
            boolean local = reference.regionMatches(true, 0, "data:", 0, 5);
            return found.loads() && !local ? new Outcome("loads a resource from another host", null) : Outcome.FINE;
        }
        if (reference.startsWith("/")) {
            return new Outcome("absolute path: breaks from file:// and under a sub-path", null);
        }
        String withoutQuery = reference.indexOf('?') < 0 ? reference : reference.replaceAll("\\?[^#]*", "");
        int hash = withoutQuery.indexOf('#');
        String path = hash < 0 ? withoutQuery : withoutQuery.substring(0, hash);
        String fragment = hash < 0 ? null : URLDecoder.decode(withoutQuery.substring(hash + 1), StandardCharsets.UTF_8);
        boolean checksFragment = fragment != null && !fragment.isEmpty();
        if (path.isEmpty()) {
            return checksFragment ? new Outcome(null, fragment) : Outcome.FINE;
        }
        Path target = dir.resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        if (!target.startsWith(root)) {
            return new Outcome("points outside the site", null);
        } else if (isFolder(target)) {
            return new Outcome("points at a folder: link index.html so that it works from file://", null);
        } else if (!isFile(target)) {
            return new Outcome("no such file", null);
        }
        if (checksFragment && target.toString().endsWith(".html") && !targetOf(target).hasId(fragment)) {
            return new Outcome(noElement(fragment), null);
        }
        return Outcome.FINE;
    }

    /** Whether {@code path} is a folder (following links, which the walk did not). */
    private boolean isFolder(Path path) {
        return folders.contains(path) || (!files.contains(path) && Files.isDirectory(path));
    }

    /** Whether {@code path} is a file (following links, which the walk did not). */
    private boolean isFile(Path path) {
        return files.contains(path) || (!folders.contains(path) && Files.isRegularFile(path));
    }

    private String pageName(Path page) {
        return root.relativize(page).toString().replace('\\', '/');
    }
}
