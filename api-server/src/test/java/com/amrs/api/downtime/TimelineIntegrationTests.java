package com.amrs.api.downtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.production.NewRecord;
import com.amrs.api.production.ProductionStore;
import com.amrs.api.production.StopWrite;
import com.amrs.api.support.RestIntegrationTest;
import com.amrs.core.downtime.ReasonCatalogue;
import com.amrs.core.machine.MachineState;
import com.amrs.core.production.ProductionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** The state timeline of a production date (DESIGN.md §14), at 10:00 with records since 07:00. */
class TimelineIntegrationTests extends RestIntegrationTest {

    private static final ReasonCatalogue CATALOGUE = ReasonCatalogue.defaults();

    @Autowired
    ProductionStore store;

    @Test
    void showsTheStopsWithTheirReasonsRunningBetweenThemAndNoDataBeforeTheFirstRecord() {
        Instant now = at("10:00:00");
        var record = new ProductionRecord("M1", TODAY, "A", 100, 0, 0, MachineState.RUNNING, "opcua", now);
        store.store(
                List.of(new NewRecord(record, Duration.ofHours(3), 2.5, List.of())),
                List.of(),
                List.of(
                        stop("07:30:00", "07:50:00", MachineState.IDLE, 801),
                        stop("09:58:00", null, MachineState.DOWN, 101)));

        var json = assertThat(mvc.get().uri("/api/machines/M1/timeline?date=2026-01-26"))
                .hasStatusOk()
                .bodyJson();

        json.extractingPath("$.intervals[*].state")
                .asArray()
                .containsExactly("NO_DATA", "RUNNING", "IDLE", "RUNNING", "DOWN");
        json.extractingPath("$.intervals[*].from")
                .asArray()
                .containsExactly(
                        "2026-01-26T06:00:00Z",
                        "2026-01-26T07:00:00Z",
                        "2026-01-26T07:30:00Z",
                        "2026-01-26T07:50:00Z",
                        "2026-01-26T09:58:00Z");
        json.extractingPath("$.intervals[4].to").isEqualTo("2026-01-26T10:00:00Z");
        json.extractingPath("$.intervals[2].reason").isEqualTo("Planned changeover");
        json.extractingPath("$.intervals[4].reason").isEqualTo("Jam at infeed");
        assertThat(mvc.get().uri("/api/machines/NOPE/timeline")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/machines/M1/timeline?date=yesterday")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aGapInsideTheDayIsNoDataAndAStopOverlappingTheOneBeforeIsTrimmedNotDropped() {
        // records cover 06:00-07:00 and 08:00-09:00; nothing 07:00-08:00 nor since 09:00
        store.store(
                List.of(record("07:00:00", 50), record("09:00:00", 60)),
                List.of(),
                List.of(
                        stop("08:30:00", "08:40:00", MachineState.DOWN, 101),
                        stop("08:35:00", "08:50:00", MachineState.DOWN, 317)));

        var json = assertThat(mvc.get().uri("/api/machines/M1/timeline?date=2026-01-26"))
                .hasStatusOk()
                .bodyJson();

        json.extractingPath("$.intervals[*].state")
                .asArray()
                .containsExactly("RUNNING", "NO_DATA", "RUNNING", "DOWN", "DOWN", "RUNNING", "NO_DATA");
        json.extractingPath("$.intervals[*].from")
                .asArray()
                .containsExactly(
                        "2026-01-26T06:00:00Z",
                        "2026-01-26T07:00:00Z",
                        "2026-01-26T08:00:00Z",
                        "2026-01-26T08:30:00Z",
                        "2026-01-26T08:40:00Z",
                        "2026-01-26T08:50:00Z",
                        "2026-01-26T09:00:00Z");
        json.extractingPath("$.intervals[4].reason").isEqualTo("Sensor fault");
        json.extractingPath("$.intervals[6].to").isEqualTo("2026-01-26T10:00:00Z");
    }

    private static NewRecord record(String at, long units) {
        var record = new ProductionRecord("M1", TODAY, "A", units, 0, 0, MachineState.RUNNING, "opcua", at(at));
        return new NewRecord(record, Duration.ofHours(1), 2.5, List.of());
    }

    private static StopWrite stop(String start, String end, MachineState state, int fault) {
        return new StopWrite(
                "M1", at(start), end == null ? null : at(end), state, fault, CATALOGUE.ofFault(fault), TODAY, "A");
    }

    private static Instant at(String time) {
        return Instant.parse(TODAY + "T" + time + "Z");
    }
}
