package org.qikan.render;

import org.qikan.diag.Diagnostic;
import org.qikan.diag.Diagnostics;
import org.qikan.render.page.PageModel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The pages of one piece of the render stage's work (an issue, a run of catalog pages), rendered on
 * any thread and written later, in archive order, by the thread that owns the sink: what a
 * single-threaded build would have written and reported, in the same order.
 */
final class PageBatch {
    /** A file to write, or a problem to report, in the order the work met them. */
    private sealed interface Step permits Output, Problem {
    }

    private record Output(String path, String content, boolean page) implements Step {
    }

    /** A problem; a template error ({@code once}) is reported once per build, however many pages it spoils. */
    private record Problem(Diagnostic diagnostic, boolean once) implements Step {
    }

    private final TemplateEngine templates;
    private final List<Step> steps = new ArrayList<>();
    private int notes;

    PageBatch(TemplateEngine templates) {
        this.templates = templates;
    }

    /** Renders {@code page} through its template; a template error is kept to be reported. */
    void page(PageModel page) {
        try {
            steps.add(new Output(page.path(), templates.render(page.template(), page.variables()), true));
        } catch (TemplateEngine.TemplateError e) {
            steps.add(new Problem(e.diagnostic(), true));
        }
    }

    /** A file that is not a page (not counted as one), such as an article's references. */
    void file(String path, String content) {
        steps.add(new Output(path, content, false));
    }

    /** The problems found while making this batch's pages (such as an issue page's Markdown). */
    void problems(Diagnostics found) {
        found.inOrder().forEach(d -> steps.add(new Problem(d, false)));
    }

    void notes(int count) {
        notes += count;
    }

    int notes() {
        return notes;
    }

    /**
     * Writes the files into {@code sink} and the problems into {@code problems}, in the order they
     * were made; a template error already reported ({@code failedTemplates}) is not reported again.
     *
     * @return the number of pages written
     */
    int writeTo(PageSink sink, Diagnostics problems, Set<String> failedTemplates) throws IOException {
        int pages = 0;
        for (Step step : steps) {
            if (step instanceof Output out) {
                sink.write(out.path(), out.content());
                pages += out.page() ? 1 : 0;
            } else if (step instanceof Problem p && (!p.once() || failedTemplates.add(p.diagnostic().toString()))) {
                problems.add(p.diagnostic());
            }
        }
        steps.clear();
        return pages;
    }
}
