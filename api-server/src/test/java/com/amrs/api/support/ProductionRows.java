package com.amrs.api.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Inserts rows into {@code live_production} with plain SQL, the way psql users would. */
public final class ProductionRows {

    private ProductionRows() {}

    /** A row covering {@code intervalSec} seconds, recorded at {@code recordedAt}. */
    public static void insert(
            JdbcClient jdbc,
            String machineId,
            LocalDate date,
            String shift,
            long units,
            long defects,
            double downtimeMin,
            double intervalSec,
            double idealCycleSec,
            Instant recordedAt) {
        jdbc.sql("""
                        insert into live_production (machine_id, production_date, shift, units_produced, defective_units,
                                                     downtime_min, state, source, recorded_at, interval_sec, ideal_cycle_sec)
                        values (?, ?, ?, ?, ?, ?, 'RUNNING', 'test', ?, ?, ?)
                        """)
                .params(
                        machineId,
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
}
