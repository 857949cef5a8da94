package com.amrs.dashboard.support;

import com.amrs.core.shift.ShiftSlot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rows of {@code machine_stops} written straight into the database, as the collector would write a stop
 * that has ended (DESIGN.md §14), and read back: the tests need stops without waiting for the simulator.
 */
public final class StopRows {

    private final PlantDatabase database;

    StopRows(PlantDatabase database) {
        this.database = database;
    }

    /** A start today (the production date the page shows), at most this many minutes ago. */
    public static Instant todayMinutesAgo(int minutes) {
        Instant dayStart = PlantDatabase.CALENDAR.dayStart(PlantStack.liveProductionDate());
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(minutes));
        return start.isBefore(dayStart) ? dayStart.plusSeconds(minutes) : start;
    }

    /** A stop that has ended, with its catalogue reason (null code: Unassigned); its id. */
    public long insertEnded(
            String machine,
            Instant start,
            Duration length,
            String state,
            Integer reasonCode,
            String reason,
            String category) {
        ShiftSlot slot = PlantDatabase.CALENDAR.slotOf(start);
        String sql = """
                insert into machine_stops (machine_id, started_at, ended_at, duration_sec, state, fault_code,
                    reason_code, reason, category, production_date, shift)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning id
                """;
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, machine);
            insert.setTimestamp(2, Timestamp.from(start));
            insert.setTimestamp(3, Timestamp.from(start.plus(length)));
            insert.setDouble(4, length.toMillis() / 1000.0);
            insert.setString(5, state);
            insert.setObject(6, reasonCode);
            insert.setObject(7, reasonCode);
            insert.setString(8, reason);
            insert.setString(9, category);
            insert.setObject(10, slot.productionDate());
            insert.setString(11, slot.shift());
            try (ResultSet result = insert.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot insert a stop", e);
        }
    }

    /** A stop still open (Unassigned), as the collector writes one when a machine stops; its id. */
    public long insertOpen(String machine, Instant start, String state) {
        ShiftSlot slot = PlantDatabase.CALENDAR.slotOf(start);
        String sql = """
                insert into machine_stops (machine_id, started_at, state, reason, category, production_date, shift)
                values (?, ?, ?, 'Unassigned', 'unplanned', ?, ?)
                returning id
                """;
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, machine);
            insert.setTimestamp(2, Timestamp.from(start));
            insert.setString(3, state);
            insert.setObject(4, slot.productionDate());
            insert.setString(5, slot.shift());
            try (ResultSet result = insert.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot insert an open stop", e);
        }
    }

    /**
     * The earliest start, not before {@code notBefore}, of a span of this length that is over by {@code
     * notAfter} and in which the machine has no stop of this production date; empty when there is none
     * yet. A stop written there is the machine's alone: no other one of its stops overlaps it.
     */
    public Optional<Instant> freeSpan(
            String machine, LocalDate productionDate, Instant notBefore, Duration length, Instant notAfter) {
        String sql = "select started_at, ended_at from machine_stops where machine_id = ? and production_date = ?"
                + " order by started_at";
        Instant start = notBefore;
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, machine);
            query.setObject(2, productionDate);
            try (ResultSet result = query.executeQuery()) {
                while (result.next() && result.getTimestamp(1).toInstant().isBefore(start.plus(length))) {
                    Timestamp ended = result.getTimestamp(2);
                    if (ended == null) {
                        return Optional.empty(); // open: it overlaps every span after its start
                    }
                    start = ended.toInstant().isAfter(start) ? ended.toInstant() : start;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the stops of " + machine, e);
        }
        return start.plus(length).isBefore(notAfter) ? Optional.of(start) : Optional.empty();
    }

    /** Ends an open stop now. */
    public void end(long id) {
        try (Connection connection = database.connect();
                PreparedStatement update = connection.prepareStatement("update machine_stops set ended_at = now(),"
                        + " duration_sec = extract(epoch from now() - started_at) where id = ?")) {
            update.setLong(1, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot end stop " + id, e);
        }
    }

    /** What the database holds of a stop's reason: reason_code, reason, comment, assigned_by. */
    public Map<String, Object> reasonOf(long id) {
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement(
                        "select reason_code, reason, comment, assigned_by from machine_stops where id = ?")) {
            query.setLong(1, id);
            try (ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("No stop " + id);
                }
                Map<String, Object> row = new LinkedHashMap<>();
                for (String column : new String[] {"reason_code", "reason", "comment", "assigned_by"}) {
                    row.put(column, result.getObject(column));
                }
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read stop " + id, e);
        }
    }
}
