package com.amrs.store.downtime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of {@code machine_stops} (DESIGN.md §14): one stop of a machine in one shift, open while
 * {@code endedAt} is null. A stop open at a shift change continues in a row of the next shift.
 */
public record MachineStop(
        long id,
        String machineId,
        Instant startedAt,
        Instant endedAt,
        Double durationSec,
        String state,
        Integer faultCode,
        Integer reasonCode,
        String reason,
        String category,
        LocalDate productionDate,
        String shift,
        String assignedBy,
        Instant assignedAt,
        String comment) {

    /** Reads a row of {@code select * from machine_stops}. */
    public static MachineStop read(ResultSet rs, int row) throws SQLException {
        return new MachineStop(
                rs.getLong("id"),
                rs.getString("machine_id"),
                rs.getTimestamp("started_at").toInstant(),
                instant(rs.getTimestamp("ended_at")),
                (Double) rs.getObject("duration_sec"),
                rs.getString("state"),
                (Integer) rs.getObject("fault_code"),
                (Integer) rs.getObject("reason_code"),
                rs.getString("reason"),
                rs.getString("category"),
                rs.getObject("production_date", LocalDate.class),
                rs.getString("shift"),
                rs.getString("assigned_by"),
                instant(rs.getTimestamp("assigned_at")),
                rs.getString("comment"));
    }

    public boolean open() {
        return endedAt == null;
    }

    /** Its minutes as the Pareto counts them: an open stop until {@code now}, never below zero. */
    public double minutes(Instant now) {
        if (durationSec != null) {
            return durationSec / 60;
        }
        return Math.max(0, Duration.between(startedAt, now).toNanos() / 1e9) / 60;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
