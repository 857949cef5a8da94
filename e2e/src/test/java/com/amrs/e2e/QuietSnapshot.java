package com.amrs.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.e2e.support.PlantDatabase;
import com.amrs.e2e.support.PlcReader;
import com.amrs.e2e.support.PlcReader.Counters;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The PLC's counters and {@code GET /api/machines/live} at one moment between two ticks, when the
 * api-server has polled the very counters the PLC shows.
 */
record QuietSnapshot(Map<String, Counters> plc, JsonNode live, LocalPlant plant) {

    /**
     * Reads the PLC, waits for a poll that started after that, reads the PLC again: equal counters
     * mean no tick came between, so the poll saw them. With an earlier snapshot, waits until the
     * machines produced since (or the production date changed).
     */
    static QuietSnapshot take(PlcReader reader, LocalPlant plant, QuietSnapshot earlier) {
        AtomicReference<QuietSnapshot> found = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> {
                    Map<String, Counters> before = reader.read();
                    Instant after = Instant.now().plusMillis(250);
                    JsonNode live = await().atMost(Duration.ofSeconds(10))
                            .pollInterval(Duration.ofMillis(100))
                            .until(
                                    () -> plant.api.json("/api/machines/live"),
                                    machines -> polledAfter(machines, after));
                    if (!reader.read().equals(before)) {
                        return false;
                    }
                    var snapshot = new QuietSnapshot(before, live, plant);
                    if (earlier == null
                            || snapshot.totalUnits() > earlier.totalUnits()
                            || !snapshot.productionDate().equals(earlier.productionDate())) {
                        found.set(snapshot);
                    }
                    return found.get() != null;
                });
        return found.get();
    }

    private static boolean polledAfter(JsonNode machines, Instant instant) {
        return machines.size() == LocalPlant.MACHINES.size()
                && machines.valueStream()
                        .allMatch(machine -> Instant.parse(
                                        machine.path("timestamp").asString())
                                .isAfter(instant));
    }

    long units(String machine) {
        return machine(machine).path("units_produced").asLong();
    }

    long defects(String machine) {
        return machine(machine).path("defective_units").asLong();
    }

    long totalUnits() {
        return live.valueStream()
                .mapToLong(m -> m.path("units_produced").asLong())
                .sum();
    }

    LocalDate productionDate() {
        return LocalDate.parse(live.get(0).path("production_date").asString());
    }

    /** What the live view shows is in live_production, and /api/kpis?days=1 sums it. */
    void assertDatabaseAndKpisAgree() {
        Map<String, PlantDatabase.Totals> expected = live.valueStream()
                .collect(Collectors.toMap(
                        m -> m.path("machine_id").asString(),
                        m -> new PlantDatabase.Totals(
                                m.path("units_produced").asLong(),
                                m.path("defective_units").asLong())));
        // the live view is updated just before the poll's transaction commits
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(plant.database().totalsOf(productionDate()))
                        .as("live_production of %s per machine", productionDate())
                        .isEqualTo(expected));
        JsonNode kpis = plant.api.json("/api/kpis?days=1");
        assertThat(kpis.path("total_units").asLong()).isEqualTo(totalUnits());
        assertThat(kpis.path("total_defects").asLong())
                .isEqualTo(live.valueStream()
                        .mapToLong(m -> m.path("defective_units").asLong())
                        .sum());
    }

    private JsonNode machine(String id) {
        return live.valueStream()
                .filter(m -> m.path("machine_id").asString().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no machine " + id + " in " + live));
    }
}
