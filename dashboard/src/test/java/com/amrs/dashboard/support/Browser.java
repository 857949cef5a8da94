package com.amrs.dashboard.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven by Debian's chromedriver: both given explicitly, so Selenium
 * Manager never downloads anything. A fresh profile and download folder per browser.
 */
public final class Browser implements AutoCloseable {

    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 900;

    private final ChromeDriver driver;
    private final Path downloads;

    private Browser(ChromeDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
    }

    public static Browser start(Locations locations, String name) {
        Locations.requireProgram(Locations.CHROMIUM, "Chromium");
        Locations.requireProgram(Locations.CHROMEDRIVER, "ChromeDriver");
        Path dir = locations.freshDir("browser-" + name);
        Path downloads = dir.resolve("downloads");
        try {
            Files.createDirectories(downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", Locations.CHROMEDRIVER.toString());
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Locations.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(dir.resolve("chromedriver.log").toFile())
                .build();
        var options = new ChromeOptions();
        options.setBinary(Locations.CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--disable-background-timer-throttling",
                "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows",
                "--no-first-run",
                "--no-default-browser-check",
                "--lang=en-US",
                "--hide-scrollbars",
                "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT,
                "--user-data-dir=" + dir.resolve("profile"));
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory",
                        downloads.toString(),
                        "download.prompt_for_download",
                        false,
                        "intl.accept_languages",
                        "en-US"));
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var driver = new ChromeDriver(service, options);
        driver.executeCdpCommand(
                "Page.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        return new Browser(driver, downloads);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Path downloads() {
        return downloads;
    }

    @SuppressWarnings("unchecked")
    public <T> T script(String javascript, Object... args) {
        return (T) driver.executeScript(javascript, args);
    }

    /** The console's errors since the last call (the log is drained by reading it). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Every cookie of every site: the next page opens as nobody. */
    public void clearCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** A cookie of the page's site, HttpOnly ones too: e.g. the session's, as when the api-server forgot it. */
    public void deleteCookie(String name) {
        driver.manage().deleteCookieNamed(name);
    }

    private boolean phone;

    /** Emulates a phone's viewport (CSS pixels), like DevTools' device mode. */
    public void emulatePhone(int width, int height) {
        phone = true;
        viewport(width, height);
    }

    public void stopEmulation() {
        phone = false;
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private void viewport(int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", phone ? 2 : 1, "mobile", phone));
    }

    /**
     * A PNG of the whole page. The viewport is made as tall as the page first and the charts are let
     * finish redrawing: capturing beyond the viewport would catch them blank or half-drawn.
     */
    public Path screenshot(Path file) {
        int width = this.<Number>script("return window.innerWidth").intValue();
        int height = this.<Number>script("return window.innerHeight").intValue();
        int full = this.<Number>script("return document.documentElement.scrollHeight")
                .intValue();
        viewport(width, full);
        awaitChartsStill();
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        if (phone) {
            viewport(width, height);
        } else {
            stopEmulation();
        }
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Until no chart moves any more: two looks at every canvas, 250 ms apart, see the same pixels. */
    private void awaitChartsStill() {
        String pixels = """
                return [...document.querySelectorAll('canvas')].map(canvas => {
                  const data = canvas.toDataURL();
                  let hash = 0;
                  for (let i = 0; i < data.length; i++) hash = (hash * 31 + data.charCodeAt(i)) | 0;
                  return hash;
                }).join(',');
                """;
        var last = new AtomicReference<String>("");
        await("the charts to stop moving")
                .atMost(Duration.ofSeconds(15))
                .pollDelay(Duration.ofMillis(250))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    String now = script(pixels);
                    return now.equals(last.getAndSet(now));
                });
    }

    @Override
    public void close() {
        driver.quit();
    }
}
