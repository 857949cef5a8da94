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

    /**
     * Collector records every 5 s over {@code (from, to]} in shift A of {@code date}, none over the
     * {@code holes} ({@code [from, to]} pairs, each open at its start).
     */
    public static void polls(String machine, LocalDate date, Instant from, Instant to, Instant... holes) {
        String[] holeFrom = new String[holes.length / 2];
        String[] holeTo = new String[holes.length / 2];
        for (int i = 0; i < holeFrom.length; i++) {
            holeFrom[i] = holes[2 * i].toString();
            holeTo[i] = holes[2 * i + 1].toString();
        }
        TestDatabase.jdbc()
                .sql("""
                        insert into live_production (machine_id, production_date, shift, units_produced,
                            defective_units, downtime_min, state, source, recorded_at, interval_sec, ideal_cycle_sec)
                        select ?, ?, 'A', 10, 0, 0, 'RUNNING', 'opcua', g.t, 5, 0.5
                        from generate_series(cast(? as timestamptz) + interval '5 seconds', cast(? as timestamptz),
                                             interval '5 seconds') g (t)
                        where not exists (select 1 from unnest(cast(? as timestamptz[]), cast(? as timestamptz[])) h (f, u)
                                          where g.t > h.f and g.t <= h.u)
                        """)
                .params(machine, date, from.toString(), to.toString(), holeFrom, holeTo)
                .update();
    }

    public static void rejected(String machine, Instant recordedAt, Instant rejectedAt) {
        TestDatabase.jdbc()
                .sql("""
                        insert into rejected_records (machine_id, payload, reason, rejected_at)
                        values (?, cast(? as jsonb), 'value too long for type character varying(64)', ?)
                        """)
                .params(
                        machine,
                        "{\"machine_id\":\"" + machine + "\",\"recorded_at\":\"" + recordedAt + "\"}",
                        java.sql.Timestamp.from(rejectedAt))
                .update();
    }
}
