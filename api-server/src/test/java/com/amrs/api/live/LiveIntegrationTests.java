package com.amrs.api.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.support.ProductionRows;
import com.amrs.api.support.RestIntegrationTest;
import com.amrs.core.machine.MachineState;
import com.amrs.core.production.ProductionRecord;
import com.amrs.core.shift.ShiftSlot;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** {@code /api/machines/live} starts from what the database holds for today, so a restart keeps the totals. */
class LiveIntegrationTests extends RestIntegrationTest {

    @Autowired
    LiveSnapshot snapshot;

    @AfterEach
    void emptySnapshot() {
        snapshot.load(TODAY.plusYears(100));
    }

    @Test
    void loadsTodaysTotalsPerMachineFromTheDatabase() {
        ProductionRows.insert(jdbc, "M1", TODAY, "A", 100, 4, 1.5, 5, 1.5, Instant.parse("2026-01-26T07:00:00Z"));
        ProductionRows.insert(jdbc, "M1", TODAY, "A", 50, 1, 0.25, 5, 1.5, Instant.parse("2026-01-26T09:59:55Z"));
        ProductionRows.insert(
                jdbc, "M1", TODAY.minusDays(1), "C", 999, 9, 9, 5, 1.5, Instant.parse("2026-01-25T23:00:00Z"));

        snapshot.load(TODAY);

        var json = assertThat(mvc.get().uri("/api/machines/live")).hasStatusOk().bodyJson();
        json.extractingPath("$.length()").isEqualTo(1);
        json.extractingPath("$[0].machine_id").isEqualTo("M1");
        json.extractingPath("$[0].state").isEqualTo("RUNNING");
        json.extractingPath("$[0].units_produced").isEqualTo(150);
        json.extractingPath("$[0].defective_units").isEqualTo(5);
        json.extractingPath("$[0].downtime_min").isEqualTo(1.75);
        json.extractingPath("$[0].production_date").isEqualTo("2026-01-26");
        json.extractingPath("$[0].shift").isEqualTo("A");
        json.extractingPath("$[0].timestamp").isEqualTo("2026-01-26T09:59:55Z");
    }

    @Test
    void aRecordPostedForTodayCountsInThePolledMachinesTotalsAtOnce() {
        snapshot.observe("OPC-UA-M9", "RUNNING", new ShiftSlot(TODAY, "A"), NOW);
        snapshot.add(record("OPC-UA-M9", TODAY, 40));

        assertThat(post("""
                        {"production_date":"2026-01-26","machine_id":"OPC-UA-M9","shift":"A",
                         "units_produced":1000,"defective_units":25,"downtime_min":12.5}""")).hasStatus(HttpStatus.CREATED);
        assertThat(post("""
                        {"production_date":"2026-01-25","machine_id":"OPC-UA-M9","shift":"A",
                         "units_produced":7000,"defective_units":70,"downtime_min":1}""")).hasStatus(HttpStatus.CREATED);

        var json = assertThat(mvc.get().uri("/api/machines/live")).hasStatusOk().bodyJson();
        json.extractingPath("$.length()").isEqualTo(1);
        json.extractingPath("$[0].units_produced").isEqualTo(1040);
        json.extractingPath("$[0].defective_units").isEqualTo(25);
        json.extractingPath("$[0].state").isEqualTo("RUNNING");
        json.extractingPath("$[0].shift").isEqualTo("A");
        json.extractingPath("$[0].timestamp")
                .as("the poll's, not the shift start's")
                .isEqualTo("2026-01-26T09:59:55Z");
    }

    @Test
    void aMachineOnlyPostedForTodayJoinsTheLiveViewAsAfterARestart() {
        assertThat(post("""
                        {"production_date":"2026-01-26","machine_id":"MANUAL-7","shift":"A",
                         "units_produced":300,"defective_units":3,"downtime_min":0}""")).hasStatus(HttpStatus.CREATED);
        var posted =
                assertThat(mvc.get().uri("/api/machines/live")).hasStatusOk().bodyJson();
        posted.extractingPath("$[0].machine_id").isEqualTo("MANUAL-7");
        posted.extractingPath("$[0].units_produced").isEqualTo(300);

        snapshot.load(TODAY);

        var restarted =
                assertThat(mvc.get().uri("/api/machines/live")).hasStatusOk().bodyJson();
        restarted.extractingPath("$[0].machine_id").isEqualTo("MANUAL-7");
        restarted.extractingPath("$[0].units_produced").isEqualTo(300);
        restarted.extractingPath("$[0].defective_units").isEqualTo(3);
    }

    private MvcTestResult post(String body) {
        return mvc.post()
                .uri("/api/production")
                .header("X-API-Key", API_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private static ProductionRecord record(String machine, LocalDate date, long units) {
        return new ProductionRecord(
                machine, date, "A", units, 0, 0, MachineState.RUNNING, "opcua", Instant.parse("2026-01-26T09:59:55Z"));
    }
}
