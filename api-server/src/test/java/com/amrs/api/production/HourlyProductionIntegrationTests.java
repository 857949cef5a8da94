package com.amrs.api.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.amrs.api.production.ProductionViews.HourlyProduction;
import com.amrs.api.support.ProductionRows;
import com.amrs.api.support.RestIntegrationTest;
import com.amrs.core.shift.ProductionWindow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** {@code GET /api/production/hourly}: production per hour of the plant's clock, from the quarter-hour rollup. */
class HourlyProductionIntegrationTests extends RestIntegrationTest {

    @Autowired
    ProductionQueries queries;

    @Test
    void sumsEachMachinesRecordsPerHourOfTheDay() {
        insert("M1", TODAY, 100, 2, 0.5, "2026-01-26T08:05:00Z");
        insert("M1", TODAY, 120, 1, 0.0, "2026-01-26T08:50:00Z");
        insert("M1", TODAY, 90, 0, 1.25, "2026-01-26T09:10:00Z");
        insert("M2", TODAY, 70, 3, 0.0, "2026-01-26T08:59:59Z");
        insert("M2", TODAY.minusDays(1), 500, 5, 0.0, "2026-01-25T08:30:00Z");

        var json = assertThat(mvc.get().uri("/api/production/hourly?days=1"))
                .hasStatusOk()
                .hasContentType(MediaType.APPLICATION_JSON)
                .bodyJson();

        json.extractingPath("$.length()").isEqualTo(3);
        json.extractingPath("$[0]")
                .convertTo(Map.class)
                .isEqualTo(Map.of(
                        "hour_start",
                        "2026-01-26T08:00:00Z",
                        "production_date",
                        "2026-01-26",
                        "machine_id",
                        "M1",
                        "units_produced",
                        220,
                        "defective_units",
                        3,
                        "downtime_min",
                        0.5));
        json.extractingPath("$[1].machine_id").isEqualTo("M2");
        json.extractingPath("$[1].units_produced").isEqualTo(70);
        json.extractingPath("$[2].hour_start").isEqualTo("2026-01-26T09:00:00Z");
        json.extractingPath("$[2].units_produced").isEqualTo(90);
        json.extractingPath("$[2].downtime_min").isEqualTo(1.25);
    }

    @Test
    void theHoursAddUpToTheDaysKpis() {
        for (int i = 0; i < 40; i++) {
            insert("M" + (i % 3), TODAY, 10 + i, i % 4, 0.1 * i, "2026-01-26T00:00:00Z", 37 * 60 * i);
        }

        var hours =
                queries.byHour(window(1, NOW, ZoneId.of("UTC")), Optional.empty(), Optional.empty(), ZoneId.of("UTC"));
        var kpis = assertThat(mvc.get().uri("/api/kpis?days=1")).hasStatusOk().bodyJson();

        kpis.extractingPath("$.total_units")
                .isEqualTo(Math.toIntExact(hours.stream()
                        .mapToLong(hour -> hour.unitsProduced().longValueExact())
                        .sum()));
        kpis.extractingPath("$.total_defects")
                .isEqualTo(Math.toIntExact(hours.stream()
                        .mapToLong(hour -> hour.defectiveUnits().longValueExact())
                        .sum()));
        assertThat(hours).extracting(HourlyProduction::hourStart).isSorted();
    }

    @Test
    void aManualShiftRecordCountsInTheHourItsShiftStarts() {
        String shiftB = """
                {"production_date":"2026-01-26","machine_id":"OPC-UA-M9","shift":"B",
                 "units_produced":800,"defective_units":8,"downtime_min":4}""";
        assertThat(mvc.post()
                        .uri("/api/production")
                        .header("X-API-Key", API_KEY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(shiftB))
                .hasStatus(HttpStatus.CREATED);

        var json = assertThat(mvc.get().uri("/api/production/hourly?machine_id=OPC-UA-M9"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.length()").isEqualTo(1);
        json.extractingPath("$[0].hour_start").isEqualTo("2026-01-26T14:00:00Z");
        json.extractingPath("$[0].units_produced").isEqualTo(800);
    }

    @Test
    void hoursAreThePlantsHoursInAHalfHourTimeZone() {
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        insert("M1", TODAY, 10, 0, 0, "2026-01-26T03:40:00Z"); // 09:10 in Kolkata
        insert("M1", TODAY, 20, 0, 0, "2026-01-26T04:20:00Z"); // 09:50
        insert("M1", TODAY, 40, 0, 0, "2026-01-26T04:35:00Z"); // 10:05

        var hours = queries.byHour(window(1, NOW, kolkata), Optional.empty(), Optional.empty(), kolkata);

        assertThat(hours)
                .extracting(
                        hour -> hour.hourStart().toString(),
                        hour -> hour.unitsProduced().longValueExact())
                .containsExactly(tuple("2026-01-26T09:00+05:30", 30L), tuple("2026-01-26T10:00+05:30", 40L));
    }

    @Test
    void theHourRepeatedWhenClocksGoBackIsTwoHours() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate changeover = LocalDate.of(2026, 10, 25);
        insert("M1", changeover, 10, 0, 0, "2026-10-25T00:30:00Z"); // 02:30 summer time
        insert("M1", changeover, 20, 0, 0, "2026-10-25T01:30:00Z"); // 02:30 winter time

        var hours = queries.byHour(
                window(1, Instant.parse("2026-10-25T12:00:00Z"), berlin), Optional.empty(), Optional.empty(), berlin);

        assertThat(hours)
                .extracting(
                        hour -> hour.hourStart().toString(),
                        hour -> hour.unitsProduced().longValueExact())
                .containsExactly(tuple("2026-10-25T02:00+02:00", 10L), tuple("2026-10-25T02:00+01:00", 20L));
    }

    @Test
    void followsUpdatesAndDeletesOfTheRawRows() {
        insert("M1", TODAY, 100, 0, 0, "2026-01-26T08:05:00Z");
        insert("M2", TODAY, 50, 0, 0, "2026-01-26T08:10:00Z");

        jdbc.sql("update live_production set units_produced = 130, recorded_at = '2026-01-26T09:15:00Z'"
                        + " where machine_id = 'M1'")
                .update();
        jdbc.sql("delete from live_production where machine_id = 'M2'").update();

        var json = assertThat(mvc.get().uri("/api/production/hourly"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.length()").isEqualTo(1);
        json.extractingPath("$[0].hour_start").isEqualTo("2026-01-26T09:00:00Z");
        json.extractingPath("$[0].units_produced").isEqualTo(130);
        assertThat(count("production_quarter_hour_totals")).isOne();
    }

    @Test
    void anUnknownMachineIsNotFound() {
        assertThat(mvc.get().uri("/api/production/hourly?machine_id=NOPE"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void insert(String machine, LocalDate date, long units, long defects, double downtime, String at) {
        insert(machine, date, units, defects, downtime, at, 0);
    }

    private void insert(
            String machine, LocalDate date, long units, long defects, double downtime, String at, long plusSeconds) {
        ProductionRows.insert(
                jdbc,
                machine,
                date,
                "A",
                units,
                defects,
                downtime,
                5,
                1.0,
                Instant.parse(at).plusSeconds(plusSeconds));
    }

    private static ProductionWindow window(int days, Instant now, ZoneId zone) {
        return ProductionWindow.lastDays(days, Clock.fixed(now, zone), zone);
    }
}
