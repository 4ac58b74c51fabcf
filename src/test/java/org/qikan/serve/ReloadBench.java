package org.qikan.serve;

import org.qikan.site.BuildOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Edit-to-reload latency of {@code qikan serve} (a benchmark, not a test): serves an edition, then
 * edits one article's body several times and measures, for each save, the time from the file written
 * to the {@code reload} event reaching an open page's event stream (the moment the browser starts reloading).
 * <pre>
 * mvn -q package -DskipTests &amp;&amp; mvn -q test-compile
 * java -cp target/qikan.jar:target/test-classes org.qikan.serve.ReloadBench CONTENT OUT [edits] [--no-link-check] [--during-build]
 * </pre>
 * {@code --during-build} saves the article a second time as soon as the first save is shown, while its full
 * build runs, and measures that second save's edit-to-reload too.
 * Used by {@code scripts/bench-serve.sh}.
 */
public final class ReloadBench {
    private ReloadBench() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        boolean linkCheck = !List.of(args).contains("--no-link-check");
        boolean duringBuild = List.of(args).contains("--during-build");
        List<Double> duringMillis = new ArrayList<>();
        Path article = lastArticle(content);
        String original = Files.readString(article);
        long started = System.nanoTime();
        try (PreviewServer server = PreviewServer.start(BuildOptions.of(content, out).withLinkCheck(linkCheck), 0, r -> { })) {
            System.out.printf(Locale.ROOT, "first build and serve: %.2f s; editing %s%n", (System.nanoTime() - started) / 1e9, content.relativize(article));
            EventStream events = EventStream.open(server.address());
            events.next();
            List<Double> millis = new ArrayList<>();
            List<Double> fullMillis = new ArrayList<>();
            List<Double> cpuMillis = new ArrayList<>();
            List<Double> reloadCpuMillis = new ArrayList<>();
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            for (int i = 0; i < edits; i++) {
                Thread.sleep(300);
                events.clear();
                long builds = server.builds();
                long previews = server.previews();
                long saved = System.nanoTime();
                long cpu = os.getProcessCpuTime();
                Files.writeString(article, original + "\n编辑第 " + i + " 次。\n");
                if (events.next("reload", 600) == null) {
                    throw new IllegalStateException("no reload within 10 minutes after edit " + i);
                }
                millis.add((System.nanoTime() - saved) / 1e6);
                reloadCpuMillis.add((os.getProcessCpuTime() - cpu) / 1e6);
                if (duringBuild && server.previews() > previews) {
                    // a second save while the first one's build runs: shown when its own preview is done
                    java.util.concurrent.CompletableFuture<org.qikan.site.BuildResult> built = server.whenRebuilt(article);
                    long again = System.nanoTime();
                    Files.writeString(article, original + "\n编辑第 " + i + " 次，再存一次。\n");
                    while (server.previews() < previews + 2 && !built.isDone()) {
                        Thread.sleep(1);
                    }
                    duringMillis.add((System.nanoTime() - again) / 1e6);
                    System.out.printf(Locale.ROOT, "  save %d again during its build: %s %.0f ms%n", i + 1,
                            server.previews() >= previews + 2 ? "shown in" : "not previewed; built in", duringMillis.get(duringMillis.size() - 1));
                    built.get();
                } else if (server.previews() > previews && events.next("reload", 600) == null) {
                    // the full build's reload follows a preview's
                    throw new IllegalStateException("no full build within 10 minutes after edit " + i);
                }
                while (server.builds() == builds) {
                    Thread.sleep(1);
                }
                fullMillis.add((System.nanoTime() - saved) / 1e6);
                cpuMillis.add((os.getProcessCpuTime() - cpu) / 1e6);
                System.out.printf(Locale.ROOT, "  save %d: reload %.0f ms (CPU %.0f ms)%s, full build done %.0f ms (CPU %.0f ms); %s%n", i + 1, millis.get(i),
                        reloadCpuMillis.get(i), server.previews() > previews ? ", article previewed" : "", fullMillis.get(i), cpuMillis.get(i),
                        server.lastBuildTimes());
            }
            System.out.printf(Locale.ROOT, "edit-to-reload over %d edits: median %.0f ms (CPU %.0f ms), min %.0f ms, max %.0f ms; full build done: median %.0f ms; "
                            + "CPU (user + system, all threads) to the full build median %.0f ms (link check %s)%n",
                    edits, median(millis), median(reloadCpuMillis), min(millis), max(millis), median(fullMillis), median(cpuMillis), linkCheck ? "on" : "off");
            if (!duringMillis.isEmpty()) {
                System.out.printf(Locale.ROOT, "a second save during the build: shown in median %.0f ms, min %.0f ms, max %.0f ms%n",
                        median(duringMillis), min(duringMillis), max(duringMillis));
            }
        } finally {
            Files.writeString(article, original);
        }
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static double min(List<Double> values) {
        return values.stream().min(Comparator.naturalOrder()).orElseThrow();
    }

    private static double max(List<Double> values) {
        return values.stream().max(Comparator.naturalOrder()).orElseThrow();
    }

    private static Path lastArticle(Path content) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.toString().contains("/pages/")
                            && !p.getFileName().toString().startsWith("_"))
                    .max(Comparator.naturalOrder()).orElseThrow(() -> new IllegalArgumentException("no article in " + content));
        }
    }
}
