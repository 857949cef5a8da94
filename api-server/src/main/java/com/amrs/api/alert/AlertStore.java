package com.amrs.api.alert;

import com.amrs.api.system.AmrsProperties;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code alerts} table. Every change is one statement guarded by the row's state, so that two evaluations (a
 * second instance, a restart in the middle) cannot fire, resolve or remind the same alert twice: the one whose
 * statement changed the row notifies.
 */
@Repository
class AlertStore {

    private static final String COLUMNS = "id, rule, condition, machine_id, state, started_at, fired_at, resolved_at,"
            + " acknowledged_by, acknowledged_at, text, details, last_notified_at";
    private static final String LISTED = "(state = 'firing' or (? and fired_at >= ?))"
            + " and (cast(? as text) is null or plant_id = cast(? as text))";
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final String plant;

    AlertStore(JdbcClient jdbc, JsonMapper json, AmrsProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.plant = properties.plant().id();
    }

    /** The rule's firing alerts, with when each last notified. */
    List<Firing> firing(String rule) {
        return jdbc.sql("select " + COLUMNS + " from alerts where rule = ? and state = 'firing'")
                .param(rule)
                .query((rs, row) ->
                        new Firing(view(rs), rs.getTimestamp("last_notified_at").toInstant()))
                .list();
    }

    /** The new firing alert; empty when the rule fires for the machine already. */
    Optional<AlertView> fire(String rule, Condition condition, Finding finding, String text, Instant now) {
        return jdbc.sql("insert into alerts (rule, condition, machine_id, state, started_at, fired_at,"
                        + " last_notified_at, details, text, plant_id)"
                        + " values (?, ?, ?, 'firing', ?, ?, ?, cast(? as jsonb), ?, ?)"
                        + " on conflict (rule, machine_id, plant_id) where state = 'firing' do nothing returning "
                        + COLUMNS)
                .params(
                        rule,
                        condition.code(),
                        finding.machineId(),
                        Timestamp.from(finding.since()),
                        Timestamp.from(now),
                        Timestamp.from(now),
                        json.writeValueAsString(finding.details()),
                        text.length() <= 500 ? text : text.substring(0, 499) + "…",
                        plant)
                .query((rs, row) -> view(rs))
                .optional();
    }

    Optional<AlertView> resolve(long id, Instant now) {
        return jdbc.sql("update alerts set state = 'resolved', resolved_at = ? where id = ? and state = 'firing'"
                        + " returning " + COLUMNS)
                .params(Timestamp.from(now), id)
                .query((rs, row) -> view(rs))
                .optional();
    }

    /** Marks the reminder sent, unless another evaluation sent it since {@code lastNotified}. */
    Optional<AlertView> remind(long id, Instant lastNotified, Instant now) {
        return jdbc.sql("update alerts set last_notified_at = ? where id = ? and state = 'firing'"
                        + " and acknowledged_at is null and last_notified_at = ? returning " + COLUMNS)
                .params(Timestamp.from(now), id, Timestamp.from(lastNotified))
                .query((rs, row) -> view(rs))
                .optional();
    }

    /** Acknowledges a firing alert once; the first who did stays. */
    Optional<AlertView> acknowledge(long id, String user, Instant now) {
        return jdbc.sql("update alerts set acknowledged_by = ?, acknowledged_at = ? where id = ?"
                        + " and state = 'firing' and acknowledged_at is null returning " + COLUMNS)
                .params(user, Timestamp.from(now), id)
                .query((rs, row) -> view(rs))
                .optional();
    }

    Optional<AlertView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from alerts where id = ?")
                .param(id)
                .query((rs, row) -> view(rs))
                .optional();
    }

    /**
     * Firing alerts, and with {@code all} every alert fired since {@code since} too, of the plant (every alert of
     * the database when empty); newest first.
     */
    List<AlertView> list(Optional<String> plant, boolean all, Instant since, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from alerts where " + LISTED
                        + " order by fired_at desc, id desc limit ? offset ?")
                .params(all, Timestamp.from(since), plant.orElse(null), plant.orElse(null), size, (long) page * size)
                .query((rs, row) -> view(rs))
                .list();
    }

    long count(Optional<String> plant, boolean all, Instant since) {
        return jdbc.sql("select count(*) from alerts where " + LISTED)
                .params(all, Timestamp.from(since), plant.orElse(null), plant.orElse(null))
                .query(Long.class)
                .single();
    }

    /** Firing alerts of rules no longer configured: resolved without notifying anyone. */
    int resolveOtherRules(List<String> rules, Instant now) {
        return jdbc.sql("update alerts set state = 'resolved', resolved_at = ?"
                        + " where state = 'firing' and rule <> all(cast(? as text[]))")
                .params(Timestamp.from(now), rules.toArray(String[]::new))
                .update();
    }

    Map<String, Long> firingPerRule() {
        return jdbc.sql("select rule, count(*) from alerts where state = 'firing' group by rule")
                .query(rs -> {
                    Map<String, Long> counts = new HashMap<>();
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getLong(2));
                    }
                    return counts;
                });
    }

    private AlertView view(ResultSet rs) throws SQLException {
        return new AlertView(
                rs.getLong("id"),
                rs.getString("rule"),
                rs.getString("condition"),
                rs.getString("machine_id"),
                rs.getString("state"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("fired_at").toInstant(),
                instant(rs.getTimestamp("resolved_at")),
                rs.getString("acknowledged_by"),
                instant(rs.getTimestamp("acknowledged_at")),
                rs.getString("text"),
                json.readValue(rs.getString("details"), DETAILS));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A firing alert and when it last notified (fired or reminded). */
    record Firing(AlertView alert, Instant lastNotified) {}
}
