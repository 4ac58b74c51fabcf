package org.qikan.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * The open pages, each holding a server-sent events stream ({@code /__qikan/events}). A new stream
 * is told the latest build status at once; after each build every stream is sent {@code reload}
 * (the build succeeded) or {@code status} (it failed: the page shows the errors over the last good site).
 */
final class LiveReload {
    private final List<Client> clients = new CopyOnWriteArrayList<>();

    /** Keeps the exchange open as an event stream until the page goes away or the server stops. */
    void attach(HttpExchange exchange, String status) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange.getResponseBody());
        clients.add(client);
        if (client.send("status", status)) {
            client.awaitClose();
        }
        clients.remove(client);
        exchange.close();
    }

    void reload(String status) {
        broadcast("reload", status);
    }

    void status(String status) {
        broadcast("status", status);
    }

    int openPages() {
        return clients.size();
    }

    void closeAll() {
        clients.forEach(Client::close);
    }

    private void broadcast(String event, String data) {
        for (Client client : clients) {
            if (!client.send(event, data)) {
                clients.remove(client);
            }
        }
    }

    private static final class Client {
        private final OutputStream out;
        private final CountDownLatch closed = new CountDownLatch(1);

        Client(OutputStream out) {
            this.out = out;
        }

        synchronized boolean send(String event, String data) {
            try {
                out.write(("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                return true;
            } catch (IOException e) {
                close();
                return false;
            }
        }

        void awaitClose() {
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void close() {
            closed.countDown();
        }
    }
}
