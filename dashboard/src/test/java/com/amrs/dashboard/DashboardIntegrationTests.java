package com.amrs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.dashboard.support.ApiServer;
import com.amrs.dashboard.support.Displayed;
import com.amrs.dashboard.support.PlantStack;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import tools.jackson.databind.JsonNode;

/** What a plant engineer reads on the dashboard: the cards, the range, the charts and the live table. */
class DashboardIntegrationTests extends DashboardBrowserTest {

    @Test
    void cardsShowTheKpisOfTheApiForSevenDaysByDefault() {
        await("the cards to show /api/kpis?days=7")
                .atMost(PAGE_REFRESH)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(page.cardTexts())
                        .isEqualTo(Displayed.cards(stack.api().json("/api/kpis?days=7"))));

        JsonNode kpis = stack.api().json("/api/kpis?days=7");
        assertThat(page.text("period-range"))
                .isEqualTo("Last 7 days · " + kpis.path("period_start").asString() + " – "
                        + kpis.path("period_end").asString());
        assertThat(browser.driver().findElement(By.id("range-7")).isSelected()).isTrue();
    }

    @Test
    void completenessCardShowsTheShareOfTimeCoveredWarnsBelowNinetyNineAndListsTheGaps() {
        // the seeded month has no B and C shifts at weekends: gaps, well under 99 %
        await("the completeness card to show /api/kpis?days=7")
                .atMost(PAGE_REFRESH)
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    JsonNode completeness = stack.api().json("/api/kpis?days=7").required("completeness");
                    double percent = completeness.required("percent").asDouble();
                    int gaps = completeness.required("gaps").size();
                    assertThat(percent).isLessThan(99);
                    assertThat(page.text("kpi-completeness")).isEqualTo(Displayed.percent(percent));
                    assertThat(page.text("kpi-completeness-detail")).isEqualTo("of the time covered");
                    assertThat(browser.driver()
                                    .findElement(By.id("kpi-completeness-card"))
                                    .getDomAttribute("data-level"))
                            .isEqualTo("warn");
                    assertThat(page.text("kpi-gaps-summary")).isEqualTo(gaps + (gaps == 1 ? " gap" : " gaps"));
                });

        JsonNode oldest = stack.api()
                .json("/api/kpis?days=7")
                .required("completeness")
                .required("gaps")
                .get(0);
        page.click("kpi-gaps-summary");
        await("the gaps to unfold")
                .atMost(Duration.ofSeconds(5))
                .ignoreException(StaleElementReferenceException.class) // the page's refresh drew the list anew
                .untilAsserted(() -> assertThat(browser.driver()
                                .findElement(By.cssSelector("#kpi-gaps-list li"))
                                .getText())
                        .startsWith(oldest.required("machine_id").asString() + " ")
                        .endsWith(" · "
                                + Map.of(
                                                "not_collected", "not collected",
                                                "rejected", "records rejected",
                                                "plc_unreachable", "PLC unreachable")
                                        .get(oldest.required("reason").asString())));
    }

    @Test
    void headerShowsThePlantNameOfTheApi() {
        String name = stack.api().json("/api/plant").path("name").asString();

        assertThat(name).isEqualTo(ApiServer.PLANT_NAME);
        await("the plant name")
                .atMost(PAGE_REFRESH)
                .until(() -> page.text("plant-name").equals(name));
        assertThat(browser.driver().getTitle()).isEqualTo(name + " · AMRS");
    }

    @Test
    void rangeSelectorRefetchesEverythingForTheChosenDays() {
        String sevenDays = page.text("kpi-total-units");

        page.chooseRange(30);
        awaitRequests(30);
        await("the cards to show /api/kpis?days=30")
                .atMost(PAGE_REFRESH)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(page.cardTexts())
                        .isEqualTo(Displayed.cards(stack.api().json("/api/kpis?days=30"))));
        assertThat(page.text("kpi-total-units")).isNotEqualTo(sevenDays);
        assertThat(page.chartLabels("trend-chart")).hasSize(30);
        assertThat(page.currentUrl()).endsWith("?days=30");

        page.chooseRange(1);
        awaitRequests(1);
        await("the cards to show /api/kpis?days=1")
                .atMost(PAGE_REFRESH)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(page.cardTexts())
                        .isEqualTo(Displayed.cards(stack.api().json("/api/kpis?days=1"))));
        assertThat(page.text("period-range")).isEqualTo("Today · " + PlantStack.liveProductionDate());
        assertThat(page.text("trend-sub")).contains("per hour");
    }

    @Test
    void oneDayTrendIsByHourOfThePlantClock() {
        page.chooseRange(1);
        awaitRequests(1);
        await("the hourly trend")
                .atMost(PAGE_REFRESH)
                .until(() -> page.text("trend-sub").contains("per hour"));

        List<String> labels = page.chartLabels("trend-chart");
        List<Number> total = page.chartData("trend-chart", "All machines");
        // asked after the page: the same hours (the page fills those without production with 0), perhaps
        // one more, and the same units in every hour but the running one, which still grows: the page's last,
        // or after midnight one inside the night shift, whose later hours hold the history's records
        Map<String, Long> api = unitsPerHour(stack.api().json("/api/production/hourly?days=1"));
        List<String> apiHours = new ArrayList<>(api.keySet());
        String running =
                LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).toString();
        assertThat(labels).allMatch(label -> label.matches("\\d\\d:00"));
        assertThat(labels).containsAll(apiHours.subList(0, Math.max(0, apiHours.size() - 1)));
        for (int i = 0; i < labels.size() - 1; i++) {
            if (labels.get(i).equals(running)) {
                continue;
            }
            assertThat(total.get(i).longValue())
                    .as("units at %s", labels.get(i))
                    .isEqualTo(api.getOrDefault(labels.get(i), 0L));
        }
        assertThat(browser.driver().findElement(By.id("trend-empty")).isDisplayed())
                .isEqualTo(labels.isEmpty());
        browser.screenshot(stack.locations().screenshotsDir().resolve("dashboard-24h-1280.png"));
    }

    /** "08:00" → units of all machines, in the API's order. */
    private static Map<String, Long> unitsPerHour(JsonNode hourly) {
        Map<String, Long> units = new LinkedHashMap<>();
        for (JsonNode row : hourly) {
            units.merge(
                    row.path("hour_start").asString().substring(11, 16),
                    row.path("units_produced").asLong(),
                    Long::sum);
        }
        return units;
    }

    @Test
    void trendShowsTheUnitsOfEachDayAndBarsCompareTheMachines() {
        JsonNode production = stack.api().json("/api/production?days=7");
        List<String> days = Stream.iterate(PlantStack.liveProductionDate().minusDays(6), d -> d.plusDays(1))
                .limit(7)
                .map(Object::toString)
                .toList();

        assertThat(page.chartLabels("trend-chart")).hasSize(7);
        List<Number> total = page.chartData("trend-chart", "All machines");
        String live = PlantStack.liveProductionDate().toString();
        for (int i = 0; i < 7; i++) {
            String day = days.get(i);
            if (day.equals(live)) {
                continue; // still growing
            }
            long units = 0;
            for (JsonNode row : production) {
                if (row.path("production_date").asString().equals(day)) {
                    units += row.path("units_produced").asLong();
                }
            }
            assertThat(total.get(i).longValue()).as("units on %s", day).isEqualTo(units);
        }

        List<String> machines = new ArrayList<>();
        stack.api()
                .json("/api/machines?days=7")
                .forEach(m -> machines.add(m.path("machine_id").asString()));
        assertThat(page.chartLabels("machines-chart")).isEqualTo(machines);
        assertThat(page.chartData("machines-chart", "Units")).hasSize(machines.size());
        assertThat(page.chartData("machines-chart", "Defective units")).hasSize(machines.size());
    }

    @Test
    void liveTableShowsEveryMachineWithItsStateAndFollowsTheMachines() {
        List<Map<String, String>> first = page.liveRows();
        List<String> machines = new ArrayList<>();
        stack.api()
                .json("/api/machines/live")
                .forEach(m -> machines.add(m.path("machine_id").asString()));

        assertThat(first).extracting(row -> row.get("machine")).isEqualTo(machines);
        assertThat(first).allSatisfy(row -> {
            assertThat(row.get("state")).isIn("RUNNING", "IDLE", "DOWN");
            assertThat(row.get("badge")).contains("state-" + row.get("state").toLowerCase());
        });
        await("the live table to show newer totals")
                .atMost(PAGE_REFRESH)
                .until(() -> !page.liveRows().equals(first));
        await("the live table to equal /api/machines/live")
                .atMost(PAGE_REFRESH)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(page.liveRows())
                        .extracting(row -> row.get("machine") + " " + row.get("state") + " " + row.get("units"))
                        .isEqualTo(liveFromApi()));
    }

    private List<String> liveFromApi() {
        List<String> rows = new ArrayList<>();
        stack.api()
                .json("/api/machines/live")
                .forEach(m -> rows.add(
                        m.path("machine_id").asString() + " " + m.path("state").asString() + " "
                                + Displayed.integer(m.path("units_produced").asLong())));
        return rows;
    }
}
