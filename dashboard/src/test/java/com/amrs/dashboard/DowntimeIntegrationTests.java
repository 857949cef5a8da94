package com.amrs.dashboard;

import static com.amrs.dashboard.support.StopRows.todayMinutesAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.amrs.dashboard.support.ApiServer;
import com.amrs.dashboard.support.DowntimePanels;
import com.amrs.dashboard.support.LoginPage;
import com.amrs.dashboard.support.PlantUsers;
import com.amrs.dashboard.support.StopRows;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Downtime on the dashboard (DESIGN.md §14): the Pareto of the period and today's stops with their reason
 * picker, used by an operator logged in from the header. Stops are written into machine_stops by the test;
 * the simulator adds its own meanwhile.
 */
class DowntimeIntegrationTests extends DashboardBrowserTest {

    private static final String COMMENT_TOO_LONG = "x".repeat(501);

    private DowntimePanels panels;
    private LoginPage login;
    private StopRows rows;

    @BeforeEach
    void panels() {
        panels = new DowntimePanels(browser);
        login = new LoginPage(browser);
        rows = stack.database().stops();
        PlantUsers.ensure(stack.apiServer());
    }

    @Test
    void paretoShowsTheReasonsOfTheStopsWithTheApisMinutesPlannedOnesApart() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        rows.insertEnded(
                "OPC-UA-M2",
                now.minus(Duration.ofMinutes(181)),
                Duration.ofMinutes(45),
                "IDLE",
                802,
                "Planned maintenance",
                "planned");
        rows.insertEnded(
                "OPC-UA-M3",
                now.minus(Duration.ofMinutes(127)),
                Duration.ofMinutes(30),
                "IDLE",
                802,
                "Planned maintenance",
                "planned");
        rows.insertEnded(
                "OPC-UA-M1",
                now.minus(Duration.ofMinutes(151)),
                Duration.ofMinutes(50),
                "DOWN",
                613,
                "Safety stop",
                "unplanned");

        // the simulator's open stops grow and new ones begin: the page's answer lies between two of the API's
        await("the Pareto to show /api/downtime/pareto?days=7")
                .atMost(PAGE_REFRESH)
                .untilAsserted(() -> {
                    Map<String, JsonNode> before = byReason(stack.api().json("/api/downtime/pareto?days=7"));
                    refreshPage();
                    List<Map<String, Object>> bars = panels.paretoBars();
                    Map<String, JsonNode> after = byReason(stack.api().json("/api/downtime/pareto?days=7"));

                    Set<String> shown =
                            bars.stream().map(bar -> (String) bar.get("reason")).collect(Collectors.toSet());
                    assertThat(shown).containsAll(intersection(before.keySet(), after.keySet()));
                    assertThat(union(before.keySet(), after.keySet())).containsAll(shown);
                    for (Map<String, Object> bar : bars) {
                        String reason = (String) bar.get("reason");
                        double minutes = ((Number) bar.get("minutes")).doubleValue();
                        JsonNode api = after.getOrDefault(reason, before.get(reason));
                        assertThat(minutes)
                                .as(reason)
                                .isBetween(minutes(before, reason) - 0.01, minutes(after, reason) + 0.01);
                        assertThat(bar.get("category"))
                                .as(reason)
                                .isEqualTo(api.path("category").asString().equals("planned") ? "Planned" : "Unplanned");
                    }
                    assertThat(bars)
                            .extracting(bar -> ((Number) bar.get("minutes")).doubleValue())
                            .isSortedAccordingTo((a, b) -> Double.compare(b, a));
                });

        List<Map<String, Object>> bars = panels.paretoBars();
        Map<String, Object> maintenance = bar(bars, "Planned maintenance");
        assertThat(((Number) maintenance.get("minutes")).doubleValue()).isCloseTo(75.0, within(0.001));
        assertThat(maintenance.get("category")).isEqualTo("Planned");
        assertThat(maintenance.get("color"))
                .isNotEqualTo(bar(bars, "Safety stop").get("color"));
        assertThat(panels.paretoCumulative().getLast().doubleValue()).isCloseTo(100.0, within(0.001));
        browser.screenshot(stack.locations().screenshotsDir().resolve("dashboard-downtime-1280.png"));
    }

    @Test
    void pickingAReasonForAStopStoresItAndTheRowShowsIt() {
        long id = rows.insertEnded(
                "OPC-UA-M1", todayMinutesAgo(10), Duration.ofSeconds(200), "DOWN", null, "Unassigned", "unplanned");
        page.open();
        Map<String, String> row = awaitRow(id);
        assertThat(row)
                .containsEntry("machine", "OPC-UA-M1")
                .containsEntry("duration", "3 min 20 s")
                .containsEntry("state", "DOWN")
                .containsEntry("reason", "Unassigned")
                .containsEntry("picked", "");

        login.logInFromHeader(PlantUsers.OPERATOR);
        panels.assign(id, 422, "no caps from the warehouse");

        await("the row to show the reason")
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(panels.stopRow(id))
                        .containsEntry("reason", "Material shortage")
                        .containsEntry("comment", "no caps from the warehouse")
                        .containsEntry("message", "Saved: Material shortage")
                        .containsEntry("messageKind", "ok"));
        assertThat(rows.reasonOf(id))
                .containsEntry("reason_code", 422)
                .containsEntry("reason", "Material shortage")
                .containsEntry("comment", "no caps from the warehouse")
                .containsEntry("assigned_by", PlantUsers.OPERATOR.name());
        JsonNode stored = stopOfApi(id);
        assertThat(stored.path("reason_code").asInt()).isEqualTo(422);

        page.open(); // stored, not only on screen; the session outlives the reload
        assertThat(awaitRow(id)).containsEntry("reason", "Material shortage").containsEntry("picked", "422");
        assertThat(login.account()).containsEntry("user", PlantUsers.OPERATOR.name());
    }

    @Test
    void aTooLongCommentShowsTheErrorNextToTheRowAndChangesNothing() {
        long id = rows.insertEnded(
                "OPC-UA-M2", todayMinutesAgo(9), Duration.ofSeconds(75), "DOWN", null, "Unassigned", "unplanned");
        page.open();
        awaitRow(id);

        login.logInFromHeader(PlantUsers.OPERATOR);
        panels.assign(id, 204, COMMENT_TOO_LONG);
        await("the error next to the row")
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(panels.stopRow(id))
                        .containsEntry("messageKind", "error")
                        .containsEntry(
                                "message",
                                "The reason assignment is invalid; nothing was changed."
                                        + " Comment must be at most 500 characters.")
                        .containsEntry("reason", "Unassigned"));

        Map<String, Object> unchanged = new HashMap<>();
        unchanged.put("reason_code", null);
        unchanged.put("reason", "Unassigned");
        unchanged.put("comment", null);
        unchanged.put("assigned_by", null);
        assertThat(rows.reasonOf(id)).isEqualTo(unchanged);
    }

    @Test
    void aReasonAssignedElsewhereReachesTheRowOverTheLiveStream() {
        long id = rows.insertEnded(
                "OPC-UA-M3", todayMinutesAgo(8), Duration.ofSeconds(95), "IDLE", null, "Unassigned", "unplanned");
        page.open();
        awaitRow(id);
        await("the live stream").atMost(Duration.ofSeconds(20)).until(() -> "connected".equals(page.connectionState()));

        var response = stack.api()
                .put("/api/downtime/" + id + "/reason", "{\"reason_code\":801}", "X-API-Key", ApiServer.API_KEY);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        // no REST polling while the stream is up: only /topic/stops can bring it within a few seconds
        await("the row to follow /topic/stops")
                .atMost(Duration.ofSeconds(4))
                .untilAsserted(() -> assertThat(panels.stopRow(id))
                        .containsEntry("reason", "Planned changeover")
                        .containsEntry("picked", "801"));
    }

    @Test
    void anOpenStopSaysHowLongItIsRunningAndTheNewestStopsComeFirst() {
        // a machine the collector does not poll: its open stop is the test's alone
        long id = rows.insertOpen("OPC-UA-M9", todayMinutesAgo(4), "DOWN");
        try {
            page.open();
            String running = awaitRow(id).get("duration");
            assertThat(running).startsWith("running for ");
            await("the running time to tick")
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> !panels.stopRow(id).get("duration").equals(running));

            List<Long> shown = panels.stopIds();
            List<Long> api = stack.api()
                    .json("/api/downtime?days=1&size=100")
                    .path("stops")
                    .valueStream()
                    .map(stop -> stop.path("id").asLong())
                    .toList();
            assertThat(shown.stream().filter(api::contains).toList())
                    .as("newest first, as the API lists them")
                    .isEqualTo(api.stream().filter(shown::contains).toList())
                    .contains(id);
        } finally {
            rows.end(id);
        }
    }

    @Test
    void todaysStopsFitA375PixelPhone() {
        long id = rows.insertEnded(
                "OPC-UA-M1",
                todayMinutesAgo(7),
                Duration.ofSeconds(130),
                "DOWN",
                509,
                "Quality check failed",
                "unplanned");
        browser.emulatePhone(375, 812);
        try {
            page.open();
            awaitRow(id);
            List<String> overflowing = browser.script("""
                    return [...document.querySelectorAll('#stops-table *')]
                      .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > window.innerWidth + 0.5)
                      .filter(e => !e.closest('.visually-hidden'))
                      .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className);
                    """);
            assertThat(overflowing).isEmpty();
            browser.screenshot(stack.locations().screenshotsDir().resolve("dashboard-stops-375.png"));
        } finally {
            browser.stopEmulation();
        }
    }

    private void refreshPage() {
        page.click("refresh");
        await().atMost(Duration.ofSeconds(15))
                .until(() ->
                        Boolean.FALSE.equals(browser.script("return document.getElementById('refresh').disabled")));
    }

    private Map<String, String> awaitRow(long id) {
        return await("stop " + id + " in today's stops")
                .atMost(PAGE_REFRESH)
                .until(() -> panels.stopRow(id), Objects::nonNull);
    }

    private JsonNode stopOfApi(long id) {
        for (JsonNode stop : stack.api().json("/api/downtime?days=1&size=1000").path("stops")) {
            if (stop.path("id").asLong() == id) {
                return stop;
            }
        }
        throw new AssertionError("/api/downtime?days=1 has no stop " + id);
    }

    private static Map<String, JsonNode> byReason(JsonNode pareto) {
        Map<String, JsonNode> entries = new HashMap<>();
        pareto.forEach(entry -> entries.put(entry.path("reason").asString(), entry));
        return entries;
    }

    private static double minutes(Map<String, JsonNode> pareto, String reason) {
        JsonNode entry = pareto.get(reason);
        return entry == null ? 0 : entry.path("minutes").asDouble();
    }

    private static Map<String, Object> bar(List<Map<String, Object>> bars, String reason) {
        return bars.stream()
                .filter(bar -> reason.equals(bar.get("reason")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no bar " + reason + " in " + bars));
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).collect(Collectors.toSet());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }
}
