package com.amrs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.dashboard.support.Displayed;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The page where nginx is absent: served by the launcher's dashboard server ({@code launcher.jar
 * serve-dashboard}, as {@code ./amrs up} runs it), in real Chromium, with the API and the STOMP stream from that
 * same origin and nginx.conf's security headers.
 */
class ServedByTheLauncherIntegrationTests extends DashboardBrowserTest {

    @Override
    String pageUrl() {
        return stack.apiServer().dashboardUrl();
    }

    @Test
    void cardsShowTheKpisOfTheApi() {
        await("the cards to show /api/kpis?days=7")
                .atMost(PAGE_REFRESH)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(page.cardTexts())
                        .isEqualTo(Displayed.cards(stack.api().json("/api/kpis?days=7"))));
        assertThat(browser.consoleErrors())
                .as("no script, style or connection blocked")
                .isEmpty();
    }

    @Test
    void liveTableChangesOverTheStompStream() {
        await("the live stream to connect")
                .atMost(Duration.ofSeconds(20))
                .until(() -> "connected".equals(page.connectionState()));

        for (int poll = 0; poll < 2; poll++) {
            List<Map<String, String>> before = page.liveRows();
            await("a live update")
                    .atMost(PAGE_REFRESH)
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> !page.liveRows().equals(before));
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
