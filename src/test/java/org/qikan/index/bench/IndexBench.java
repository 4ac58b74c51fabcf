package org.qikan.index.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.qikan.content.ContentLoader;
import org.qikan.content.Edition;
import org.qikan.diag.Diagnostics;
import org.qikan.index.IndexStats;
import org.qikan.index.SearchDocument;
import org.qikan.index.SearchDocuments;
import org.qikan.index.SearchIndexWriter;
import org.qikan.render.Labels;
import org.qikan.render.MarkdownRenderer;
import org.qikan.render.SiteRenderer;
import org.qikan.render.TemplateEngine;
import org.qikan.render.Theme;

/**
 * Times the index stage alone on an edition, for profiling (not a test): renders the edition once,
 * then runs {@link SearchIndexWriter#write} a few times and prints each run's seconds, wall and CPU
 * (CPU time is the fairer figure on a shared machine).
 * <pre>
 * mvn -q package -DskipTests &amp;&amp; mvn -q test-compile
 * java -cp target/qikan.jar:target/test-classes org.qikan.index.bench.IndexBench CONTENT OUT [runs]
 * </pre>
 */
public final class IndexBench {
    private IndexBench() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        long start = System.nanoTime();
        Diagnostics problems = new Diagnostics();
        Edition edition = new ContentLoader(problems).load(content).orElseThrow();
        Theme theme = new Theme(Path.of("templates"), Path.of("assets"));
        SiteRenderer renderer = new SiteRenderer(new TemplateEngine(theme), new MarkdownRenderer(), Labels.load(theme));
        var rendered = renderer.render(edition, (path, html) -> { }, problems).published();
        System.out.printf(Locale.ROOT, "rendered %d articles in %.2f s%n", rendered.size(), seconds(start));
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            long cpu0 = os.getProcessCpuTime();
            List<SearchDocument> docs = SearchDocuments.from(rendered);
            double documents = seconds(t0);
            Files.createDirectories(out);
            IndexStats stats = new SearchIndexWriter().write(docs, out);
            System.out.printf(Locale.ROOT, "run %d: index stage %.2f s, %.2f s of CPU (documents %.2f s)%n  %s%n",
                    run + 1, seconds(t0), (os.getProcessCpuTime() - cpu0) / 1e9, documents, stats.summary());
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
