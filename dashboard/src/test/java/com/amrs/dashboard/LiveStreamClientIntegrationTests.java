package com.amrs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.dashboard.support.Browser;
import com.amrs.dashboard.support.DashboardPage;
import com.amrs.dashboard.support.Locations;
import com.amrs.dashboard.support.Nginx;
import com.amrs.dashboard.support.StandInApiServer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page's live stream client (STOMP over WebSocket through nginx) against a stand-in api-server
 * that speaks the contract and sends updates when the test says so: what the real api-server will
 * do once it has /stomp (issue 4), tested here message by message.
 */
class LiveStreamClientIntegrationTests {

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    private static final Duration PAINT = Duration.ofSeconds(2);

    private static StandInApiServer api;
    private static Nginx nginx;
    private static Browser browser;
    private DashboardPage page;

    @BeforeAll
    static void start() {
        Locations locations = Locations.fromSystemProperties();
        api = new StandInApiServer();
        nginx = Nginx.start(locations.dashboardDir(), locations.freshDir("nginx-stand-in"), api.port());
        browser = Browser.start(locations, "stand-in");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (nginx != null) {
            nginx.stop();
        }
        if (api != null) {
            api.close();
        }
    }

    @BeforeEach
    void openDashboard() {
        api.answer("/api/kpis?days=7", kpis(1000));
        api.answer(
                "/api/production?days=7",
                "[" + productionRow("OPC-UA-M1", 500) + "," + productionRow("OPC-UA-M2", 500) + "]");
        api.answer(
                "/api/machines?days=7",
                "[" + machineKpis("OPC-UA-M1", 500) + "," + machineKpis("OPC-UA-M2", 500) + "]");
        api.answer("/api/machines/live", live(10, 20));
        page = new DashboardPage(browser, nginx.url()).open();
        await("the live stream to connect")
                .atMost(Duration.ofSeconds(20))
                .until(() -> "connected".equals(page.connectionState()));
        await().atMost(PAINT).until(() -> api.subscribers() == 1);
    }

    @Test
    void dotIsGreenAndSaysLiveWhileConnected() {
        assertThat(page.dotColor()).isEqualTo("rgba(63, 185, 80, 1)");
        assertThat(page.text("connection-label")).isEqualTo("Live");
    }

    @Test
    void everyMessageUpdatesTheTableAndLightsUpTheRowsThatChanged() {
        api.publishLive(live(11, 20));

        await("the first update")
                .atMost(PAINT)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> units(0).equals("11"));
        List<Map<String, String>> rows = page.liveRows();
        assertThat(rows.get(0).get("changed")).isEqualTo("true");
        assertThat(rows.get(1).get("changed")).isEqualTo("false");

        api.publishLive(live(11, 25));
        await("the second update")
                .atMost(PAINT)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> units(1).equals("25"));
        await("the highlight to fade")
                .atMost(Duration.ofSeconds(3))
                .until(() -> page.liveRows().stream().noneMatch(row -> "true".equals(row.get("changed"))));
    }

    @Test
    void cardsAreFetchedAgainAfterEachLiveUpdateButNeverMoreOftenThanTheUpdatesCome() {
        int before = api.requests("/api/kpis?days=7");
        api.answer("/api/kpis?days=7", kpis(2000));

        api.publishLive(live(12, 20));
        await("the cards to show the new KPIs")
                .atMost(PAINT)
                .until(() -> page.text("kpi-total-units").equals("2,000"));
        assertThat(api.requests("/api/kpis?days=7")).isEqualTo(before + 1);

        int beforeBurst = api.requests("/api/kpis?days=7");
        for (int i = 0; i < 5; i++) {
            api.publishLive(live(13 + i, 20));
        }
        await().atMost(PAINT).until(() -> units(0).equals("17"));
        await().pollDelay(Duration.ofSeconds(1)).until(() -> true); // let any late refetch arrive
        assertThat(api.requests("/api/kpis?days=7") - beforeBurst).isBetween(1, 5);
    }

    @Test
    void doesNotPollTheRestApiWhileTheStreamIsUp() {
        // the one catch-up read when the stream connects may still be under way
        await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
        int before = api.requests("/api/machines/live");

        await().pollDelay(Duration.ofSeconds(7)).until(() -> true); // longer than the 5 s fallback poll

        assertThat(api.requests("/api/machines/live")).isEqualTo(before);
    }

    @Test
    void dotTurnsRedWhenTheServerGoesAndGreenWhenItIsBackWithoutAReload() {
        api.stop();
        await("the dot to turn red")
                .atMost(Duration.ofSeconds(5))
                .until(() -> "disconnected".equals(page.connectionState()));
        assertThat(page.dotColor()).isEqualTo("rgba(248, 81, 73, 1)");
        assertThat(page.text("connection-label")).startsWith("Offline");
        await("the banner while the API is away").atMost(Duration.ofSeconds(10)).until(page::bannerShown);

        api.start();
        // reconnect backoff: 1, 2, 4, 8 s, at most 15 s
        await("the dot to turn green again")
                .atMost(Duration.ofSeconds(20))
                .until(() -> "connected".equals(page.connectionState()));
        await("the banner to go").atMost(Duration.ofSeconds(10)).until(() -> !page.bannerShown());
        await().atMost(PAINT).until(() -> api.subscribers() == 1);
        api.publishLive(live(30, 40));
        await("updates after the reconnect").atMost(PAINT).until(() -> units(1).equals("40"));
    }

    private String units(int row) {
        return page.liveRows().get(row).get("units");
    }

    private static String kpis(long totalUnits) {
        return """
                {"total_units":%d,"total_defects":12,"yield_percentage":98.8,"defect_rate":1.2,"avg_downtime":3.5,
                 "total_downtime_min":7.0,"oee":81.25,"availability":95.0,"performance":86.5,"quality":98.8,
                 "machine_count":2,"report_date":"%s","period_start":"%s","period_end":"%s"}
                """.formatted(totalUnits, TODAY, LocalDate.parse(TODAY).minusDays(6), TODAY);
    }

    private static String productionRow(String machine, long units) {
        return """
                {"production_date":"%s","machine_id":"%s","shift":"A","units_produced":%d,"defective_units":6,
                 "downtime_min":3.5}""".formatted(TODAY, machine, units);
    }

    private static String machineKpis(String machine, long units) {
        return """
                {"machine_id":"%s","units_produced":%d,"defective_units":6,"downtime_minutes":3.5,
                 "yield_percentage":98.8,"oee":81.25,"availability":95.0,"performance":86.5,"quality":98.8}""".formatted(machine, units);
    }

    private static String live(long unitsM1, long unitsM2) {
        return "[" + liveMachine("OPC-UA-M1", "RUNNING", unitsM1) + "," + liveMachine("OPC-UA-M2", "IDLE", unitsM2)
                + "]";
    }

    private static String liveMachine(String machine, String state, long units) {
        return """
                {"machine_id":"%s","state":"%s","units_produced":%d,"defective_units":0,"downtime_min":0.0,
                 "production_date":"%s","shift":"A","timestamp":"%s"}""".formatted(machine, state, units, TODAY, Instant.now());
    }
}
