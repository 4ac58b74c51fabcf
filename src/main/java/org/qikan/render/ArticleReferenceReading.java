package org.qikan.render;

import org.qikan.content.Edition;
import org.qikan.diag.Diagnostics;
import org.qikan.refs.ArchiveReferences;
import org.qikan.refs.ArticleReferences;
import org.qikan.refs.References;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The references stage on the render stage's threads: each article's notes are unpacked and read on a
 * worker (with its own problems), and the results are put together, and their problems added, in archive
 * order, so the references and the warnings are those of a single-threaded build. Only a bounded number
 * of articles is unpacked at a time.
 */
final class ArticleReferenceReading {
    private static final int AHEAD_PER_THREAD = 32;

    private ArticleReferenceReading() {
    }

    /** @param articles each article of the archive in archive order, unpacked (notes only) when asked */
    static ArchiveReferences read(Edition edition, List<Supplier<RenderedArticle>> articles, Diagnostics problems,
                                  RenderThreads workers) throws IOException {
        References.Reader reader = References.reader(edition);
        List<ArticleReferences> out = new ArrayList<>(articles.size());
        ArrayDeque<Future<Read>> pending = new ArrayDeque<>();
        int ahead = workers.count() * AHEAD_PER_THREAD;
        for (Supplier<RenderedArticle> article : articles) {
            pending.add(workers.submit(() -> {
                Diagnostics found = new Diagnostics();
                return new Read(reader.read(article.get(), found), found);
            }));
            while (pending.size() > ahead) {
                take(pending, out, problems);
            }
        }
        while (!pending.isEmpty()) {
            take(pending, out, problems);
        }
        return References.of(out);
    }

    private static void take(ArrayDeque<Future<Read>> pending, List<ArticleReferences> out, Diagnostics problems) throws IOException {
        Read done = RenderThreads.await(pending.remove());
        problems.addAll(done.found());
        out.add(done.references());
    }

    /** One article's references and the problems found reading them. */
    private record Read(ArticleReferences references, Diagnostics found) {
    }
}
