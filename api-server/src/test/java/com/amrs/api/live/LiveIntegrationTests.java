package com.amrs.api.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.support.ProductionRows;
import com.amrs.api.support.RestIntegrationTest;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
}
