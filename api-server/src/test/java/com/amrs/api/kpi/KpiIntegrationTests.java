package com.amrs.api.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.support.ProductionRows;
import com.amrs.api.support.RestIntegrationTest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * KPIs against numbers computed by hand from the rows below (today is 2026-01-26, plant time UTC,
 * so {@code days=7} is 2026-01-20 through 2026-01-26; every row covers one 8-hour shift = 480 min):
 *
 * <pre>
 * machine   date        shift units  defects downtime ideal cycle
 * M1        2026-01-26  A     12000  240     30.00    2.0 s
 * M1        2026-01-25  B     11000  110     60.50    2.0 s
 * M2        2026-01-26  A     15000  300     12.25    1.5 s
 * M2        2026-01-19  C      5000    5      1.00    1.5 s   (outside the 7-day window)
 * </pre>
 */
class KpiIntegrationTests extends RestIntegrationTest {

    private static final double SHIFT_SEC = 8 * 3600;

    @BeforeEach
    void insertRows() {
        ProductionRows.insert(jdbc, "M1", TODAY, "A", 12000, 240, 30.0, SHIFT_SEC, 2.0, at("2026-01-26T09:00:00Z"));
        ProductionRows.insert(
                jdbc, "M1", TODAY.minusDays(1), "B", 11000, 110, 60.5, SHIFT_SEC, 2.0, at("2026-01-25T16:00:00Z"));
        ProductionRows.insert(jdbc, "M2", TODAY, "A", 15000, 300, 12.25, SHIFT_SEC, 1.5, at("2026-01-26T09:30:00Z"));
        ProductionRows.insert(
                jdbc, "M2", TODAY.minusDays(7), "C", 5000, 5, 1.0, SHIFT_SEC, 1.5, at("2026-01-19T23:00:00Z"));
    }

    @Test
    void computesKpisOfTheWindowFromTheRows() {
        // units 12000 + 11000 + 15000 = 38000, defects 240 + 110 + 300 = 650
        // yield (38000 - 650) / 38000 = 98.289..% -> 98.29, defect rate 100 - 98.29 = 1.71
        // downtime 30 + 60.5 + 12.25 = 102.75 min over 2 machines -> 51.375 -> 51.38
        // OEE (DESIGN.md §14): planned time is the calendar's from the machine's first record on, not the
        // records': M2 was first seen before the window: 2026-01-20..25 are 6 x 1440 min, today's shift A has
        // run 240 min by 10:00, so 8880 min; M1's first record (16:00, 8 h) began 2026-01-25 08:00: 1560 min;
        // 10440 for both. No stops: availability 100 %; net run (ideal cycle x units) 2.0 x 23000 / 60 + 1.5 x
        // 15000 / 60 = 1141.67 min -> performance 1141.67 / 10440 = 10.94 % (the records cover few of the
        // shifts: completeness 9.2 %); quality = fully productive / net run = (2.0 x 22650 + 1.5 x 14700) / 60
        // / 1141.67 = 1122.5 / 1141.67 = 98.32 %; oee 1122.5 / 10440 = 10.75 %
        var json = assertThat(mvc.get().uri("/api/kpis?days=7")).hasStatusOk().bodyJson();
        json.extractingPath("$.total_units").isEqualTo(38000);
        json.extractingPath("$.total_defects").isEqualTo(650);
        json.extractingPath("$.yield_percentage").isEqualTo(98.29);
        json.extractingPath("$.defect_rate").isEqualTo(1.71);
        json.extractingPath("$.total_downtime_min").isEqualTo(102.75);
        json.extractingPath("$.avg_downtime").isEqualTo(51.38);
        json.extractingPath("$.availability").isEqualTo(100.0);
        json.extractingPath("$.performance").isEqualTo(10.94);
        json.extractingPath("$.quality").isEqualTo(98.32);
        json.extractingPath("$.oee").isEqualTo(10.75);
        json.extractingPath("$.machine_count").isEqualTo(2);
        json.extractingPath("$.report_date").isEqualTo("2026-01-26");
        json.extractingPath("$.period_start").isEqualTo("2026-01-20");
        json.extractingPath("$.period_end").isEqualTo("2026-01-26");
    }

    @Test
    void oneDayIsTodayOnly() {
        // today: units 12000 + 15000 = 27000, defects 540, downtime 30 + 12.25 = 42.25 -> 21.125 -> 21.13
        var json = assertThat(mvc.get().uri("/api/kpis?days=1")).hasStatusOk().bodyJson();
        json.extractingPath("$.total_units").isEqualTo(27000);
        json.extractingPath("$.total_defects").isEqualTo(540);
        json.extractingPath("$.avg_downtime").isEqualTo(21.13);
        json.extractingPath("$.period_start").isEqualTo("2026-01-26");
    }

    @Test
    void filtersByMachine() {
        var json = assertThat(mvc.get().uri("/api/kpis?days=7&machine_id=M2"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.total_units").isEqualTo(15000);
        json.extractingPath("$.machine_count").isEqualTo(1);
    }

    @Test
    void emptyWindowGivesZeros() {
        jdbc.sql("truncate live_production").update();
        var json = assertThat(mvc.get().uri("/api/kpis")).hasStatusOk().bodyJson();
        json.extractingPath("$.total_units").isEqualTo(0);
        json.extractingPath("$.yield_percentage").isEqualTo(0.0);
        json.extractingPath("$.oee").isEqualTo(0.0);
        json.extractingPath("$.machine_count").isEqualTo(0);
    }

    @Test
    void listsMachinesWithTheirOee() {
        // M1: units 23000, defects 350, downtime 90.5; yield 22650 / 23000 = 98.48 %
        // planned 1560 min (as above), no stops: availability 100 %; performance 766.67 / 1560 = 49.15 %,
        // oee 2.0 x 22650 / 60 / 1560 = 755 / 1560 = 48.40 %
        // M2: planned 8880 min, performance 375 / 8880 = 4.22 %, quality 98 %, oee 367.5 / 8880 = 4.14 %
        var json =
                assertThat(mvc.get().uri("/api/machines?days=7")).hasStatusOk().bodyJson();
        json.extractingPath("$[*].machine_id").asArray().containsExactly("M1", "M2");
        json.extractingPath("$[0].units_produced").isEqualTo(23000);
        json.extractingPath("$[0].defective_units").isEqualTo(350);
        json.extractingPath("$[0].downtime_minutes").isEqualTo(90.5);
        json.extractingPath("$[0].yield_percentage").isEqualTo(98.48);
        json.extractingPath("$[0].availability").isEqualTo(100.0);
        json.extractingPath("$[0].performance").isEqualTo(49.15);
        json.extractingPath("$[0].quality").isEqualTo(98.48);
        json.extractingPath("$[0].oee").isEqualTo(48.4);
        json.extractingPath("$[0].last_seen").isEqualTo("2026-01-26T09:00:00Z");
        json.extractingPath("$[1].availability").isEqualTo(100.0);
        json.extractingPath("$[1].performance").isEqualTo(4.22);
        json.extractingPath("$[1].quality").isEqualTo(98.0);
        json.extractingPath("$[1].oee").isEqualTo(4.14);
    }

    @Test
    void showsOneMachine() {
        var json = assertThat(mvc.get().uri("/api/machines/M1?days=7"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.machine_id").isEqualTo("M1");
        json.extractingPath("$.units_produced").isEqualTo(23000);
    }

    @Test
    void unknownMachineIsNotFound() {
        assertThat(mvc.get().uri("/api/machines/NOPE"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("urn:amrs:problem:unknown-machine");
        assertThat(mvc.get().uri("/api/kpis?machine_id=NOPE")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/production?machine_id=NOPE")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void listsProductionPerDayMachineAndShift() {
        var json = assertThat(mvc.get().uri("/api/production?days=7"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.length()").isEqualTo(3);
        json.extractingPath("$[0]")
                .convertTo(java.util.Map.class)
                .isEqualTo(java.util.Map.of(
                        "production_date",
                        "2026-01-25",
                        "machine_id",
                        "M1",
                        "shift",
                        "B",
                        "units_produced",
                        11000,
                        "defective_units",
                        110,
                        "downtime_min",
                        60.5));
        json.extractingPath("$[1].machine_id").isEqualTo("M1");
        json.extractingPath("$[1].shift").isEqualTo("A");
        json.extractingPath("$[2].machine_id").isEqualTo("M2");
    }

    @Test
    void rollupFollowsDeletesAndUpdates() {
        jdbc.sql("update live_production set units_produced = 13000 where machine_id = 'M1' and shift = 'A'")
                .update();
        jdbc.sql("delete from live_production where machine_id = 'M2'").update();
        var json = assertThat(mvc.get().uri("/api/kpis?days=7")).hasStatusOk().bodyJson();
        json.extractingPath("$.total_units").isEqualTo(13000 + 11000);
        json.extractingPath("$.machine_count").isEqualTo(1);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
