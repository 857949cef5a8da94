package com.amrs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.dashboard.support.Browser;
import com.amrs.dashboard.support.DashboardPage;
import com.amrs.dashboard.support.PlantStack;
import com.amrs.dashboard.support.PlantStackExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class of the dashboard in real Chromium, through nginx, on the real api-server fed by the
 * real simulator ({@link PlantStack}, shared by all such classes): one browser per class, the page
 * opened afresh for each test with nobody logged in (reads are open to anyone, as on a shop-floor screen).
 */
@ExtendWith(PlantStackExtension.class)
abstract class DashboardBrowserTest {

    /** The longest a change takes to reach the page: the fallback poll (5 s) with room to spare. */
    static final Duration PAGE_REFRESH = Duration.ofSeconds(30);

    static PlantStack stack;
    static Browser browser;
    DashboardPage page;

    @BeforeAll
    static void startBrowser(PlantStack plant, org.junit.jupiter.api.TestInfo test) {
        stack = plant;
        browser = Browser.start(
                plant.locations(), test.getTestClass().orElseThrow().getSimpleName());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void openDashboard() throws IOException {
        browser.consoleErrors(); // drains what earlier tests left
        browser.clearCookies(); // nobody logged in
        for (Path file : downloads()) {
            Files.delete(file);
        }
        page = new DashboardPage(browser, pageUrl()).open();
    }

    /** Where the page is opened: through nginx. */
    String pageUrl() {
        return stack.nginx().url();
    }

    /** nginx's access log shows that the page asked for the range's cards, trend and bars. */
    void awaitRequests(int days) {
        await("the page to ask for days=" + days)
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(stack.nginx().accessLog())
                        .anyMatch(line -> line.contains("GET /api/kpis?days=" + days + " "))
                        .anyMatch(line -> line.contains("GET " + trendPath(days) + " "))
                        .anyMatch(line -> line.contains("GET /api/machines?days=" + days + " ")));
    }

    /** The trend's rows: by hour for one day, else by day and shift. */
    static String trendPath(int days) {
        return days == 1 ? "/api/production/hourly?days=1" : "/api/production?days=" + days;
    }

    Path awaitDownload(String suffix) {
        return await("a downloaded " + suffix + " file")
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> downloads().stream()
                                .filter(f -> f.toString().endsWith(suffix))
                                .findFirst()
                                .orElse(null),
                        f -> f != null && f.toFile().length() > 0);
    }

    List<Path> downloads() throws IOException {
        try (Stream<Path> files = Files.list(browser.downloads())) {
            return files.toList();
        }
    }
}
