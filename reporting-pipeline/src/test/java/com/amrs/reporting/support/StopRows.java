package com.amrs.reporting.support;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** Inserts {@code machine_stops} rows as the api-server's collector writes them (DESIGN.md §14). */
public final class StopRows {

    private StopRows() {}

    /** A stop row; {@code end} null keeps it open. A fault code the catalogue knows gives its reason. */
    public static void insert(
            String machine,
            Instant start,
            Instant end,
            String state,
            Integer faultCode,
            Integer reasonCode,
            String reason,
            String category,
            LocalDate productionDate,
            String shift,
            String comment) {
        TestDatabase.jdbc()
                .sql("""
                        insert into machine_stops (machine_id, started_at, ended_at, duration_sec, state, fault_code,
                            reason_code, reason, category, production_date, shift, comment)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        machine,
                        Timestamp.from(start),
                        end == null ? null : Timestamp.from(end),
                        end == null ? null : Duration.between(start, end).toMillis() / 1000.0,
                        state,
                        faultCode,
                        reasonCode,
                        reason,
                        category,
                        productionDate,
                        shift,
                        comment)
                .update();
    }
}
