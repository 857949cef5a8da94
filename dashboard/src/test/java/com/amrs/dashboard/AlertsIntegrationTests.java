package com.amrs.dashboard;

import static com.amrs.dashboard.support.AlertsPage.HISTORY;
import static com.amrs.dashboard.support.AlertsPage.PANEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.dashboard.support.AlertRows;
import com.amrs.dashboard.support.AlertRows.Alert;
import com.amrs.dashboard.support.AlertsPage;
import com.amrs.dashboard.support.Displayed;
import com.amrs.dashboard.support.Http;
import com.amrs.dashboard.support.LoginPage;
import com.amrs.dashboard.support.PlantUsers;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The alerts on the dashboard (DESIGN.md §17) in real Chromium against the real api-server: the plant's firing
 * alerts with "Acknowledge" for an operator, none for a viewer, the history at #alerts, a refusal next to its button,
 * an acknowledgement made elsewhere reaching the page over /topic/alerts, accessibility and a phone. Alerts are
 * written into the alerts table by the test, as the api-server writes one that fires, under rule names of its own.
 */
class AlertsIntegrationTests extends DashboardBrowserTest {

    private static final Alert M2_DOWN = new Alert(
            "dashboard-m2-down",
            "machine_down",
            "OPC-UA-M2",
            "OPC-UA-M2 has been DOWN for 5 min — rule dashboard-m2-down");
    private static final Alert M1_OEE = new Alert(
            "dashboard-m1-oee",
            "oee_below",
            "OPC-UA-M1",
            "OEE of OPC-UA-M1 is 72.5 %, below 80 % over the last hour — rule dashboard-m1-oee");

    private AlertRows alerts;
    private AlertsPage alertsPage;
    private LoginPage login;

    @BeforeEach
    void alertsAndUsers() {
        alerts = stack.database().alerts();
        alertsPage = new AlertsPage(browser, pageUrl());
        login = new LoginPage(browser);
        PlantUsers.ensure(stack.apiServer());
    }

    @AfterEach
    void deleteAlerts() {
        alerts.deleteWritten();
    }

    @Test
    void anOperatorAcknowledgesAFiringAlertOnThePlantAndItsRowSaysWho() {
        Instant started = minutesAgo(7);
        long id = alerts.insertFiring(M2_DOWN, started);
        login.logInFromHeader(PlantUsers.OPERATOR);

        Map<String, Object> row = alertsPage.awaitRow(PANEL, id);
        assertThat(row)
                .containsEntry("machine", "OPC-UA-M2")
                .containsEntry("rule", "dashboard-m2-down")
                .containsEntry("condition", "Machine down")
                .containsEntry("text", M2_DOWN.text())
                .containsEntry("since", Displayed.alertTime(started))
                .containsEntry("acknowledged", "Not acknowledged")
                .containsEntry("button", true)
                .containsEntry("describedBy", row.get("messageId"))
                .containsEntry("messageLive", "polite");
        assertThat((String) row.get("lasted")).startsWith("for 7 min");
        int firing = stack.api().json("/api/alerts?state=firing").size();
        assertThat(alertsPage.summary())
                .containsEntry("state", "firing")
                .containsEntry("role", "status")
                .containsEntry("live", "polite")
                .containsEntry("count", String.valueOf(firing))
                .containsEntry("link", "Alerts, " + firing + " firing");
        assertThat(alertsPage.summary().get("text")).matches("\\d+ alerts? firing, .*\\.");

        alertsPage.acknowledge(PANEL, id);

        await("the row to say who acknowledged it")
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(alertsPage.row(PANEL, id))
                        .containsEntry("button", false)
                        .containsEntry("message", "Acknowledged.")
                        .containsEntry("messageKind", "ok"));
        Map<String, Object> stored = alerts.acknowledgementOf(id);
        assertThat(stored).containsEntry("acknowledged_by", PlantUsers.OPERATOR.name());
        assertThat(alertsPage.row(PANEL, id))
                .containsEntry(
                        "acknowledged",
                        PlantUsers.OPERATOR.name() + " at "
                                + Displayed.alertTime((Instant) stored.get("acknowledged_at")));
        assertThat(alertsPage.focused()).isEqualTo(row.get("messageId")); // not lost with the button
        // a write with the session's CSRF header, else 403
        assertThat(stack.nginx().accessLog())
                .anyMatch(line -> line.contains("POST /api/alerts/" + id + "/ack ") && line.contains(" 200 "));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void nobodyAndAViewerSeeTheFiringAlertsButNoAcknowledge() throws IOException {
        long id = alerts.insertFiring(M2_DOWN, minutesAgo(3));
        page.open();
        assertThat(alertsPage.awaitRow(PANEL, id)).containsEntry("button", false);
        assertThat(alertsPage.visibleAckButtons()).isZero();
        assertThat(alertsPage.notes()).containsExactly("Log in as an operator to acknowledge alerts.");

        login.logInFromHeader(PlantUsers.VIEWER);
        assertThat(alertsPage.awaitRow(PANEL, id))
                .containsEntry("acknowledged", "Not acknowledged")
                .containsEntry("button", false);
        assertThat(alertsPage.visibleAckButtons()).isZero();
        assertThat(alertsPage.notes())
                .containsExactly("Acknowledging alerts needs the operator role; you are logged in as viewer.");

        alertsPage.openHistoryFromHeader();
        assertThat(alertsPage.awaitRow(HISTORY, id))
                .containsEntry("state", "Firing")
                .containsEntry("button", false);
        assertThat(alertsPage.visibleAckButtons()).isZero();
        assertThat(alertsPage.notes())
                .containsExactly("Acknowledging alerts needs the operator role; you are logged in as viewer.");
        assertThat(Accessibility.violations(browser, stack.locations())).isEmpty();
    }

    @Test
    void theHistoryListsFiringAndResolvedAlertsOfTheChosenDaysNewestFirst() {
        Instant resolvedStart = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofDays(2));
        long firing = alerts.insertFiring(M2_DOWN, minutesAgo(30));
        long resolved = alerts.insertResolved(M1_OEE, resolvedStart, resolvedStart.plus(Duration.ofMinutes(20)));
        Instant oldStart = Instant.now().minus(Duration.ofDays(20));
        long old = alerts.insertResolved(M1_OEE, oldStart, oldStart.plus(Duration.ofMinutes(5)));

        alertsPage.openHistoryFromHeader();
        assertThat(alertsPage.focused()).isEqualTo("alerts-title");
        assertThat(browser.<String>script("return document.title")).startsWith("Alerts · ");
        assertThat(currentNavLink()).isEqualTo("nav-alerts");
        assertThat(alertsPage.awaitRow(HISTORY, firing))
                .containsEntry("state", "Firing")
                .containsEntry("resolved", "–")
                .containsEntry("acknowledged", "Not acknowledged")
                .hasEntrySatisfying(
                        "details",
                        details -> assertThat((String) details)
                                .contains("fault code: 101") // in the order jsonb keeps the keys: the page needs none
                                .contains("reason: Jam at infeed"));
        assertThat(alertsPage.row(HISTORY, resolved))
                .containsEntry("state", "Resolved")
                .containsEntry("rule", "dashboard-m1-oee")
                .containsEntry("condition", "OEE below threshold")
                .containsEntry("since", Displayed.alertTime(resolvedStart))
                .containsEntry("fired", Displayed.alertTime(resolvedStart.plus(Duration.ofMinutes(1))))
                .containsEntry("resolved", Displayed.alertTime(resolvedStart.plus(Duration.ofMinutes(20))))
                .containsEntry("lasted", "lasted 20 min 00 s")
                .containsEntry("acknowledged", "–")
                .containsEntry("button", false);
        assertThat(alertsPage.row(HISTORY, old)).as("fired 20 days ago").isNull();
        assertThat(shownAsTheApiListsThem("/api/alerts?state=all&days=7")).contains(firing, resolved);

        alertsPage.chooseDays(30);
        alertsPage.awaitRow(HISTORY, old);
        assertThat(shownAsTheApiListsThem("/api/alerts?state=all&days=30")).contains(firing, resolved, old);
        assertThat(alertsPage.historyStatus()).matches("\\d+ alerts in the last 30 days, \\d+ still firing\\.");

        alertsPage.chooseFilter("firing");
        await("the firing ones only")
                .atMost(Duration.ofSeconds(10))
                .until(() -> alertsPage.row(HISTORY, resolved) == null);
        assertThat(alertsPage.rows(HISTORY)).extracting(row -> row.get("state")).containsOnly("Firing");
        assertThat(shownAsTheApiListsThem("/api/alerts?state=firing")).contains(firing);
        assertThat(stack.nginx().accessLog())
                .anyMatch(line -> line.contains("GET /api/alerts?state=all&days=30 "))
                .anyMatch(line -> line.contains("GET /api/alerts?state=firing "));

        browser.driver().navigate().back();
        await("the plant again")
                .atMost(Duration.ofSeconds(10))
                .until(() -> browser.<Boolean>script("return !document.getElementById('plant-view').hidden"));
        assertThat(alertsPage.focused()).isEqualTo("nav-alerts");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void anAlertResolvedMeanwhileShowsTheProblemNextToItsButtonAndStaysUnacknowledged() {
        long id = alerts.insertFiring(M2_DOWN, minutesAgo(4));
        login.logInFromHeader(PlantUsers.OPERATOR);
        alertsPage.awaitRow(PANEL, id);
        alerts.resolve(id); // behind the page's back: no message on /topic/alerts

        alertsPage.acknowledge(PANEL, id);

        await("the refusal next to the button")
                .atMost(Duration.ofSeconds(10))
                .until(() -> alertsPage.row(PANEL, id).get("messageKind"), "error"::equals);
        String detail = stack.api()
                .post("/api/alerts/" + id + "/ack", "", "Authorization", PlantUsers.OPERATOR.basicAuthorization())
                .body();
        assertThat(alertsPage.row(PANEL, id))
                .containsEntry("button", true)
                .containsEntry(
                        "message",
                        "Not acknowledged: " + Http.parse(detail).path("detail").asString());
        assertThat(alerts.acknowledgementOf(id)).containsEntry("acknowledged_by", null);
        assertThat(stack.nginx().accessLog())
                .anyMatch(line -> line.contains("POST /api/alerts/" + id + "/ack ") && line.contains(" 409 "));
        browser.consoleErrors(); // the 409's line in the console is the point of this test
    }

    @Test
    void anAcknowledgementMadeElsewhereReachesThePlantOverTheLiveStream() {
        long id = alerts.insertFiring(M2_DOWN, minutesAgo(6));
        page.open();
        alertsPage.awaitRow(PANEL, id);
        await("the live stream").atMost(Duration.ofSeconds(20)).until(() -> "connected".equals(page.connectionState()));

        var response = stack.api()
                .post("/api/alerts/" + id + "/ack", "", "Authorization", PlantUsers.OPERATOR.basicAuthorization());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        // no REST polling while the stream is up: only /topic/alerts can bring it within a few seconds
        await("the row to follow /topic/alerts")
                .atMost(Duration.ofSeconds(4))
                .untilAsserted(
                        () -> assertThat((String) alertsPage.row(PANEL, id).get("acknowledged"))
                                .startsWith(PlantUsers.OPERATOR.name() + " at "));
    }

    @Test
    void meetsWcag21AaAndFitsA375PixelPhoneWithAlertsFiring() throws IOException {
        long firing = alerts.insertFiring(M2_DOWN, minutesAgo(12));
        Instant resolvedStart = minutesAgo(90);
        long resolved = alerts.insertResolved(M1_OEE, resolvedStart, resolvedStart.plus(Duration.ofMinutes(65)));
        login.logInFromHeader(PlantUsers.OPERATOR);
        alertsPage.awaitRow(PANEL, firing);
        assertThat(Accessibility.violations(browser, stack.locations())).isEmpty();
        browser.screenshot(stack.locations().screenshotsDir().resolve("dashboard-alerts-panel-1280.png"));
        alertsPage.openHistoryFromHeader();
        alertsPage.awaitRow(HISTORY, resolved);
        assertThat(Accessibility.violations(browser, stack.locations())).isEmpty();
        browser.screenshot(stack.locations().screenshotsDir().resolve("dashboard-alerts-1280.png"));

        browser.emulatePhone(375, 812);
        try {
            page.open();
            alertsPage.awaitRow(PANEL, firing);
            assertThat(overflowing()).isEmpty();
            assertThat(Accessibility.violations(browser, stack.locations())).isEmpty();
            browser.screenshot(stack.locations().screenshotsDir().resolve("dashboard-alerts-panel-375.png"));
            alertsPage.loadHistory();
            alertsPage.awaitRow(HISTORY, resolved);
            assertThat(overflowing()).isEmpty();
            assertThat(Accessibility.violations(browser, stack.locations())).isEmpty();
            browser.screenshot(stack.locations().screenshotsDir().resolve("dashboard-alerts-375.png"));
        } finally {
            browser.stopEmulation();
        }
    }

    private static Instant minutesAgo(int minutes) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(minutes));
    }

    /** The ids shown, in the API's order (the ids of both, as alerts may fire meanwhile). */
    private List<Long> shownAsTheApiListsThem(String path) {
        return await("the history as " + path)
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> {
                            List<Long> shown = alertsPage.rows(HISTORY).stream()
                                    .map(row -> Long.valueOf((String) row.get("id")))
                                    .toList();
                            List<Long> api = stack.api()
                                    .json(path)
                                    .valueStream()
                                    .map(alert -> alert.path("id").asLong())
                                    .toList();
                            List<Long> both =
                                    shown.stream().filter(api::contains).toList();
                            return both.equals(api.stream()
                                                    .filter(shown::contains)
                                                    .toList())
                                            && both.size() == shown.size()
                                    ? both
                                    : null;
                        },
                        ids -> ids != null);
    }

    /** Elements wider than the phone (what a user would scroll sideways for). */
    private List<String> overflowing() {
        Number content = browser.script("return document.documentElement.scrollWidth");
        assertThat(content.intValue()).isLessThanOrEqualTo(375);
        return browser.script("""
                return [...document.querySelectorAll('body *')]
                  .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > window.innerWidth + 0.5)
                  .filter(e => !e.closest('.visually-hidden, .range input, .segmented input'))
                  .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className);
                """);
    }

    /** The id of the header's link marked as the view shown. */
    private String currentNavLink() {
        return browser.script("return document.querySelector('.views-nav a[aria-current=\"page\"]')?.id ?? ''");
    }
}
