package org.qikan.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qikan.TestSite;
import org.qikan.content.ContentLoader;
import org.qikan.content.Edition;
import org.qikan.content.Issue;
import org.qikan.content.Journal;
import org.qikan.diag.Diagnostic;
import org.qikan.diag.Diagnostics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The render stage on several threads writes what it writes on one: the same pages with the same
 * bytes in the same order, the same problems in the same order, the same calls to the build's gate.
 */
class ParallelRenderTest {
    @TempDir
    Path dir;

    /** Everything the stage did, as one sequence: pages written, problems reported, gate and index calls. */
    private record Run(List<String> events, List<String> problems, RenderResult result) {
    }

    private Run render(Path content, Path templates, int threads, IssueGate gate) throws IOException {
        Diagnostics problems = new Diagnostics();
        Edition edition = new ContentLoader(problems).load(content).orElseThrow();
        Theme theme = new Theme(templates, null);
        List<String> events = new ArrayList<>();
        SiteRenderer renderer = new SiteRenderer(new TemplateEngine(theme), new MarkdownRenderer(), Labels.load(theme), threads);
        IssueGate recording = new IssueGate() {
            @Override
            public boolean reuse(Journal journal, Issue issue, String facts) throws IOException {
                boolean reuse = gate.reuse(journal, issue, facts);
                events.add("reuse " + journal.slug() + "/" + issue.slug() + " " + reuse + " " + facts.hashCode());
                return reuse;
            }

            @Override
            public void done(Journal journal, Issue issue) {
                events.add("done " + journal.slug() + "/" + issue.slug());
            }
        };
        RenderResult result = renderer.render(edition, (path, html) -> events.add("page " + path + " " + html),
                problems, recording, article -> events.add("index " + article.path() + " " + article.body()));
        return new Run(events, problems.inOrder().stream().map(Diagnostic::toString).toList(), result);
    }

    private static void assertSame(Run parallel, Run single) {
        assertThat(parallel.events()).hasSizeGreaterThan(20);
        assertThat(parallel.events()).containsExactlyElementsOf(single.events());
        assertThat(parallel.problems()).containsExactlyElementsOf(single.problems());
        assertThat(parallel.result().pagesWritten()).isEqualTo(single.result().pagesWritten());
        assertThat(parallel.result().notes()).isEqualTo(single.result().notes());
        assertThat(parallel.result().articles()).containsExactlyElementsOf(single.result().articles());
    }

    @Test
    void theSampleEditionRendersTheSameOnOneThreadAndOnFour() throws IOException {
        Run single = render(Path.of("content"), Path.of("templates"), 1, IssueGate.RENDER_ALL);
        for (int attempt = 0; attempt < 3; attempt++) {
            assertSame(render(Path.of("content"), Path.of("templates"), 4, IssueGate.RENDER_ALL), single);
        }
    }

    /** Many articles in several issues, each with problems of its own (in its body and in its notes), and a broken template. */
    private TestSite siteWithProblems() throws IOException {
        TestSite site = new TestSite(dir.resolve("site"));
        for (int issue = 1; issue <= 6; issue++) {
            String folder = "content/tj/2024-0" + issue + "/";
            site.file(folder + "issue.yaml", TestSite.ISSUE.replace("number: 4", "number: " + issue));
            site.file(folder + "pages/note.md", "---\ntitle: {zh: 编者按, en: Note}\n---\n编者按正文。[^u]\n\n![图](missing-" + issue + ".png)\n");
            for (int article = 1; article <= 5; article++) {
                site.file(folder + "a" + article + ".md", TestSite.ARTICLE
                        .replace("测试文章", "测试文章" + issue + "-" + article)
                        .replace("正文第一段。[^a]", "正文第一段。[^a] ![图](lost-" + article + ".png) [链接](nowhere-" + article + ".pdf)")
                        .replace("[^a]: 注释一。", "[^a]: 同上。\n\n[^never" + article + "]: 没有引用的注释。"));
            }
        }
        site.delete("content/tj/2024-04/first.md");
        site.file("content/aa-empty/journal.yaml", TestSite.JOURNAL); // a journal without issues still has its archive page
        Files.createDirectories(dir.resolve("templates"));
        Files.copy(Path.of("templates/toc.peb"), dir.resolve("templates/toc.peb"));
        Files.writeString(dir.resolve("templates/article-en.peb"), "{{ no_such_variable }}\n");
        return site;
    }

    @Test
    void problemsComeInTheOrderOfASingleThreadedBuild() throws IOException {
        TestSite site = siteWithProblems();
        Run single = render(site.content(), dir.resolve("templates"), 1, IssueGate.RENDER_ALL);
        assertThat(single.problems()).hasSizeGreaterThan(60);
        assertThat(single.problems()).filteredOn(p -> p.contains("template error")).hasSize(1);
        assertThat(single.events()).anyMatch(e -> e.startsWith("page aa-empty/index.html "));
        for (int attempt = 0; attempt < 3; attempt++) {
            assertSame(render(site.content(), dir.resolve("templates"), 4, IssueGate.RENDER_ALL), single);
        }
    }

    @Test
    void theGateIsAskedInOrderAndReusedIssuesAreNotWritten() throws IOException {
        TestSite site = siteWithProblems();
        // reuse issues 2, 3 and 5: runs of rendered and reused issues, as in a rebuild
        IssueGate some = (journal, issue, facts) -> List.of(2, 3, 5).contains(issue.number());
        Run single = render(site.content(), dir.resolve("templates"), 1, some);
        Run parallel = render(site.content(), dir.resolve("templates"), 3, some);
        assertSame(parallel, single);
        assertThat(parallel.events()).noneMatch(e -> e.startsWith("page tj/2024-02/") || e.startsWith("page tj/2024-05/"));
        assertThat(parallel.events()).anyMatch(e -> e.startsWith("page tj/2024-06/"));
        assertThat(parallel.events()).filteredOn(e -> e.startsWith("index ")).hasSize(30);
    }
}
