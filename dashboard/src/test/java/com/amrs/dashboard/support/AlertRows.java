package com.amrs.dashboard.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of {@code alerts} written straight into the database, as the api-server writes an alert that fired
 * (DESIGN.md §17), and read back: the tests need alerts without waiting for a rule's condition. Each is
 * remembered, so that {@link #deleteWritten} removes them all after a test.
 */
public final class AlertRows {

    /** An alert as the test writes it: the rule's name and condition, the machine, its text. */
    public record Alert(String rule, String condition, String machine, String text) {}

    private final PlantDatabase database;
    private final List<Long> written = new ArrayList<>();

    AlertRows(PlantDatabase database) {
        this.database = database;
    }

    /** An alert firing since {@code started}: its condition held for a minute before it fired; its id. */
    public long insertFiring(Alert alert, Instant started) {
        return insert(alert, started, null);
    }

    /** An alert that fired at {@code started} plus a minute and resolved at {@code resolved}; its id. */
    public long insertResolved(Alert alert, Instant started, Instant resolved) {
        return insert(alert, started, resolved);
    }

    private long insert(Alert alert, Instant started, Instant resolved) {
        String sql = """
                insert into alerts (rule, condition, machine_id, state, started_at, fired_at, resolved_at,
                    last_notified_at, details, text)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)
                returning id
                """;
        Instant fired = started.plus(Duration.ofMinutes(1));
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, alert.rule());
            insert.setString(2, alert.condition());
            insert.setString(3, alert.machine());
            insert.setString(4, resolved == null ? "firing" : "resolved");
            insert.setTimestamp(5, Timestamp.from(started));
            insert.setTimestamp(6, Timestamp.from(fired));
            insert.setTimestamp(7, resolved == null ? null : Timestamp.from(resolved));
            insert.setTimestamp(8, Timestamp.from(fired));
            insert.setString(9, "{\"fault_code\": 101, \"reason\": \"Jam at infeed\"}");
            insert.setString(10, alert.text());
            try (ResultSet result = insert.executeQuery()) {
                result.next();
                long id = result.getLong(1);
                written.add(id);
                return id;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot insert an alert", e);
        }
    }

    /** Resolves a firing alert now, behind the api-server's back: nothing is said on /topic/alerts. */
    public void resolve(long id) {
        update("update alerts set state = 'resolved', resolved_at = now() where id = ?", id);
    }

    /** What the database holds of an alert's acknowledgement: acknowledged_by and acknowledged_at. */
    public Map<String, Object> acknowledgementOf(long id) {
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement(
                        "select acknowledged_by, acknowledged_at from alerts where id = ?")) {
            query.setLong(1, id);
            try (ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("No alert " + id);
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("acknowledged_by", result.getString(1));
                Timestamp at = result.getTimestamp(2);
                row.put("acknowledged_at", at == null ? null : at.toInstant());
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read alert " + id, e);
        }
    }

    /** Removes every alert written through this object. */
    public void deleteWritten() {
        for (long id : written) {
            update("delete from alerts where id = ?", id);
        }
        written.clear();
    }

    private void update(String sql, long id) {
        try (Connection connection = database.connect();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change alert " + id, e);
        }
    }
}
