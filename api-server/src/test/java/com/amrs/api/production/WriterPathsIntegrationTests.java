package com.amrs.api.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.support.CollectorPolls;
import com.amrs.api.support.CollectorPolls.Poll;
import com.amrs.api.support.RestIntegrationTest;
import com.amrs.core.downtime.StopReason;
import com.amrs.core.machine.MachineState;
import com.amrs.core.production.ProductionRecord;
import com.amrs.core.validation.ValidationFix;
import com.amrs.core.validation.ValidationRule;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The writer's COPY (the records straight into {@code live_production}, the baselines through a staging
 * table; issue 19, DESIGN.md §18) stores what its previous form stored for the same polls: every column of
 * the records, the validation events, both rollups, the counter baselines, the stops and the refused
 * records; a replayed backlog, a batch that is partly new and a batch with a record the database refuses
 * included. The previous form, kept here as the reference: the records and their fixes by one {@code
 * insert … select from unnest(…)} ({@link RecordInserts#insertNew}, whose statement is the one it used), the
 * baselines by a JDBC batch of single-row upserts, falling back to the careful path on a refusal as it did.
 */
class WriterPathsIntegrationTests extends RestIntegrationTest {

    private static final String PREVIOUS_BASELINE_UPSERT = """
            insert into counter_baselines as b (plc, machine_id, counted, total_count, total_type, reject_count,
                                                reject_type, downtime_seconds, state, server_start_time, read_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (machine_id) do update
            set plc = excluded.plc, counted = excluded.counted, total_count = excluded.total_count,
                total_type = excluded.total_type, reject_count = excluded.reject_count,
                reject_type = excluded.reject_type, downtime_seconds = excluded.downtime_seconds,
                state = excluded.state, server_start_time = excluded.server_start_time, read_at = excluded.read_at
            where excluded.read_at >= b.read_at
            """;
    private static final String ODD_MACHINE = "Presse\tSüd\\1\nA \"B\" 'C'";
    private static final String REFUSED_MACHINE = "Line1.Station7.".repeat(14);
    private static final List<String> SNAPSHOT = List.of(
            "select machine_id, production_date, shift, units_produced, defective_units, downtime_min, state, source,"
                    + " created_at, recorded_at, interval_sec, ideal_cycle_sec from live_production"
                    + " order by production_date, machine_id, shift, recorded_at, source",
            "select occurred_at, machine_id, field, old_value, new_value, rule, source from validation_events"
                    + " order by occurred_at, machine_id, field, new_value",
            "select * from production_shift_totals order by production_date, machine_id, shift",
            "select * from production_quarter_hour_totals order by production_date, machine_id, quarter_start",
            "select * from counter_baselines order by machine_id",
            "select machine_id, started_at, ended_at, duration_sec, state, fault_code, reason_code, reason, category,"
                    + " production_date, shift from machine_stops order by machine_id, started_at",
            "select id, machine_id, payload, reason from rejected_records order by id");

    @Autowired
    ProductionStore store;

    @Autowired
    MachineStopStore stops;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Test
    void storesWhatThePreviousWriterStoredForTheSamePolls() {
        List<Poll> polls = polls();

        List<StoreResult> previousResults = writeAll(polls, this::storePreviously);
        List<List<Map<String, Object>>> previous = snapshot();
        List<StoreResult> results =
                writeAll(polls, batch -> store.store(batch.records(), batch.baselines(), batch.stops()));

        assertThat(results).isEqualTo(previousResults);
        List<List<Map<String, Object>>> now = snapshot();
        for (int table = 0; table < SNAPSHOT.size(); table++) {
            assertThat(now.get(table)).as(SNAPSHOT.get(table)).isEqualTo(previous.get(table));
        }
        assertThat(previous.getFirst()).as("records").hasSize(12 * 20 - 1);
        assertThat(previous.get(1)).as("validation events").hasSizeGreaterThan(1);
        assertThat(previous.get(5)).as("stops").isNotEmpty();
        assertThat(previous.get(6)).as("refused records").hasSize(1);
    }

    /**
     * Twelve polls of 2 PLCs × 20 machines with a stop that starts and ends; one machine's id and one fix
     * holding tabs, newlines and backslashes, a baseline without counters and one at the top of UInt64;
     * written one by one; then a backlog of two polls written again, a batch of a stored poll and a new one, a
     * poll with a record the database refuses (its id too long) and that poll again.
     */
    private static List<Poll> polls() {
        List<Poll> polls = new ArrayList<>(new CollectorPolls(2, 20).seconds(NOW.minusSeconds(30), 6));
        polls.replaceAll(poll -> poll.renamed("OPC-UA-M1", ODD_MACHINE));
        Poll first = polls.getFirst();
        var fix = new ValidationFix(ValidationRule.NEGATIVE_VALUE, "units_produced", "-3\t\\N", "0\r\n");
        List<NewRecord> records = new ArrayList<>(first.records());
        NewRecord odd = records.getFirst();
        records.set(0, new NewRecord(odd.record(), odd.interval(), odd.idealCycleSeconds(), List.of(fix)));
        List<CounterBaselineRow> baselines = new ArrayList<>(first.baselines());
        baselines.set(1, unreadCounters(baselines.get(1)));
        baselines.set(2, topOfUInt64(baselines.get(2)));
        polls.set(0, new Poll(records, baselines, first.stops()));
        polls.set(1, polls.get(1).with(opened(polls.get(1))));
        polls.set(
                3,
                polls.get(3)
                        .with(opened(polls.get(1))
                                .endedAt(polls.get(3)
                                        .records()
                                        .getFirst()
                                        .record()
                                        .timestamp())));
        Poll refused = polls.get(9).renamed("OPC-UA-M22", REFUSED_MACHINE);
        polls.set(9, refused);
        List<Poll> batches = new ArrayList<>(polls.subList(0, 9));
        batches.add(polls.get(2).joined(polls.get(3)));
        batches.add(polls.get(8).joined(polls.get(7)));
        batches.add(refused);
        batches.add(refused);
        batches.addAll(polls.subList(10, 12));
        return batches;
    }

    private List<StoreResult> writeAll(List<Poll> batches, Function<Poll, StoreResult> writer) {
        jdbc.sql("truncate live_production, validation_events, rejected_records, counter_baselines, machine_stops"
                        + " restart identity")
                .update();
        return batches.stream().map(writer).toList();
    }

    /** The previous writer: its fast path in one transaction; the careful path for a refused or replayed batch. */
    private StoreResult storePreviously(Poll poll) {
        try {
            Boolean fast =
                    transactions.execute(status -> jdbcTemplate.execute((ConnectionCallback<Boolean>) connection -> {
                        if (RecordInserts.insertNew(connection, "default", poll.records(), clock.instant())
                                < poll.records().size()) {
                            // the previous plain insert failed on records stored before
                            status.setRollbackOnly();
                            return false;
                        }
                        upsertBaselinesPreviously(poll.baselines());
                        stops.upsert("default", poll.stops());
                        return true;
                    }));
            if (Boolean.TRUE.equals(fast)) {
                return new StoreResult(poll.records().size(), 0, List.of());
            }
        } catch (DataAccessException e) {
            if (!DatabaseFailures.isRefusal(e)) {
                throw e;
            }
        }
        // the careful path, unchanged, reached through the writer's own fast path failing the same way
        return store.store(poll.records(), poll.baselines(), poll.stops());
    }

    private void upsertBaselinesPreviously(List<CounterBaselineRow> baselines) {
        List<CounterBaselineRow> newest = new ArrayList<>(baselines.stream()
                .collect(Collectors.toMap(
                        CounterBaselineRow::machineId,
                        row -> row,
                        (one, other) -> other.readAt().isAfter(one.readAt()) ? other : one,
                        LinkedHashMap::new))
                .values());
        jdbcTemplate.batchUpdate(PREVIOUS_BASELINE_UPSERT, newest, newest.size(), (statement, row) -> {
            statement.setString(1, row.plc());
            statement.setString(2, row.machineId());
            statement.setString(3, row.counted());
            statement.setBigDecimal(4, row.totalCount() == null ? null : new BigDecimal(row.totalCount()));
            statement.setString(5, row.totalType());
            statement.setBigDecimal(6, row.rejectCount() == null ? null : new BigDecimal(row.rejectCount()));
            statement.setString(7, row.rejectType());
            statement.setObject(8, row.downtimeSeconds());
            statement.setString(9, row.state());
            statement.setTimestamp(10, row.serverStartTime() == null ? null : Timestamp.from(row.serverStartTime()));
            statement.setTimestamp(11, Timestamp.from(row.readAt()));
        });
    }

    private List<List<Map<String, Object>>> snapshot() {
        return SNAPSHOT.stream().map(sql -> jdbc.sql(sql).query().listOfRows()).toList();
    }

    /** A machine whose PLC delivered no counters, no state and no start time. */
    private static CounterBaselineRow unreadCounters(CounterBaselineRow row) {
        return new CounterBaselineRow(
                row.plc(), row.machineId(), row.counted(), null, null, null, null, null, null, null, row.readAt());
    }

    private static CounterBaselineRow topOfUInt64(CounterBaselineRow row) {
        BigInteger top = BigInteger.TWO.pow(64).subtract(BigInteger.ONE);
        return new CounterBaselineRow(
                row.plc(),
                row.machineId(),
                row.counted(),
                top,
                "UINT64",
                BigInteger.valueOf(10_000),
                "UINT64",
                0.0,
                row.state(),
                row.serverStartTime(),
                row.readAt());
    }

    private static StopWrite opened(Poll poll) {
        ProductionRecord record = poll.records().get(2).record();
        return new StopWrite(
                record.machineId(),
                record.timestamp(),
                null,
                MachineState.DOWN,
                7,
                StopReason.UNASSIGNED,
                record.productionDate(),
                record.shift());
    }
}
