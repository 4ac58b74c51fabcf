package org.qikan.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.qikan.diag.Diagnostic;
import org.qikan.site.BuildOptions;
import org.qikan.site.BuildResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The preview: builds the site into its output folder with the ordinary build, serves that folder on
 * {@code 127.0.0.1}, rebuilds when a source changes and tells open pages to reload. A failed build
 * leaves the output folder (the last good site) as it was and shows its errors over the page.
 */
public final class PreviewServer implements AutoCloseable {
    private static final String EVENTS = "/__qikan/events";
    private final BuildOptions options;
    private final Consumer<BuildResult> report;
    private final Consumer<String> verbose;
    private final Path base = Path.of("").toAbsolutePath();
    private final LiveReload pages = new LiveReload();
    private final StaticFiles files;
    private final Rebuilder rebuilder;
    private final ExecutorService requests = Executors.newCachedThreadPool(runnable -> {
        Thread t = new Thread(runnable, "qikan-serve");
        t.setDaemon(true);
        return t;
    });
    private volatile BuildStatus status = new BuildStatus(false, List.of(), 0);
    /** Pages of saved articles rendered alone ({@link ArticlePreview}), served over the output folder until their build is done. */
    private final PreviewPages previewPages = new PreviewPages();
    private HttpServer server;
    private SourceWatcher watcher;

    private PreviewServer(BuildOptions options, Consumer<BuildResult> report, Consumer<String> verbose) {
        this.options = options;
        this.report = report;
        this.verbose = verbose;
        this.files = new StaticFiles(options.outputDir());
        this.rebuilder = new Rebuilder(options, new Rebuilder.Listener() {
            @Override
            public void previewed(ArticlePreview.Pages pages, long readBy) {
                PreviewServer.this.previewed(pages, readBy);
            }

            @Override
            public void built(BuildResult result, long number) {
                PreviewServer.this.built(result, number);
            }
        }, true);
    }

    /**
     * Builds once, then serves and watches.
     *
     * @param port   the port on 127.0.0.1; 0 picks a free one
     * @param report told the result of every build (the first included), for the terminal
     */
    public static PreviewServer start(BuildOptions options, int port, Consumer<BuildResult> report) throws IOException {
        return start(options, port, report, line -> { });
    }

    /**
     * Builds once, then serves and watches.
     *
     * @param report  told the result of every build (the first included), for the terminal
     * @param verbose told, for each saved article shown before its build, what was rendered (one line naming
     *                the pages), for {@code --verbose}
     */
    public static PreviewServer start(BuildOptions options, int port, Consumer<BuildResult> report, Consumer<String> verbose)
            throws IOException {
        PreviewServer preview = new PreviewServer(options, report, verbose);
        preview.rebuilder.buildNow();
        preview.listen(port);
        preview.watcher = new SourceWatcher(List.of(options.contentDir(), options.templatesDir(), options.assetsDir()),
                preview.rebuilder::changed);
        return preview;
    }

    /** Where the site is served, such as {@code http://127.0.0.1:8000/}. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Where the latest build spent its time, one line ({@code full build 312 ms: load 20, render 120, …}), or "" before the first. */
    public String lastBuildTimes() {
        StageTimes times = rebuilder.times();
        return times == null ? "" : times.line();
    }

    /** Whether the latest build succeeded (the site served is then that build's). */
    public boolean lastBuildSucceeded() {
        return status.ok();
    }

    private void listen(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(requests);
        server.createContext("/", this::handle);
        server.start();
    }

    /** How many builds ran, and how many saves were previewed before their build (for tests and the benchmark). */
    long builds() {
        return rebuilder.builds();
    }

    long previews() {
        return rebuilder.previews();
    }

    /** The result of the first build to end that read the sources after {@code file} changed (ask before changing it). */
    java.util.concurrent.CompletableFuture<BuildResult> whenRebuilt(Path file) {
        return rebuilder.whenRebuilt(file);
    }

    private void previewed(ArticlePreview.Pages preview, long readBy) {
        previewPages.show(preview.pages(), readBy);
        pages.reload(status.json(base));
        verbose.accept(preview.line(base));
    }

    private void built(BuildResult result, long number) {
        previewPages.built(number);
        BuildStatus next = BuildStatus.of(result, status.sequence() + 1);
        status = next;
        report.accept(result);
        if (next.ok()) {
            pages.reload(next.json(base));
        } else {
            pages.status(next.json(base));
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain; charset=utf-8", "GET only".getBytes(StandardCharsets.UTF_8));
            } else if (EVENTS.equals(path)) {
                pages.attach(exchange, status.json(base));
            } else if (PageInjector.SCRIPT_PATH.equals(path)) {
                send(exchange, 200, "text/javascript; charset=utf-8", reloadScript());
            } else {
                serveFile(exchange, path);
            }
        }
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException {
        byte[] previewed = previewPages.get((path.startsWith("/") ? path.substring(1) : path) + (path.endsWith("/") ? "index.html" : ""));
        if (previewed != null) {
            send(exchange, 200, "text/html; charset=utf-8", PageInjector.inject(previewed));
            return;
        }
        Optional<Path> file = files.resolve(path);
        if (file.isEmpty() && path.endsWith("/") == false && files.resolve(path + "/").isPresent()) {
            exchange.getResponseHeaders().set("Location", path + "/");
            send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        if (file.isEmpty()) {
            send(exchange, 404, "text/html; charset=utf-8", PageInjector.inject(notFound(path)));
            return;
        }
        byte[] body;
        try {
            body = Files.readAllBytes(file.get());
        } catch (IOException e) {
            // the site was being swapped by a build: the page reloads when it is done
            send(exchange, 503, "text/html; charset=utf-8", PageInjector.inject(notFound(path)));
            return;
        }
        boolean page = StaticFiles.isPage(file.get());
        send(exchange, 200, StaticFiles.contentType(file.get()), page ? PageInjector.inject(body) : body);
    }

    private static byte[] notFound(String path) {
        String escaped = path.replace("&", "&amp;").replace("<", "&lt;");
        return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>"
                + "<body><h1>Not found</h1><p>" + escaped + " is not in the site (yet).</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int code, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(code, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static byte[] reloadScript() {
        try (InputStream in = PreviewServer.class.getResourceAsStream("/qikan/serve/reload.js")) {
            if (in == null) {
                throw new IllegalStateException("qikan/serve/reload.js is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Diagnostics of a result that the terminal shows: errors, and warnings unless quiet. */
    public static List<Diagnostic> shown(BuildResult result, boolean quiet) {
        return result.diagnostics().sorted().stream().filter(d -> d.isError() || !quiet).toList();
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        pages.closeAll();
        if (server != null) {
            server.stop(0);
        }
        try {
            rebuilder.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        requests.shutdownNow();
    }
}
