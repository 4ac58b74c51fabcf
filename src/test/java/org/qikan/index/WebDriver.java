package org.qikan.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The few W3C WebDriver commands the browser tests need, spoken to Debian's chromedriver on
 * 127.0.0.1 driving headless Chromium: open a URL, type into an element, run a script.
 */
final class WebDriver implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf";
    static final String ENTER = "\uE007";

    private final Process driver;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String session;

    private WebDriver(Process driver, String base) throws IOException, InterruptedException {
        this.driver = driver;
        this.base = base;
        ObjectNode capabilities = NodeHarness.JSON.createObjectNode();
        ObjectNode chrome = capabilities.putObject("capabilities").putObject("alwaysMatch").putObject("goog:chromeOptions");
        chrome.put("binary", CHROMIUM);
        chrome.putArray("args").add("--headless").add("--no-sandbox").add("--disable-gpu").add("--window-size=1100,1400");
        this.session = post("/session", capabilities).get("sessionId").asText();
    }

    static WebDriver start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process driver = new ProcessBuilder(CHROMEDRIVER, "--port=" + port)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String base = "http://127.0.0.1:" + port;
        HttpClient probe = HttpClient.newHttpClient();
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                probe.send(HttpRequest.newBuilder(URI.create(base + "/status")).build(), HttpResponse.BodyHandlers.ofString());
                return new WebDriver(driver, base);
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        driver.destroy();
        throw new IOException("chromedriver did not start on port " + port);
    }

    void open(String url) throws IOException, InterruptedException {
        post("/session/" + session + "/url", NodeHarness.JSON.createObjectNode().put("url", url));
    }

    /** Types into the first element matching a CSS selector (keys such as {@link #ENTER} included). */
    void type(String cssSelector, String text) throws IOException, InterruptedException {
        ObjectNode find = NodeHarness.JSON.createObjectNode().put("using", "css selector").put("value", cssSelector);
        String element = post("/session/" + session + "/element", find).get(ELEMENT_KEY).asText();
        post("/session/" + session + "/element/" + element + "/value", NodeHarness.JSON.createObjectNode().put("text", text));
    }

    JsonNode script(String body) throws IOException, InterruptedException {
        ObjectNode run = NodeHarness.JSON.createObjectNode().put("script", body);
        run.putArray("args");
        return post("/session/" + session + "/execute/sync", run);
    }

    /** Runs a script every 100 ms until it returns a non-empty array, or 10 s pass; returns the last answer. */
    JsonNode await(String body) throws IOException, InterruptedException {
        JsonNode answer = script(body);
        for (int attempt = 0; attempt < 100 && (answer.isNull() || answer.isEmpty()); attempt++) {
            Thread.sleep(100);
            answer = script(body);
        }
        return answer;
    }

    private JsonNode post(String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(NodeHarness.JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode value = NodeHarness.JSON.readTree(response.body()).get("value");
        if (response.statusCode() != 200) {
            throw new IOException(path + ": " + value);
        }
        return value;
    }

    @Override
    public void close() throws InterruptedException {
        try {
            http.send(HttpRequest.newBuilder(URI.create(base + "/session/" + session)).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException ignored) {
            // the driver is stopped below either way
        }
        driver.destroy();
        driver.waitFor(10, TimeUnit.SECONDS);
    }
}
