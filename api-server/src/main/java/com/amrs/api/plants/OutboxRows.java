package com.amrs.api.plants;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code kafka_outbox}: what an edge has stored and Kafka has not acknowledged yet, oldest first. */
@Repository
class OutboxRows {

    private final JdbcClient jdbc;

    OutboxRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The oldest rows; a row a slower transaction commits later with a lower seq comes in a later batch. */
    List<OutboxRow> oldest(int limit) {
        return jdbc.sql("select seq, topic, key, payload::text from kafka_outbox order by seq limit ?")
                .param(limit)
                .query((rs, row) -> new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    void delete(List<OutboxRow> sent) {
        Long[] seqs = sent.stream().map(OutboxRow::seq).toArray(Long[]::new);
        jdbc.sql("delete from kafka_outbox where seq = any(?)").param(seqs).update();
    }

    /** How many rows wait and how long the oldest has waited. */
    Backlog backlog(Instant now) {
        return jdbc.sql("select count(*), min(created_at) from kafka_outbox")
                .query((rs, row) -> new Backlog(
                        rs.getLong(1),
                        rs.getTimestamp(2) == null
                                ? Duration.ZERO
                                : Duration.between(rs.getTimestamp(2).toInstant(), now)))
                .single();
    }

    record OutboxRow(long seq, String topic, String key, String payload) {}

    record Backlog(long rows, Duration oldest) {}
}
