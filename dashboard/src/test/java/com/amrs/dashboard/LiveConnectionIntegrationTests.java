package com.amrs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.dashboard.support.ApiServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The live side of the dashboard: STOMP updates of the table, the connection dot, and what the
 * page does while the api-server is away (the tests stop the real process and start it again on
 * the same port).
 */
class LiveConnectionIntegrationTests extends DashboardBrowserTest {

    /** One poll, plus the time a message needs through nginx and the browser to paint. */
    private static final Duration ONE_POLL = ApiServer.POLL_INTERVAL.plusMillis(1500);

    private static final String GREEN = "rgba(63, 185, 80, 1)";
    private static final String RED = "rgba(248, 81, 73, 1)";

    /** Whatever a test did, the next one finds the api-server running. */
    @AfterEach
    void apiServerRunsAgain() {
        if (!stack.apiServer().alive()) {
            stack.apiServer().start();
        }
    }

    @Test
    void liveTableChangesWithinOnePollOverTheStompStream() {
        await("the live stream to connect")
                .atMost(Duration.ofSeconds(20))
                .until(() -> "connected".equals(page.connectionState()));

        for (int poll = 0; poll < 3; poll++) {
            List<Map<String, String>> before = page.liveRows();
            await("a live update within one poll")
                    .atMost(ONE_POLL)
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> !page.liveRows().equals(before));
        }
        await("a changed row to light up")
                .atMost(ONE_POLL.multipliedBy(3))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> page.liveRows().stream().anyMatch(row -> "true".equals(row.get("changed"))));
    }

    @Test
    void dotTurnsRedWhenTheApiServerStopsAndGreenWhenItIsBack() {
        await("the dot to turn green")
                .atMost(Duration.ofSeconds(20))
                .until(() -> "connected".equals(page.connectionState()));
        assertThat(page.dotColor()).isEqualTo(GREEN);

        stack.apiServer().stop();
        await("the dot to turn red")
                .atMost(Duration.ofSeconds(15))
                .until(() -> "disconnected".equals(page.connectionState()));
        assertThat(page.dotColor()).isEqualTo(RED);

        stack.apiServer().start();
        // reconnect backoff is capped at 15 s
        await("the dot to turn green again")
                .atMost(Duration.ofSeconds(30))
                .until(() -> "connected".equals(page.connectionState()));
        assertThat(page.dotColor()).isEqualTo(GREEN);
    }

    @Test
    void showsABannerNotABlankPageWhileTheApiIsAway() {
        assertThat(page.bannerShown()).isFalse();

        stack.apiServer().stop();
        await("the banner").atMost(Duration.ofSeconds(30)).until(page::bannerShown);
        assertThat(page.text("banner-text")).startsWith("The AMRS API is not available");
        String units = page.text("kpi-total-units");
        assertThat(units).as("the last data stays").matches("[\\d,.\\u202f\\u00a0]+");
        await("the last data to stay through the page's polling while the stream is down")
                .during(Duration.ofSeconds(6))
                .atMost(Duration.ofSeconds(8))
                .until(() -> page.text("kpi-total-units").equals(units));
        assertThat(page.connectionState()).isEqualTo("disconnected");
        assertThat(page.dotColor()).isEqualTo(RED);
        browser.screenshot(stack.locations().screenshotsDir().resolve("dashboard-api-away-1280.png"));

        browser.driver().navigate().refresh();
        await("the banner after a reload").atMost(Duration.ofSeconds(30)).until(page::bannerShown);
        assertThat(page.text("plant-name")).isNotBlank();
        assertThat(browser.driver()
                        .findElement(org.openqa.selenium.By.id("kpis"))
                        .isDisplayed())
                .isTrue();

        stack.apiServer().start();
        await("the banner to go").atMost(Duration.ofSeconds(30)).until(() -> !page.bannerShown());
        await("the cards to come back")
                .atMost(Duration.ofSeconds(30))
                .until(() -> !page.text("kpi-total-units").equals("–"));
    }
}
