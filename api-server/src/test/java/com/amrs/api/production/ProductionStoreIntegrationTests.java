package com.amrs.api.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.support.RestIntegrationTest;
import com.amrs.core.machine.MachineState;
import com.amrs.core.production.ProductionRecord;
import com.amrs.core.validation.ValidationFix;
import com.amrs.core.validation.ValidationRule;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The collector's write path: one statement per batch, the rollup triggers summing what it writes, nothing
 * stored twice, and one refused record never costing the others theirs (DESIGN.md §13).
 */
class ProductionStoreIntegrationTests extends RestIntegrationTest {

    @Autowired
    ProductionStore store;

    @Autowired
    CounterBaselineStore baselines;

    @Test
    void storesABatchOf500RecordsInOneStatement() {
        jdbc.sql("create table insert_statements (at timestamptz default clock_timestamp())")
                .update();
        jdbc.sql("""
                        create function count_insert_statement() returns trigger language plpgsql as $$
                        begin insert into insert_statements default values; return null; end $$""").update();
        jdbc.sql("""
                        create trigger count_insert_statement after insert on live_production
                        for each statement execute function count_insert_statement()""").update();
        try {
            StoreResult result = store.store(records(500, Instant.parse("2026-01-26T08:00:00Z")));

            assertThat(result).isEqualTo(new StoreResult(500, 0, List.of()));
            assertThat(count("live_production")).isEqualTo(500);
            assertThat(count("insert_statements")).as("insert statements").isEqualTo(1);
        } finally {
            jdbc.sql("drop trigger count_insert_statement on live_production").update();
            jdbc.sql("drop function count_insert_statement").update();
            jdbc.sql("drop table insert_statements").update();
        }
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
    void storesNothingTwiceWhenABatchIsWrittenAgain() {
        var fix = new ValidationFix(ValidationRule.NEGATIVE_VALUE, "units_produced", "-3", "0");
        List<NewRecord> batch = new ArrayList<>(records(10, Instant.parse("2026-01-26T08:00:00Z")));
        batch.set(0, new NewRecord(batch.getFirst().record(), Duration.ofSeconds(5), 1.5, List.of(fix)));
        store.store(batch.subList(0, 4));
        List<java.util.Map<String, Object>> rollupBefore = rollup();

        // a spool replayed after a crash that came after the commit: the first 4 were stored then
        assertThat(store.store(batch)).isEqualTo(new StoreResult(6, 4, List.of()));
        assertThat(store.store(batch)).isEqualTo(new StoreResult(0, 10, List.of()));

        assertThat(count("live_production")).isEqualTo(10);
        assertThat(count("validation_events"))
                .as("the fix of the first record, once")
                .isEqualTo(1);
        assertThat(jdbc.sql("select sum(units_produced) from production_shift_totals")
                        .query(Long.class)
                        .single())
                .isEqualTo(10 * 12L);
        assertThat(rollupBefore).isNotEqualTo(rollup());
    }

    @Test
    void storesEveryGoodRecordOfABatchWithOneTheDatabaseRefuses() {
        String browseName = "Line1.Station7.".repeat(14).substring(0, 200);
        List<NewRecord> batch = new ArrayList<>(records(30, Instant.parse("2026-01-26T08:00:00Z")));
        batch.set(17, withMachine(batch.get(17), browseName));

        StoreResult result = store.store(batch);

        assertThat(result.stored()).isEqualTo(29);
        assertThat(result.rejected())
                .singleElement()
                .satisfies(refused -> assertThat(refused.reason()).contains("too long"));
        assertThat(count("live_production")).isEqualTo(29);
        var kept = jdbc.sql("select machine_id, payload ->> 'units_produced', payload ->> 'recorded_at', reason"
                        + " from rejected_records")
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
        assertThat(kept.subList(0, 3))
                .containsExactly(
                        browseName, "12", batch.get(17).record().timestamp().toString());
        assertThat(kept.get(3)).contains("value too long");
        assertThat(jdbc.sql("select machine_id, field, rule, new_value from validation_events")
                        .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                        .single())
                .containsExactly(
                        browseName.substring(0, 64),
                        "record",
                        "rejected",
                        "rejected_records "
                                + jdbc.sql("select id from rejected_records")
                                        .query(Long.class)
                                        .single());

        store.store(batch);
        assertThat(count("rejected_records")).as("written again: kept once").isEqualTo(1);
    }

    @Test
    void refusesOnlyTheMachineWhoseShiftTotalWouldPassTheTopOfBigint() {
        Instant start = Instant.parse("2026-01-26T08:00:00Z");
        jdbc.sql("""
                        insert into live_production (machine_id, production_date, shift, units_produced,
                                                     defective_units, downtime_min, state, source, recorded_at)
                        values ('M2', ?, 'A', 9223372036854775800, 0, 0, 'RUNNING', 'manual', ?)""")
                .params(TODAY, java.sql.Timestamp.from(start.minusSeconds(600)))
                .update();

        StoreResult result = store.store(records(9, start));

        assertThat(result.stored()).isEqualTo(6);
        assertThat(result.rejected()).hasSize(3).allSatisfy(refused -> {
            assertThat(refused.record().record().machineId()).isEqualTo("M2");
            assertThat(refused.reason()).contains("out of range");
        });
        assertThat(jdbc.sql("select machine_id, units_produced from production_shift_totals order by 1")
                        .query((rs, i) -> rs.getString(1) + "=" + rs.getString(2))
                        .list())
                .containsExactly("M1=36", "M2=9223372036854775800", "M3=36");
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

    private List<java.util.Map<String, Object>> rollup() {
        return jdbc.sql("select * from production_shift_totals order by 1, 2, 3")
                .query()
                .listOfRows();
    }

    private static NewRecord withMachine(NewRecord newRecord, String machineId) {
        ProductionRecord r = newRecord.record();
        return new NewRecord(
                new ProductionRecord(
                        machineId,
                        r.productionDate(),
                        r.shift(),
                        r.unitsProduced(),
                        r.defectiveUnits(),
                        r.downtimeMin(),
                        r.state(),
                        r.source(),
                        r.timestamp()),
                newRecord.interval(),
                newRecord.idealCycleSeconds(),
                newRecord.fixes());
    }

    static CounterBaselineRow baseline(String machine, long total, Instant readAt) {
        return baseline(machine, BigInteger.valueOf(total), readAt);
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
