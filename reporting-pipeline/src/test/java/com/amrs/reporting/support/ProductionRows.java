package com.amrs.reporting.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** Inserts raw rows as the collector would; the database's triggers keep the rollup the report reads. */
public final class ProductionRows {

    private ProductionRows() {}

    /**
     * One record of {@code intervalSec} seconds ending at {@code recordedAt}, by a machine with
     * ideal cycle time {@code idealCycleSec}.
     */
    public static void insert(
            String machine,
            LocalDate date,
            String shift,
            long units,
            long defects,
            double downtimeMin,
            double intervalSec,
            double idealCycleSec,
            Instant recordedAt) {
        TestDatabase.jdbc()
                .sql("""
                        insert into live_production (machine_id, production_date, shift, units_produced,
                            defective_units, downtime_min, state, source, recorded_at, interval_sec, ideal_cycle_sec)
                        values (?, ?, ?, ?, ?, ?, 'RUNNING', 'opcua', ?, ?, ?)
                        """)
                .params(
                        machine,
                        date,
                        shift,
                        units,
                        defects,
                        downtimeMin,
                        Timestamp.from(recordedAt),
                        intervalSec,
                        idealCycleSec)
                .update();
    }

    public static void finding(
            Instant at, String machine, String field, String oldValue, String newValue, String rule) {
        TestDatabase.jdbc()
                .sql("""
                        insert into validation_events (occurred_at, machine_id, field, old_value, new_value, rule, source)
                        values (?, ?, ?, ?, ?, ?, 'opcua')
                        """)
                .params(Timestamp.from(at), machine, field, oldValue, newValue, rule)
                .update();
    }
}
