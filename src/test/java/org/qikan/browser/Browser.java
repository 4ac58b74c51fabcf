package org.qikan.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * One headless Chromium for a test class, driven through Selenium and Debian's chromedriver.
 * Nothing is downloaded: the browser is {@code /usr/bin/chromium} (or {@code -Dqikan.chromium=…}),
 * the driver {@code /usr/bin/chromedriver} (or {@code -Dqikan.chromedriver=…}); {@code scripts/test-deps.sh}
 * installs both.
 */
public final class Browser implements AutoCloseable, AfterAllCallback {
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** axe-core from npm, pinned in scripts/test-deps.sh (Maven Central has no webjar newer than 4.6.3). */
    public static final String AXE_VERSION = "4.14.1";
    private static final Path AXE = Path.of(System.getProperty("qikan.axe",
            ".test-deps/axe-core-" + AXE_VERSION + "/node_modules/axe-core/axe.min.js"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final Path profile;
    private String axeSource;

    static {
        // Selenium warns that it has no CDP bindings for this Chromium; the tests only use plain CDP commands.
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
    }

    private Browser(boolean javascript) {
        String chromium = System.getProperty("qikan.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("qikan.chromedriver", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(chromium)) || !Files.isExecutable(Path.of(chromedriver))) {
            throw new IllegalStateException("headless Chromium is needed for the browser tests: " + chromium + " and "
                    + chromedriver + " must exist. Run scripts/test-deps.sh (apt-get install chromium chromium-driver fonts-noto-cjk).");
        }
        try {
            profile = Files.createTempDirectory("qikan-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
                "--force-color-profile=srgb", "--lang=zh-CN", "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(chromedriver).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    public static Browser start() {
        return new Browser(true);
    }

    /** A browser with JavaScript switched off, as some readers (and crawlers) have it. */
    public static Browser withoutJavaScript() {
        return new Browser(false);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a file of the built site through {@code file://}, the way a reader opens it from disk. */
    public void open(Path file) {
        driver.get(file.toUri().toString());
        waitUntil("document loaded", () -> "complete".equals(js("return document.readyState")));
    }

    /** Sets the viewport to a phone ({@code 375}) or desktop ({@code 1280}) width. */
    public void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Emulates {@code prefers-color-scheme} (dark or light) and the media type ({@code screen}/{@code print}). */
    public void emulate(String colorScheme, String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of(
                "media", media, "features", List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme))));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The element that has focus, described as {@code tag#id.class} for readable assertions. */
    public String focused() {
        return (String) js("var e = document.activeElement; if (!e) return '';"
                + "return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '');");
    }

    public void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(what).until(d -> condition.getAsBoolean());
    }

    /** A screenshot of the whole page (beyond the viewport) saved as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            double width = ((Number) size.get("width")).doubleValue();
            double height = Math.min(((Number) size.get("height")).doubleValue(), 12000);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot of the viewport only, as the reader sees it now. */
    public Path viewportScreenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core on the current page and returns its violations, each as "impact rule: target (help)". */
    public List<AxeViolation> axe() {
        if (js("return typeof window.axe") .equals("undefined")) {
            js(axeSource());
        }
        String result = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']})"
                        + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                        + ".catch(function (e) { done('ERROR ' + e); });");
        if (result.startsWith("ERROR")) {
            throw new IllegalStateException("axe-core failed: " + result);
        }
        try {
            List<AxeViolation> violations = new ArrayList<>();
            for (JsonNode v : JSON.readTree(result)) {
                List<String> targets = new ArrayList<>();
                v.path("nodes").forEach(n -> targets.add(n.path("target").toString() + " " + n.path("failureSummary").asText().replace('\n', ' ')));
                violations.add(new AxeViolation(v.path("id").asText(), v.path("impact").asText(), v.path("help").asText(), targets));
            }
            return violations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String axeSource() {
        if (axeSource == null) {
            if (!Files.isRegularFile(AXE)) {
                throw new IllegalStateException("axe-core " + AXE_VERSION + " is needed for the accessibility gate at " + AXE
                        + ". Run scripts/test-deps.sh (it installs it from npm), or pass -Dqikan.axe=…/axe.min.js");
            }
            try {
                axeSource = Files.readString(AXE, StandardCharsets.UTF_8);
                if (!axeSource.contains("axe v" + AXE_VERSION) && !axeSource.contains("\"" + AXE_VERSION + "\"")) {
                    throw new IllegalStateException(AXE + " is not axe-core " + AXE_VERSION + ": run scripts/test-deps.sh");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    /** Registered as a JUnit extension ({@code @RegisterExtension static final Browser browser = Browser.start();}), a test class's browser closes after its last test. */
    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile; the OS cleans up what is left
            }
        }
    }

    /** One axe-core rule broken on a page. */
    public record AxeViolation(String rule, String impact, String help, List<String> nodes) {
        public boolean seriousOrCritical() {
            return impact.equals("serious") || impact.equals("critical");
        }

        @Override
        public String toString() {
            return impact + " " + rule + ": " + help + " " + nodes;
        }
    }
}
