package com.amrs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.dashboard.support.ApiServer;
import com.amrs.dashboard.support.Displayed;
import com.amrs.dashboard.support.Http;
import com.amrs.dashboard.support.MachinePage;
import com.amrs.dashboard.support.PlantDatabase;
import com.amrs.dashboard.support.PlantStack;
import com.amrs.dashboard.support.StopRows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A machine's page (DESIGN.md §14, #machine=ID): its figures, its 24 h state timeline, its OEE by day and
 * its stops, reached from the live table or the charts and left with Back. Stops are written into
 * machine_stops by the test, where the simulator's machine has none of its own.
 */
class MachinePageIntegrationTests extends DashboardBrowserTest {

    /** Short, so that soon after the production day began there is room for it between other stops. */
    private static final Duration STOP_LENGTH = Duration.ofSeconds(90);
    /** The plant runs on UTC in the tests (PLANT_TIMEZONE). */
    private static final DateTimeFormatter PLANT_CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private MachinePage machinePage;
    private StopRows rows;

    @BeforeEach
    void machinePage() {
        machinePage = new MachinePage(browser, pageUrl());
        rows = stack.database().stops();
    }

    @Test
    void aMachineOfTheLiveTableOpensItsPageWithItsStopInTheTimelineAndBackReturnsToThePlant() {
        Instant start = freeSpanToday("OPC-UA-M1");
        long id = rows.insertEnded("OPC-UA-M1", start, STOP_LENGTH, "DOWN", 613, "Safety stop", "unplanned");

        machinePage.openFromLiveTable("OPC-UA-M1");

        machinePage.awaitLoaded("OPC-UA-M1");
        assertThat(page.currentUrl()).endsWith("/#machine=OPC-UA-M1");
        assertThat(browser.driver().getTitle()).startsWith("OPC-UA-M1 · ");
        String title = "Down · Safety stop · " + PLANT_CLOCK.format(start) + "–"
                + PLANT_CLOCK.format(start.plus(STOP_LENGTH)) + " (1 min 30 s)";
        assertThat(machinePage.segments())
                .filteredOn(segment -> segment.get("from").equals(start.toString()))
                .singleElement()
                .satisfies(segment ->
                        assertThat(segment).containsEntry("state", "DOWN").containsEntry("title", title));
        await("the machine's stops")
                .atMost(PAGE_REFRESH)
                .until(() -> machinePage.stopIds().contains(id));
        assertThat(machinePage.stopMachines()).containsOnly("OPC-UA-M1");

        browser.driver().navigate().back();

        await("the plant view").atMost(Duration.ofSeconds(10)).until(() -> "plant".equals(machinePage.view()));
        assertThat(page.currentUrl()).doesNotContain("#machine");
        assertThat(page.liveRows()).isNotEmpty();
        assertThat(browser.script("return document.activeElement.dataset.machine ?? ''")
                        .toString())
                .as("the focus is back on the machine's link")
                .isEqualTo("OPC-UA-M1");
    }

    @Test
    void aReasonAssignedToTheMachinesStopReachesItsTimelineAndStopsOverTheLiveStream() {
        Instant start = freeSpanToday("OPC-UA-M2");
        long id = rows.insertEnded("OPC-UA-M2", start, STOP_LENGTH, "IDLE", null, "Unassigned", "unplanned");
        machinePage.openFromLiveTable("OPC-UA-M2");
        machinePage.awaitLoaded("OPC-UA-M2");
        await("the live stream").atMost(Duration.ofSeconds(20)).until(() -> "connected".equals(page.connectionState()));

        var response = stack.api()
                .put("/api/downtime/" + id + "/reason", "{\"reason_code\":801}", "X-API-Key", ApiServer.API_KEY);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        // the timeline is refreshed once a minute otherwise: only /topic/stops brings it within seconds
        await("the timeline to follow /topic/stops")
                .atMost(Duration.ofSeconds(4))
                .untilAsserted(() -> assertThat(machinePage.segments())
                        .filteredOn(segment -> segment.get("from").equals(start.toString()))
                        .singleElement()
                        .satisfies(segment -> assertThat(segment.get("title"))
                                .startsWith("Idle · Planned changeover · " + PLANT_CLOCK.format(start) + "–")));
        assertThat(machinePage.stopIds()).contains(id);
    }

    @Test
    void aBookmarkedPageShowsTheFiguresOfItsRangeAndTodaysOeeAsGetApiOeeDailyAnswersIt() {
        machinePage.load("?days=30", "OPC-UA-M3");
        machinePage.awaitLoaded("OPC-UA-M3");

        await("the figures to show /api/machines/OPC-UA-M3?days=30")
                .atMost(PAGE_REFRESH)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(machinePage.figures(List.copyOf(FIGURES.keySet())))
                        .isEqualTo(figures(stack.api().json("/api/machines/OPC-UA-M3?days=30"))));
        assertThat(page.text("machine-period")).isEqualTo("Last 30 days");

        String today = PlantStack.liveProductionDate().toString();
        String daily = "/api/oee/daily?days=30&machine=OPC-UA-M3";
        // today's OEE changes with every poll: the page's, asked on Refresh, is one of the API's just before or after
        await("today's OEE as /api/oee/daily answers it").atMost(PAGE_REFRESH).untilAsserted(() -> {
            JsonNode before = stack.api().json(daily);
            refreshPage();
            List<Number> shown = machinePage.trendLine("OEE");
            Map<String, String> row = machinePage.trendRow(today);
            JsonNode after = stack.api().json(daily);
            assertThat(List.of(line(before, "oee"), line(after, "oee"))).contains(doubles(shown));
            assertThat(List.of(trendRow(before.get(before.size() - 1)), trendRow(after.get(after.size() - 1))))
                    .contains(row);
        });
        assertThat(machinePage.trendLine("OEE")).hasSize(30);
        assertThat(stack.api().json(daily).get(29).path("date").asString()).isEqualTo(today);
    }

    @Test
    void anUnknownMachineInTheAddressShowsTheApisNotFoundMessage() {
        var answer = stack.api().get("/api/machines/NOPE?days=7", "Accept", "application/json");
        assertThat(answer.statusCode()).isEqualTo(404);
        String detail = Http.parse(new String(answer.body(), StandardCharsets.UTF_8))
                .path("detail")
                .asString();

        machinePage.load("", "NOPE");

        await("the API's message")
                .atMost(Duration.ofSeconds(20))
                .until(() -> !machinePage.problem().isEmpty());
        assertThat(machinePage.problem()).isEqualTo(detail).contains("NOPE");
        assertThat(machinePage.machine()).isEqualTo("NOPE");
        assertThat(machinePage.contentShown()).isFalse();

        machinePage.clickBackToPlant();
        await("the plant view").atMost(Duration.ofSeconds(10)).until(() -> "plant".equals(machinePage.view()));
        await("the plant's cards").atMost(PAGE_REFRESH).until(page::loaded);
    }

    @Test
    void aMachinesBarInTheComparisonChartOrItsLineInTheTrendOpensItsPage() {
        machinePage.openFromMachinesChart("OPC-UA-M3");

        machinePage.awaitLoaded("OPC-UA-M3");
        assertThat(page.currentUrl()).endsWith("#machine=OPC-UA-M3");

        browser.driver().navigate().back();
        await("the plant view").atMost(Duration.ofSeconds(10)).until(() -> "plant".equals(machinePage.view()));
        machinePage.openFromTrendChart("OPC-UA-M2");

        machinePage.awaitLoaded("OPC-UA-M2");
        assertThat(page.currentUrl()).endsWith("#machine=OPC-UA-M2");
    }

    @Test
    void theMachinePageMeetsWcag21AaFitsAPhoneAndLogsNoConsoleErrors() throws IOException {
        // a stop in the timeline and the table of the screenshots
        rows.insertEnded(
                "OPC-UA-M1", freeSpanToday("OPC-UA-M1"), STOP_LENGTH, "DOWN", 509, "Quality check failed", "unplanned");
        machinePage.openFromLiveTable("OPC-UA-M1");
        machinePage.awaitLoaded("OPC-UA-M1");
        await().atMost(PAGE_REFRESH)
                .until(() ->
                        machinePage.trendRow(PlantStack.liveProductionDate().toString()) != null);
        browser.script("document.querySelector('.chart-table').open = true");

        assertThat(Accessibility.violations(browser, stack.locations())).isEmpty();
        browser.screenshot(stack.locations().screenshotsDir().resolve("dashboard-machine-1280.png"));

        browser.emulatePhone(375, 812);
        try {
            machinePage.load("", "OPC-UA-M1");
            machinePage.awaitLoaded("OPC-UA-M1");
            List<String> overflowing = browser.script("""
                    return [...document.querySelectorAll('#machine-view *')]
                      .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > window.innerWidth + 0.5)
                      .filter(e => !e.closest('.visually-hidden'))
                      .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className);
                    """);
            assertThat(overflowing).isEmpty();
            assertThat(Accessibility.violations(browser, stack.locations())).isEmpty();
            browser.screenshot(stack.locations().screenshotsDir().resolve("dashboard-machine-375.png"));
        } finally {
            browser.stopEmulation();
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** The figures' element ids and the /api/machines/{id} fields they show. */
    private static final Map<String, String> FIGURES = figureFields();

    private static Map<String, String> figureFields() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("machine-units", "units_produced");
        fields.put("machine-defects", "defective_units");
        fields.put("machine-yield", "yield_percentage");
        fields.put("machine-oee", "oee");
        fields.put("machine-availability", "availability");
        fields.put("machine-performance", "performance");
        fields.put("machine-quality", "quality");
        fields.put("machine-mtbf", "mtbf_min");
        fields.put("machine-mttr", "mttr_min");
        fields.put("machine-downtime", "downtime_minutes");
        fields.put("machine-completeness", "completeness");
        return fields;
    }

    private static Map<String, String> figures(JsonNode machine) {
        var texts = new LinkedHashMap<String, String>();
        FIGURES.forEach((id, field) -> {
            JsonNode value = field.equals("completeness")
                    ? machine.required("completeness").path("percent")
                    : machine.path(field);
            texts.put(
                    id,
                    value.isNull() || value.isMissingNode()
                            ? "–"
                            : switch (field) {
                                case "units_produced", "defective_units" -> Displayed.integer(value.asLong());
                                case "mtbf_min", "mttr_min", "downtime_minutes" -> Displayed.minutes(value.asDouble());
                                default -> Displayed.percent(value.asDouble());
                            });
        });
        return texts;
    }

    /** What the trend table shows of a day of /api/oee/daily. */
    private static Map<String, String> trendRow(JsonNode day) {
        var shown = new LinkedHashMap<String, String>();
        for (String part : List.of("oee", "availability", "performance", "quality")) {
            shown.put(
                    part,
                    day.path(part).isNull()
                            ? "–"
                            : Displayed.percent(day.path(part).asDouble()));
        }
        for (String minutes : List.of("planned_min", "fully_productive_min")) {
            shown.put(
                    minutes,
                    day.path(minutes).isNull()
                            ? "–"
                            : Displayed.minutes(day.path(minutes).asDouble()));
        }
        return shown;
    }

    /** A part of every day of /api/oee/daily, null on a day without data. */
    private static List<Double> line(JsonNode daily, String part) {
        List<Double> values = new ArrayList<>();
        daily.forEach(day ->
                values.add(day.path(part).isNull() ? null : day.path(part).asDouble()));
        return values;
    }

    private static List<Double> doubles(List<Number> numbers) {
        List<Double> values = new ArrayList<>();
        numbers.forEach(number -> values.add(number == null ? null : number.doubleValue()));
        return values;
    }

    private void refreshPage() {
        page.click("refresh");
        await().atMost(Duration.ofSeconds(15))
                .until(() ->
                        Boolean.FALSE.equals(browser.script("return document.getElementById('refresh').disabled")));
    }

    /**
     * A start today, a minute after the production date began or later, for a stop of {@link #STOP_LENGTH}
     * that is over and overlaps none of the machine's own: the timeline shows a stop only when no earlier
     * one of the machine is still going on at its start. Just after 06:00 (UTC) this waits for room.
     */
    private Instant freeSpanToday(String machine) {
        LocalDate today = PlantStack.liveProductionDate();
        Instant dayStart = PlantDatabase.CALENDAR.dayStart(today);
        return await("room today for a stop of " + machine)
                .atMost(Duration.ofMinutes(8))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> rows.freeSpan(
                                        machine,
                                        today,
                                        dayStart.plus(Duration.ofMinutes(1)),
                                        STOP_LENGTH,
                                        Instant.now().minusSeconds(30))
                                .map(start -> start.plusSeconds(1).truncatedTo(ChronoUnit.SECONDS))
                                .orElse(null),
                        start -> start != null);
    }
}
