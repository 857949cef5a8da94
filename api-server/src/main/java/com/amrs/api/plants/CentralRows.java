package com.amrs.api.plants;

import com.amrs.api.system.ConditionalOnPlantMode;
import com.amrs.api.system.KafkaHealth;
import com.amrs.api.system.KafkaLinkProperties;
import com.amrs.api.system.PlantMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A central site's copies of its edges' stops and alerts, each written as its latest message states it; a
 * message delivered again never opens a closed stop again nor fires a resolved alert again.
 */
@Repository
@ConditionalOnPlantMode(PlantMode.CENTRAL)
class CentralRows {

    private static final Logger log = LoggerFactory.getLogger(CentralRows.class);
    private static final String UPSERT_STOP = """
            insert into machine_stops as s (machine_id, started_at, ended_at, duration_sec, state, fault_code,
                                            reason_code, reason, category, production_date, shift, assigned_by,
                                            assigned_at, comment, plant_id)
            select machine_id, started_at, ended_at, duration_sec, state, fault_code, reason_code, reason, category,
                   production_date, shift, assigned_by, assigned_at, comment, plant_id
            from jsonb_populate_record(null::machine_stops, cast(? as jsonb))
            on conflict (machine_id, started_at, plant_id) do update
            set ended_at = excluded.ended_at, duration_sec = excluded.duration_sec, state = excluded.state,
                fault_code = excluded.fault_code, reason_code = excluded.reason_code, reason = excluded.reason,
                category = excluded.category, production_date = excluded.production_date, shift = excluded.shift,
                assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at, comment = excluded.comment
            where s.ended_at is null or excluded.ended_at is not null
            """;
    private static final String UPSERT_ALERT = """
            insert into alerts as a (origin_id, plant_id, rule, condition, machine_id, state, started_at, fired_at,
                                     resolved_at, acknowledged_by, acknowledged_at, last_notified_at, details, text)
            select id, plant_id, rule, condition, machine_id, state, started_at, fired_at, resolved_at,
                   acknowledged_by, acknowledged_at, last_notified_at, details, text
            from jsonb_populate_record(null::alerts, cast(? as jsonb))
            on conflict (origin_id, plant_id) where origin_id is not null do update
            set state = excluded.state, resolved_at = excluded.resolved_at, acknowledged_by = excluded.acknowledged_by,
                acknowledged_at = excluded.acknowledged_at, last_notified_at = excluded.last_notified_at,
                details = excluded.details, text = excluded.text
            where a.state = 'firing' or excluded.state = 'resolved'
            """;
    private static final String KEEP_UNREADABLE = """
            insert into rejected_records (machine_id, payload, reason)
            values (left(?, 64), jsonb_build_object('topic', ?, 'key', ?, 'message', ?), left(?, 500))
            on conflict do nothing
            """;

    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;

    CentralRows(JdbcTemplate jdbcTemplate, Clock clock) {
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
    }

    /** Each plant's newest record of the last days, by the rollup: how fresh the central site's figures are. */
    List<KafkaHealth.PlantFreshness> freshness() {
        Instant now = clock.instant();
        return jdbcTemplate.query(
                "select plant_id, max(last_seen) from production_shift_totals"
                        + " where production_date >= current_date - 3 group by plant_id order by plant_id",
                (rs, row) -> {
                    Instant last = rs.getTimestamp(2).toInstant();
                    return new KafkaHealth.PlantFreshness(
                            rs.getString(1),
                            last,
                            Math.max(0, Duration.between(last, now).toMillis()) / 1000.0);
                });
    }

    /** The plants of a poll, known from now on to {@code ?plant=} and the plant selector. */
    void seen(Collection<String> plants) {
        if (plants.isEmpty()) {
            return;
        }
        jdbcTemplate.update(
                // do nothing: no row lock, so that central instances writing the same plant never wait on each other
                "insert into plants (plant_id) select unnest(cast(? as text[])) on conflict (plant_id) do nothing",
                (Object) plants.stream().sorted().toArray(String[]::new));
    }

    /** Within the caller's transaction; a change the database refuses is logged and left out. */
    void apply(ConsumerRecord<String, String> change) {
        String sql = switch (change.topic()) {
            case KafkaLinkProperties.STOPS_TOPIC -> UPSERT_STOP;
            case KafkaLinkProperties.ALERTS_TOPIC -> UPSERT_ALERT;
            default -> null;
        };
        if (sql == null) {
            log.warn("A message of topic {} is not for AMRS; left out", change.topic());
            return;
        }
        jdbcTemplate.execute((ConnectionCallback<Void>) connection -> {
            Savepoint savepoint = connection.setSavepoint();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, change.value());
                statement.executeUpdate();
                connection.releaseSavepoint(savepoint);
            } catch (SQLException e) {
                rollBack(connection, savepoint, change, e);
            }
            return null;
        });
    }

    /** Keeps a record message that cannot be read, with why, in {@code rejected_records}. */
    void reject(ConsumerRecord<String, String> message, RuntimeException why) {
        String key = message.key() == null ? "" : message.key();
        String machine = key.substring(key.indexOf('/') + 1);
        log.warn("A record of {} cannot be read ({}); kept in rejected_records", key, why.getMessage());
        jdbcTemplate.update(
                KEEP_UNREADABLE,
                machine.isEmpty() ? "?" : machine,
                message.topic(),
                key,
                message.value(),
                "unreadable message at " + message.topic() + "-" + message.partition() + "@" + message.offset() + ": "
                        + why.getMessage());
    }

    private static void rollBack(
            Connection connection, Savepoint savepoint, ConsumerRecord<String, String> change, SQLException e)
            throws SQLException {
        String state = e.getSQLState();
        boolean refused = state != null && (state.startsWith("22") || state.startsWith("23") || state.startsWith("54"));
        if (!refused) {
            throw e;
        }
        connection.rollback(savepoint);
        log.error(
                "The database refused a message of {} for {} ({}); left out: {}",
                change.topic(),
                change.key(),
                e.getMessage(),
                change.value());
    }
}
