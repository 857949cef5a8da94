package com.amrs.api.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.support.RestIntegrationTest;
import com.amrs.core.machine.MachineState;
import com.amrs.core.production.ProductionRecord;
import com.amrs.core.validation.ValidationFix;
import com.amrs.core.validation.ValidationRule;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The JPA write path really batches, and the rollup trigger sums what it writes. */
class ProductionStoreIntegrationTests extends RestIntegrationTest {

    @Autowired
    ProductionStore store;

    @Autowired
    CounterBaselineStore baselines;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void stores500RecordsWithAHandfulOfStatements() {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        store.store(records(500, Instant.parse("2026-01-26T08:00:00Z")));

        // 500 / 128 -> 4 sequence calls (increment by 128) + one insert statement run as 4 JDBC batches
        // of up to 128 rows, each sent as one multi-row insert (reWriteBatchedInserts), not 500 inserts
        assertThat(statistics.getEntityInsertCount()).isEqualTo(500);
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(10);
        assertThat(count("live_production")).isEqualTo(500);
    }

    @Test
    void storesValidationFixesInTheSameTransaction() {
        var fix = new ValidationFix(ValidationRule.DEFECTS_ABOVE_UNITS, "defective_units", "12", "10");
        var record = new NewRecord(
                record("M1", 0, Instant.parse("2026-01-26T08:00:00Z")), Duration.ofSeconds(5), 1.5, List.of(fix));

        store.store(List.of(record));

        var event = jdbc.sql("select machine_id, field, old_value, new_value, rule, source from validation_events")
                .query((rs, i) -> List.of(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .single();
        assertThat(event).containsExactly("M1", "defective_units", "12", "10", "defects_above_units", "opcua");
    }

    @Test
    void keepsTheRollupEqualToTheRawRows() {
        store.store(records(300, Instant.parse("2026-01-26T08:00:00Z")));

        String raw = """
                select machine_id, production_date, shift, sum(units_produced)::bigint as units_produced,
                       sum(defective_units)::bigint as defective_units, sum(interval_sec) as planned_sec,
                       count(*) as record_count
                from live_production group by 1, 2, 3 order by 1, 2, 3""";
        String rollup = """
                select machine_id, production_date, shift, units_produced, defective_units, planned_sec, record_count
                from production_shift_totals order by 1, 2, 3""";
        assertThat(jdbc.sql(rollup).query().listOfRows())
                .isEqualTo(jdbc.sql(raw).query().listOfRows())
                .hasSize(3);
    }

    @Test
    void keepsTheQuarterHourRollupEqualToTheRawRows() {
        store.store(records(900, Instant.parse("2026-01-26T08:07:00Z")));

        String raw = """
                select machine_id, production_date, date_bin('15 minutes', recorded_at, '2000-01-01Z') as quarter_start,
                       sum(units_produced)::bigint as units_produced, sum(defective_units)::bigint as defective_units,
                       round(sum(downtime_min)::numeric, 6) as downtime_min, count(*) as record_count
                from live_production group by 1, 2, 3 order by 1, 2, 3""";
        String rollup = """
                select machine_id, production_date, quarter_start, units_produced, defective_units,
                       round(downtime_min::numeric, 6) as downtime_min,
                       record_count
                from production_quarter_hour_totals order by 1, 2, 3""";
        // 300 polls 5 s apart from 08:07 to 08:32 touch the quarters 08:00, 08:15 and 08:30 of 3 machines
        assertThat(jdbc.sql(rollup).query().listOfRows())
                .isEqualTo(jdbc.sql(raw).query().listOfRows())
                .hasSize(9);
    }

    @Test
    void storesOnlyTheMissingRecordsOfABatchStoredBefore() {
        List<NewRecord> batch = records(10, Instant.parse("2026-01-26T08:00:00Z"));
        store.store(batch.subList(0, 4));

        assertThat(store.storeMissing(batch, List.of())).isEqualTo(6);
        assertThat(count("live_production")).isEqualTo(10);
    }

    @Test
    void storesCounterBaselinesWithTheRecordsAndNeverAnOlderOverANewer() {
        Instant t0 = Instant.parse("2026-01-26T09:00:00Z");
        BigInteger top = BigInteger.TWO.pow(64).subtract(BigInteger.ONE);
        store.store(records(3, t0), List.of(baseline("M-BASE-1", top, t0.plusSeconds(5))));

        store.store(List.of(), List.of(baseline("M-BASE-1", BigInteger.ONE, t0)));
        // a backlog of polls written at once: several baselines of one machine in one batch
        store.store(
                List.of(),
                List.of(
                        baseline("M-BASE-2", BigInteger.ONE, t0),
                        baseline("M-BASE-2", BigInteger.TWO, t0.plusSeconds(1))));
        assertThat(baselines.forPlc("line9"))
                .filteredOn(row -> row.machineId().equals("M-BASE-2"))
                .singleElement()
                .satisfies(row -> assertThat(row.totalCount()).isEqualTo(BigInteger.TWO));

        assertThat(baselines.forPlc("line9"))
                .filteredOn(row -> row.machineId().equals("M-BASE-1"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.totalCount()).as("UInt64 exact").isEqualTo(top);
                    assertThat(row.totalType()).isEqualTo("UINT64");
                    assertThat(row.readAt()).isEqualTo(t0.plusSeconds(5));
                    assertThat(row.serverStartTime()).isEqualTo(Instant.parse("2026-01-20T00:00:00Z"));
                });
    }

    private static CounterBaselineRow baseline(String machine, BigInteger total, Instant readAt) {
        return new CounterBaselineRow(
                "line9",
                machine,
                "total_count",
                total,
                "UINT64",
                BigInteger.TEN,
                "UINT64",
                12.5,
                "RUNNING",
                Instant.parse("2026-01-20T00:00:00Z"),
                readAt);
    }

    /** Records of 3 machines, 5 s apart, 12 units each with 1 defect. */
    static List<NewRecord> records(int count, Instant start) {
        List<NewRecord> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            records.add(new NewRecord(
                    record("M" + (i % 3 + 1), i, start.plusSeconds(5L * (i / 3))),
                    Duration.ofSeconds(5),
                    1.5,
                    List.of()));
        }
        return records;
    }

    private static ProductionRecord record(String machineId, int i, Instant timestamp) {
        return new ProductionRecord(
                machineId,
                RestIntegrationTest.TODAY,
                "A",
                12,
                1,
                i % 10 == 0 ? 0.05 : 0,
                MachineState.RUNNING,
                "opcua",
                timestamp);
    }
}
