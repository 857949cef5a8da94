package com.amrs.api.production;

import com.amrs.core.production.ProductionRecord;
import com.amrs.core.validation.ValidationFix;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The set-based inserts of the collector's writes: one statement into {@code live_production} for a batch
 * of records, whatever its size, so the rollup triggers run once per batch. {@link #insertAll}, the common
 * case of new records, is one binary COPY (DESIGN.md §18). {@link #insertNew}, the careful path's, skips the
 * records stored before ({@code on conflict do nothing} on the natural key), so a batch written again (a
 * spool replayed after a crash) stores nothing twice, its validation fixes included; it binds the records
 * as arrays of one {@code insert … select from unnest(…)}.
 */
final class RecordInserts {

    private static final String INSERT_RECORDS = """
            insert into live_production (machine_id, production_date, shift, units_produced, defective_units,
                                         downtime_min, state, source, created_at, recorded_at, interval_sec,
                                         ideal_cycle_sec, plant_id)
            select r.machine_id, cast(r.production_date as date), r.shift, r.units_produced, r.defective_units,
                   r.downtime_min, r.state, r.source, ?, cast(r.recorded_at as timestamptz), r.interval_sec,
                   r.ideal_cycle_sec, ?
            from unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::float8[], ?::text[], ?::text[],
                        ?::text[], ?::float8[], ?::float8[])
                 as r(machine_id, production_date, shift, units_produced, defective_units, downtime_min, state,
                      source, recorded_at, interval_sec, ideal_cycle_sec)
            """;
    private static final String COPY_RECORDS = """
            copy live_production (machine_id, production_date, shift, units_produced, defective_units, downtime_min,
                                  state, source, created_at, recorded_at, interval_sec, ideal_cycle_sec,
                                  plant_id)
            from stdin (format binary)
            """;
    private static final String COPY_FIXES =
            "copy validation_events (occurred_at, machine_id, field, old_value, new_value, rule, source) from stdin"
                    + " (format binary)";
    private static final String SKIP_STORED =
            " on conflict do nothing returning machine_id, production_date, shift, recorded_at, source";

    private static final String INSERT_FIXES = """
            insert into validation_events (occurred_at, machine_id, field, old_value, new_value, rule, source)
            select cast(f.occurred_at as timestamptz), f.machine_id, f.field, f.old_value, f.new_value, f.rule,
                   f.source
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 as f(occurred_at, machine_id, field, old_value, new_value, rule, source)
            """;

    private RecordInserts() {}

    /**
     * Inserts the records and their fixes, each by one COPY: the plain insert of new records, which a record
     * stored before fails (unique violation), as any refused value does; the careful path then takes over.
     */
    static void insertAll(Connection connection, String plant, List<NewRecord> records, Instant createdAt)
            throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        // created_at rounded to the microsecond, as the database rounds a bound timestamp
        Instant created = createdAt.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
        CopyBinary rows = new CopyBinary(records.size());
        CopyBinary fixes = new CopyBinary(0);
        boolean anyFix = false;
        for (NewRecord newRecord : records) {
            ProductionRecord record = newRecord.record();
            rows.row(13)
                    .text(record.machineId())
                    .date(record.productionDate())
                    .text(record.shift())
                    .int8(record.unitsProduced())
                    .int8(record.defectiveUnits())
                    .float8(record.downtimeMin())
                    .text(record.state().name())
                    .text(record.source())
                    .timestamptz(created)
                    .timestamptz(record.timestamp())
                    .float8(newRecord.intervalSeconds())
                    .float8(newRecord.idealCycleSeconds())
                    .text(plant);
            for (ValidationFix fix : newRecord.fixes()) {
                anyFix = true;
                fixes.row(7)
                        .timestamptz(record.timestamp())
                        .text(record.machineId())
                        .text(fix.field())
                        .text(fix.oldValue())
                        .text(fix.newValue())
                        .text(fix.rule().code())
                        .text(record.source());
            }
        }
        rows.copy(connection, COPY_RECORDS);
        if (anyFix) {
            fixes.copy(connection, COPY_FIXES);
        }
    }

    /** Inserts the records not stored yet and their fixes; returns how many it inserted. */
    static int insertNew(Connection connection, String plant, List<NewRecord> records, Instant createdAt)
            throws SQLException {
        if (records.isEmpty()) {
            return 0;
        }
        Set<String> inserted = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(INSERT_RECORDS + SKIP_STORED)) {
            bind(connection, statement, plant, records, createdAt);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    inserted.add(key(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getTimestamp(4).toInstant(),
                            rows.getString(5)));
                }
            }
        }
        List<NewRecord> stored = new ArrayList<>(inserted.size());
        for (NewRecord newRecord : records) {
            ProductionRecord record = newRecord.record();
            if (inserted.remove(key(
                    record.machineId(),
                    record.productionDate().toString(),
                    record.shift(),
                    record.timestamp(),
                    record.source()))) {
                stored.add(newRecord);
            }
        }
        insertFixes(connection, stored);
        return stored.size();
    }

    private static void bind(
            Connection connection,
            PreparedStatement statement,
            String plant,
            List<NewRecord> records,
            Instant createdAt)
            throws SQLException {
        int n = records.size();
        String[] machines = new String[n];
        String[] dates = new String[n];
        String[] shifts = new String[n];
        Long[] units = new Long[n];
        Long[] defects = new Long[n];
        Double[] downtime = new Double[n];
        String[] states = new String[n];
        String[] sources = new String[n];
        String[] recordedAt = new String[n];
        Double[] intervals = new Double[n];
        Double[] idealCycles = new Double[n];
        for (int i = 0; i < n; i++) {
            NewRecord newRecord = records.get(i);
            ProductionRecord record = newRecord.record();
            machines[i] = record.machineId();
            dates[i] = record.productionDate().toString();
            shifts[i] = record.shift();
            units[i] = record.unitsProduced();
            defects[i] = record.defectiveUnits();
            downtime[i] = record.downtimeMin();
            states[i] = record.state().name();
            sources[i] = record.source();
            recordedAt[i] = micros(record.timestamp());
            intervals[i] = newRecord.intervalSeconds();
            idealCycles[i] = newRecord.idealCycleSeconds();
        }
        statement.setTimestamp(1, Timestamp.from(createdAt));
        statement.setString(2, plant);
        statement.setArray(3, connection.createArrayOf("text", machines));
        statement.setArray(4, connection.createArrayOf("text", dates));
        statement.setArray(5, connection.createArrayOf("text", shifts));
        statement.setArray(6, connection.createArrayOf("bigint", units));
        statement.setArray(7, connection.createArrayOf("bigint", defects));
        statement.setArray(8, connection.createArrayOf("float8", downtime));
        statement.setArray(9, connection.createArrayOf("text", states));
        statement.setArray(10, connection.createArrayOf("text", sources));
        statement.setArray(11, connection.createArrayOf("text", recordedAt));
        statement.setArray(12, connection.createArrayOf("float8", intervals));
        statement.setArray(13, connection.createArrayOf("float8", idealCycles));
    }

    private static void insertFixes(Connection connection, List<NewRecord> records) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        for (NewRecord newRecord : records) {
            ProductionRecord record = newRecord.record();
            for (ValidationFix fix : newRecord.fixes()) {
                rows.add(new String[] {
                    micros(record.timestamp()),
                    record.machineId(),
                    fix.field(),
                    fix.oldValue(),
                    fix.newValue(),
                    fix.rule().code(),
                    record.source()
                });
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(INSERT_FIXES)) {
            for (int column = 0; column < 7; column++) {
                String[] values = new String[rows.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rows.get(i)[column];
                }
                statement.setArray(column + 1, connection.createArrayOf("text", values));
            }
            statement.executeUpdate();
        }
    }

    /** The natural key; the instant at the database's precision, microseconds. */
    private static String key(String machine, String date, String shift, Instant recordedAt, String source) {
        return String.join("\n", machine, date, shift, micros(recordedAt), source);
    }

    private static String micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).toString();
    }
}
