package org.qikan.site;

import org.qikan.check.PageLinks;
import org.qikan.content.Edition;
import org.qikan.content.Issue;
import org.qikan.content.Journal;
import org.qikan.diag.Diagnostics;
import org.qikan.index.SearchDocument;
import org.qikan.index.SearchDocuments;
import org.qikan.render.PageSink;
import org.qikan.render.RenderedArticle;
import org.qikan.render.SiteRenderer;
import org.qikan.write.StagingWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages of one issue in the staging folder: taken back from the previous output where the cache
 * has an entry under the issue's key and every page still has its recorded hash, else rendered. Either
 * way it hands on what the later stages need and nothing more: the articles as search documents (the
 * rendered bodies are dropped here), each page's links and ids for the check stage, and the
 * problems found. One instance per issue; instances for different issues run at the same time.
 */
final class IssuePages {
    private final Edition edition;
    private final SiteRenderer renderer;
    private final StagingWriter writer;
    private final BuildCache cache;
    private final Path previousOutput;

    /** What one issue contributed to the build. */
    record Outcome(String key, boolean reused, int pagesWritten, int notes, List<SearchDocument> documents,
                   Map<String, PageLinks> links, Diagnostics problems, BuildCache.Entry entry) {
    }

    IssuePages(Edition edition, SiteRenderer renderer, StagingWriter writer, BuildCache cache, Path previousOutput) {
        this.edition = edition;
        this.renderer = renderer;
        this.writer = writer;
        this.cache = cache;
        this.previousOutput = previousOutput;
    }

    Outcome build(Journal journal, Issue issue, String key) throws IOException {
        Optional<BuildCache.Entry> cached = cache.entry(key);
        if (cached.isPresent()) {
            Optional<Outcome> reused = reuse(key, cached.get());
            if (reused.isPresent()) {
                return reused.get();
            }
        }
        return render(journal, issue, key);
    }

    private Outcome render(Journal journal, Issue issue, String key) throws IOException {
        Diagnostics problems = new Diagnostics();
        Map<String, PageLinks> links = new LinkedHashMap<>();
        List<BuildCache.Page> pages = new ArrayList<>();
        PageSink sink = (path, html) -> {
            byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
            writer.writeBytes(path, bytes);
            links.put(path, PageLinks.scan(html));
            pages.add(new BuildCache.Page(path, BuildKeys.sha256Hex(bytes)));
        };
        SiteRenderer.IssueRender rendered = renderer.renderIssue(edition, journal, issue, sink, problems);
        List<SearchDocument> documents = new ArrayList<>();
        for (RenderedArticle article : rendered.articles()) {
            documents.add(SearchDocuments.from(article));
        }
        BuildCache.Entry entry = new BuildCache.Entry(key, pages, rendered.notes(), documents,
                problems.sorted().stream().map(BuildCache.Problem::of).toList());
        return new Outcome(key, false, rendered.pagesWritten(), rendered.notes(), documents, links, problems, entry);
    }

    /** The issue's pages copied from the previous output, or nothing where any of them is missing or changed. */
    private Optional<Outcome> reuse(String key, BuildCache.Entry entry) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        for (BuildCache.Page page : entry.pages()) {
            Path file = previousOutput.resolve(page.path()).normalize();
            if (!file.startsWith(previousOutput) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            if (!BuildKeys.sha256Hex(bytes).equals(page.sha256())) {
                return Optional.empty();
            }
            contents.add(bytes);
        }
        Map<String, PageLinks> links = new LinkedHashMap<>();
        for (int i = 0; i < contents.size(); i++) {
            String path = entry.pages().get(i).path();
            writer.writeBytes(path, contents.get(i));
            links.put(path, PageLinks.scan(new String(contents.get(i), StandardCharsets.UTF_8)));
        }
        Diagnostics problems = new Diagnostics();
        entry.problems().forEach(p -> problems.add(p.diagnostic()));
        return Optional.of(new Outcome(key, true, entry.pages().size(), entry.notes(), entry.documents(), links, problems, entry));
    }
}
