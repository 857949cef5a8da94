package com.amrs.api.alert.notify;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Takes the channel's next due notification and records how its try went. A taken row is leased (its next try
 * pushed past the send timeout) and the transaction ends before the send, so a slow channel holds no database
 * connection; a row whose instance died while sending is tried again when the lease ran out. An alert's
 * notifications on a channel go in their order: one waits while an older one of the same alert is pending.
 */
@Repository
class NotificationRows {

    static final Duration LEASE = Duration.ofMinutes(2);

    private final JdbcClient jdbc;

    NotificationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Notification> take(String channel, Instant now) {
        return jdbc.sql("""
                        update alert_notifications set attempts = attempts + 1, next_at = :lease
                        where id = (
                            select n.id from alert_notifications n
                            where n.channel = :channel and n.status = 'pending' and n.next_at <= :now
                              and not exists (
                                  select 1 from alert_notifications o
                                  where o.alert_id = n.alert_id and o.channel = n.channel
                                    and o.status = 'pending' and o.id < n.id)
                            order by n.id
                            limit 1
                            for update skip locked)
                        returning id, alert_id, channel, event, body, attempts, created_at
                        """)
                .param("channel", channel)
                .param("now", Timestamp.from(now))
                .param("lease", Timestamp.from(now.plus(LEASE)))
                .query((rs, row) -> new Notification(
                        rs.getLong("id"),
                        rs.getLong("alert_id"),
                        rs.getString("channel"),
                        rs.getString("event"),
                        rs.getString("body"),
                        rs.getInt("attempts"),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    void sent(long id, Instant now) {
        jdbc.sql("update alert_notifications set status = 'sent', sent_at = ?, error = null where id = ?")
                .params(Timestamp.from(now), id)
                .update();
    }

    void retry(long id, Instant next, String error) {
        jdbc.sql("update alert_notifications set next_at = ?, error = ? where id = ?")
                .params(Timestamp.from(next), shorten(error), id)
                .update();
    }

    void failed(long id, String error) {
        jdbc.sql("update alert_notifications set status = 'failed', error = ? where id = ?")
                .params(shorten(error), id)
                .update();
    }

    private static String shorten(String error) {
        return error.length() <= 500 ? error : error.substring(0, 499) + "…";
    }

    /** A notification being sent: {@code attempts} counts this try. */
    record Notification(
            long id, long alertId, String channel, String event, String body, int attempts, Instant createdAt) {}
}
