package com.amrs.api.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.api.production.ProductionBuffer;
import com.amrs.api.support.CollectorIntegrationTest;
import com.amrs.api.support.TestDatabase;
import com.amrs.api.support.TestPlc;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** The collector against the real simulator and a real PostgreSQL, through restarts of both. */
class CollectorIntegrationTests extends CollectorIntegrationTest {

    private static final Duration DATABASE_OUTAGE = Duration.ofSeconds(30);

    @Autowired
    ProductionBuffer buffer;

    @AfterEach
    void keepTheSimulatorTicking() {
        TestPlc.start();
        TestPlc.resumeTicking();
    }

    @Test
    void storesOneRecordPerMachinePerPoll() {
        Instant start = polls.awaitPoll(Instant.EPOCH);

        polls.awaitPolls(start, 4, Duration.ofSeconds(30));

        // the polls first: each was stored before it was announced, while a poll after them may not be yet
        List<Instant> polled = polls.after(start);
        Map<Instant, Long> rowsPerPoll = rowsPerInstant(start);
        assertThat(polled).isNotEmpty();
        polled.forEach(poll -> assertThat(rowsPerPoll).containsEntry(poll, (long) TestPlc.MACHINES));
        assertThat(mvc.get().uri("/api/machines/live"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].machine_id")
                .asArray()
                .containsExactly("OPC-UA-M1", "OPC-UA-M2", "OPC-UA-M3");
    }

    @Test
    void sumOfUnitsEqualsTheGrowthOfEachTotalCount() {
        Counts before = pausedCounts();

        TestPlc.resumeTicking();
        await().atMost(Duration.ofSeconds(30)).until(() -> grownBy(before.plc(), 10));
        Counts after = pausedCounts();

        // Σ units_produced since the baseline = TotalCount now - TotalCount at the baseline, exactly
        after.plc()
                .forEach((machine, total) -> assertThat(
                                after.stored().get(machine) - before.stored().get(machine))
                        .as(machine)
                        .isEqualTo(total - before.plc().get(machine)));
    }

    @Test
    void resumesAfterASimulatorRestartWithoutNegativeValues() {
        polls.awaitPoll(Instant.now());
        TestPlc.stop();
        Instant stopped = Instant.now();
        await().atMost(Duration.ofSeconds(30)).until(() -> health().contains("\"opcua\":\"disconnected\""));

        TestPlc.start();
        TestPlc.pauseTicking();
        Instant reconnected = polls.awaitPoll(stopped);
        TestPlc.resumeTicking();
        await().atMost(Duration.ofSeconds(30)).until(() -> grownBy(Map.of(), 10));
        Counts after = pausedCounts();

        // after a restart the counters start from zero, and their new value is the delta
        assertThat(reconnected).isAfter(stopped);
        Map<String, Long> sinceRestart = unitsPerMachine(stopped);
        after.plc()
                .forEach((machine, total) -> assertThat(sinceRestart.getOrDefault(machine, 0L))
                        .as(machine)
                        .isEqualTo(total));
        assertThat(jdbc.sql("select count(*) from live_production where units_produced < 0 or defective_units < 0"
                                + " or downtime_min < 0")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(health()).contains("\"opcua\":\"connected\"");
    }

    @Test
    void losesNoRecordWhileTheDatabaseIsAway() {
        Counts before = pausedCounts();
        Instant from = polls.after(Instant.EPOCH).getLast();
        TestPlc.resumeTicking();

        TestDatabase.stop();
        Instant stopped = Instant.now();
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        mvc.get().uri("/api/health").exchange().getResponse().getStatus() == 503);
        await().atMost(DATABASE_OUTAGE.plusSeconds(30))
                .until(() -> Duration.between(stopped, Instant.now()).compareTo(DATABASE_OUTAGE) >= 0
                        && polls.after(stopped).size() >= 5);
        assertThat(buffer.size()).isPositive();
        TestDatabase.start();

        assertEveryUnitStoredOnce(before, from);
        assertThat(mvc.get().uri("/api/health")).hasStatus(HttpStatus.OK);
    }

    @Test
    void keepsPollingWhileTheDatabaseHangs() throws Exception {
        Counts before = pausedCounts();
        Instant from = polls.after(Instant.EPOCH).getLast();
        TestPlc.resumeTicking();

        try (Connection locker =
                        DriverManager.getConnection(TestDatabase.jdbcUrl("amrs_collector"), "postgres", "postgres");
                Statement lock = locker.createStatement()) {
            locker.setAutoCommit(false);
            lock.execute("lock table live_production in access exclusive mode");
            Instant locked = Instant.now();

            // a poll every 500 ms: with amrs.collector.write-timeout=1s one poll waits for it, the next are
            // spooled; a collector that waited for the database would need over 10 s for 10 polls
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> polls.after(locked).size() >= 10);
            assertThat(Duration.between(locked, Instant.now())).isLessThan(Duration.ofSeconds(9));
            assertThat(buffer.size()).isPositive();
            locker.rollback();
        }

        assertEveryUnitStoredOnce(before, from);
    }

    /** What the PLC counted since {@code before} is stored, one row per machine and poll. */
    private void assertEveryUnitStoredOnce(Counts before, Instant from) {
        Counts after = pausedCounts();
        for (String machine : after.plc().keySet()) {
            assertThat(after.stored().get(machine) - before.stored().get(machine))
                    .as(machine)
                    .isEqualTo(after.plc().get(machine) - before.plc().get(machine));
        }
        Map<Instant, Long> rowsPerPoll = rowsPerInstant(from);
        polls.after(from).forEach(poll -> assertThat(rowsPerPoll).containsEntry(poll, (long) TestPlc.MACHINES));
    }

    /** The PLC's counters and the stored sums, with the simulation paused and that state stored. */
    private record Counts(Map<String, Long> plc, Map<String, Long> stored) {}

    private Counts pausedCounts() {
        TestPlc.pauseTicking();
        Instant paused = Instant.now();
        polls.awaitPoll(paused);
        await().atMost(Duration.ofSeconds(30)).until(() -> buffer.size() == 0);
        return new Counts(TestPlc.totalCounts(), unitsPerMachine(Instant.EPOCH));
    }

    private static boolean grownBy(Map<String, Long> before, long units) {
        long now = TestPlc.totalCounts().values().stream()
                .mapToLong(Long::longValue)
                .sum();
        long then = before.values().stream().mapToLong(Long::longValue).sum();
        return now - then >= units;
    }

    private Map<String, Long> unitsPerMachine(Instant after) {
        Map<String, Long> units = new TreeMap<>(
                TestPlc.totalCounts().keySet().stream().collect(Collectors.toMap(Function.identity(), machine -> 0L)));
        jdbc.sql("select machine_id, sum(units_produced) from live_production where recorded_at > ? group by 1")
                .param(Timestamp.from(after))
                .query(rs -> {
                    units.put(rs.getString(1), rs.getLong(2));
                });
        return units;
    }

    private Map<Instant, Long> rowsPerInstant(Instant after) {
        Map<Instant, Long> rows = new TreeMap<>();
        jdbc.sql("select recorded_at, count(*) from live_production where recorded_at > ? group by 1")
                .param(Timestamp.from(after))
                .query(rs -> {
                    rows.put(rs.getTimestamp(1).toInstant(), rs.getLong(2));
                });
        return rows;
    }

    private String health() {
        return new String(
                mvc.get().uri("/api/health").exchange().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
