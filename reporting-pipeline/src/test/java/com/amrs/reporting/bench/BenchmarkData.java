package com.amrs.reporting.bench;

import com.amrs.reporting.support.TestDatabase;

/**
 * A plant of 100 machines over the last 30 days, polled every 5 s: 100 × 30 × 3 shifts rollup rows
 * of 5,760 records each (51.8 million raw records), seeded into {@code production_shift_totals}
 * directly because the report reads only the rollup. Plus 6,000 validation findings.
 */
final class BenchmarkData {

    static final int MACHINES = 100;
    static final int DAYS = 30;

    private BenchmarkData() {}

    static void seed() {
        seed(DAYS);
    }

    /** The plant over the last {@code days} production dates, today included. */
    static void seed(int days) {
        TestDatabase.clean();
        TestDatabase.jdbc().sql("""
                        insert into production_shift_totals (production_date, machine_id, shift, units_produced,
                            defective_units, downtime_min, planned_sec, ideal_run_sec, record_count, last_seen)
                        select day, machine, shift, units, floor(units * (0.005 + 0.03 * random())), downtime,
                               28800, ideal * units, 5760, day + start + interval '8 hours' - interval '5 seconds'
                        from (select day::date as day, 'OPC-UA-M' || m as machine, s.shift, s.start,
                                     0.8 + (m % 23) * 0.1 as ideal, random() * 45 as downtime
                              from generate_series(current_date - ?, current_date, interval '1 day') day
                              cross join generate_series(1, ?) m
                              cross join (values ('A', time '06:00'), ('B', time '14:00'), ('C', time '22:00'))
                                  s(shift, start)) base
                        cross join lateral (select floor((28800 - downtime * 60) / ideal * (0.85 + 0.1 * random()))
                                                   as units) u
                        """).params(days - 1, MACHINES).update();
        TestDatabase.jdbc().sql("""
                        insert into validation_events (occurred_at, machine_id, field, old_value, new_value, rule, source)
                        select now() - random() * interval '29 days', 'OPC-UA-M' || (1 + i % ?), 'units_produced',
                               '-' || (i % 7), '0',
                               (array['negative_value', 'missing_value', 'defects_above_units',
                                      'downtime_above_interval'])[1 + i % 4], 'opcua'
                        from generate_series(1, 6000) i
                        """).param(MACHINES).update();
    }
}
