package org.qikan.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A page's view of {@code /__qikan/events}: each event as {@code "name data"}, in arrival order. */
final class EventStream {
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    static EventStream open(URI server) throws IOException, InterruptedException {
        EventStream stream = new EventStream();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.resolve("__qikan/events")).build(), HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> stream.read(response.body()), "event-stream");
        reader.setDaemon(true);
        reader.start();
        return stream;
    }

    private void read(InputStream body) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String event = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    events.add(event + " " + line.substring(6));
                }
            }
        } catch (IOException ignored) {
            // the server stopped
        }
    }

    /** The next event, whatever its name, or null after 60 s (a hang guard: a loaded machine may be slow). */
    String next() throws InterruptedException {
        return events.poll(60, TimeUnit.SECONDS);
    }

    /** The next event of that name within 60 s (a save may make two builds: other events are passed over), or null. */
    String next(String name) throws InterruptedException {
        return next(name, 60);
    }

    /**
     * The next event of that name that contains {@code text}, within 60 s, or null. A save is not atomic: the watcher
     * may see the file half written and build it, so the status of that build is passed over too.
     */
    String nextWith(String name, String text) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (String event = next(name, 60); event != null; event = next(name, Math.max(0, (end - System.nanoTime()) / 1_000_000_000))) {
            if (event.contains(text)) {
                return event;
            }
        }
        return null;
    }

    /** The next event of that name within {@code seconds}, or null. */
    String next(String name, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (String event = events.poll(seconds, TimeUnit.SECONDS); event != null; event = events.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS)) {
            if (event.startsWith(name + " ")) {
                return event;
            }
        }
        return null;
    }

    void clear() {
        events.clear();
    }
}
