package com.amrs.api.kpi;

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

/**
 * {@code GET /api/oee/losses} by hand (DESIGN.md §14): at 10:00, shift A (06:00) has run 240 planned minutes;
 * M1 made 5,000 units, 50 of them bad, at an ideal 2.5 s, and stopped for a 20 min changeover (planned), a
 * 3 min jam and a 40 s micro-jam (the threshold is 2 min).
 */
class OeeLossesIntegrationTests extends RestIntegrationTest {

    private static final ReasonCatalogue CATALOGUE = ReasonCatalogue.defaults();

    @Autowired
    ProductionStore store;

    @Test
    void theWaterfallGoesFromPlannedTimeToFullyProductiveTimeLossByLoss() {
        produce();

        var json = assertThat(mvc.get().uri("/api/oee/losses?days=1"))
                .hasStatusOk()
                .bodyJson();

        json.extractingPath("$.planned_min").isEqualTo(240.0);
        json.extractingPath("$.planned_stops_min").isEqualTo(20.0);
        json.extractingPath("$.unplanned_stops_min").isEqualTo(3.0);
        json.extractingPath("$.micro_stops_min").isEqualTo(0.67);
        // run 217 min − micro-stops 0.67 − net run 208.33 (5,000 × 2.5 s)
        json.extractingPath("$.speed_loss_min").isEqualTo(8.0);
        json.extractingPath("$.quality_loss_min").isEqualTo(2.08);
        json.extractingPath("$.fully_productive_min").isEqualTo(206.25);
        json.extractingPath("$.availability").isEqualTo(98.64);
        json.extractingPath("$.performance").isEqualTo(96.01);
        json.extractingPath("$.quality").isEqualTo(99.0);
        json.extractingPath("$.oee").isEqualTo(93.75);
        json.extractingPath("$.mtbf_min").isEqualTo(217.0);
        json.extractingPath("$.mttr_min").isEqualTo(3.0);
    }

    @Test
    void machinesShowTheirMeanTimesBetweenFailuresAndToRepair() {
        produce();

        var json =
                assertThat(mvc.get().uri("/api/machines?days=1")).hasStatusOk().bodyJson();

        json.extractingPath("$[?(@.machine_id=='M1')].availability").asArray().containsExactly(98.64);
        json.extractingPath("$[?(@.machine_id=='M1')].performance").asArray().containsExactly(96.01);
        json.extractingPath("$[?(@.machine_id=='M1')].oee").asArray().containsExactly(93.75);
        json.extractingPath("$[?(@.machine_id=='M1')].mtbf_min").asArray().containsExactly(217.0);
        json.extractingPath("$[?(@.machine_id=='M1')].mttr_min").asArray().containsExactly(3.0);
        assertThat(mvc.get().uri("/api/oee/losses?days=1&machine=NOPE")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theKpisAreThoseOfTheWaterfall() {
        produce();

        var json = assertThat(mvc.get().uri("/api/kpis?days=1")).hasStatusOk().bodyJson();

        json.extractingPath("$.availability").isEqualTo(98.64);
        json.extractingPath("$.performance").isEqualTo(96.01);
        json.extractingPath("$.quality").isEqualTo(99.0);
        json.extractingPath("$.oee").isEqualTo(93.75);
    }

    @Test
    void theTrendHasOneDayPerProductionDate() {
        produce();

        var json = assertThat(mvc.get().uri("/api/oee/daily?days=3&machine=M1"))
                .hasStatusOk()
                .bodyJson();

        json.extractingPath("$[*].date").asArray().containsExactly("2026-01-24", "2026-01-25", "2026-01-26");
        // no records and no stops before today: no data, not an OEE of 0
        json.extractingPath("$[0].planned_min").isNull();
        json.extractingPath("$[1].oee").isNull();
        json.extractingPath("$[2].planned_min").isEqualTo(240.0);
        json.extractingPath("$[2].availability").isEqualTo(98.64);
        json.extractingPath("$[2].oee").isEqualTo(93.75);
        json.extractingPath("$[2].fully_productive_min").isEqualTo(206.25);
        assertThat(mvc.get().uri("/api/oee/daily?days=0")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/oee/daily?machine=NOPE")).hasStatus(HttpStatus.NOT_FOUND);
    }

    private void produce() {
        Instant end = Instant.parse("2026-01-26T10:00:00Z");
        var record = new ProductionRecord("M1", TODAY, "A", 5_000, 50, 0, MachineState.RUNNING, "opcua", end);
        store.store(
                List.of(new NewRecord(record, Duration.ofHours(4), 2.5, List.of())),
                List.of(),
                List.of(
                        stop("07:00:00", "07:20:00", MachineState.IDLE, 801),
                        stop("08:00:00", "08:03:00", MachineState.DOWN, 101),
                        stop("09:00:00", "09:00:40", MachineState.DOWN, 101)));
    }

    private static StopWrite stop(String start, String end, MachineState state, int fault) {
        return new StopWrite(
                "M1",
                Instant.parse(TODAY + "T" + start + "Z"),
                Instant.parse(TODAY + "T" + end + "Z"),
                state,
                fault,
                CATALOGUE.ofFault(fault),
                TODAY,
                "A");
    }
}
