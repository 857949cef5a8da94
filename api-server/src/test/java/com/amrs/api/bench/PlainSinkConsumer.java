package com.amrs.api.bench;

import com.amrs.api.plants.PublishedRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.postgresql.PGConnection;

/**
 * The plain limit's consumer: a bare {@code KafkaConsumer} (manual commit, the central consumer's poll size)
 * that COPYs each poll (text format) into {@code plain_sink}, a table without triggers, indexes or keys, in one
 * transaction, with {@code received_at} taken before the COPY, and commits the offsets after the database.
 */
final class PlainSinkConsumer implements AutoCloseable {

    static final String CREATE_SINK = """
            create table plain_sink (like live_production);
            alter table plain_sink drop column id, add column received_at timestamptz not null""";
    private static final String COPY = "copy plain_sink (machine_id, production_date, shift, units_produced,"
            + " defective_units, downtime_min, state, source, created_at, recorded_at, interval_sec, ideal_cycle_sec,"
            + " plant_id, received_at) from stdin";

    private final KafkaConsumer<String, String> consumer;
    private final Connection central;
    private final AtomicLong committed = new AtomicLong();
    private final Thread thread;
    private volatile RuntimeException failure;

    PlainSinkConsumer(String bootstrapServers, String topic, int pollSize, Connection central) throws SQLException {
        this.central = central;
        central.setAutoCommit(false);
        this.consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "bench-plain",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        pollSize),
                new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(List.of(topic));
        this.thread = Thread.ofPlatform().name("plain-sink").start(this::run);
    }

    /** Records written and committed so far. */
    long committed() {
        if (failure != null) {
            throw failure;
        }
        return committed.get();
    }

    private void run() {
        try {
            while (true) {
                ConsumerRecords<String, String> messages = consumer.poll(Duration.ofSeconds(1));
                if (!messages.isEmpty()) {
                    write(messages);
                    consumer.commitSync();
                    committed.addAndGet(messages.count());
                }
            }
        } catch (WakeupException e) {
            // close()
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Reads the poll's messages, then takes {@code received_at}, as the central writer does, and COPYs them. */
    private void write(ConsumerRecords<String, String> messages) {
        List<PublishedRecord> rows = new ArrayList<>(messages.count());
        for (ConsumerRecord<String, String> message : messages) {
            rows.add(PublishedRecord.parse(message.value()));
        }
        String received = Instant.now().truncatedTo(ChronoUnit.MICROS).toString();
        StringBuilder text = new StringBuilder(rows.size() * 200);
        for (PublishedRecord row : rows) {
            text.append(row.machineId())
                    .append('\t')
                    .append(row.productionDate())
                    .append('\t');
            text.append(row.shift()).append('\t').append(row.unitsProduced()).append('\t');
            text.append(row.defectiveUnits())
                    .append('\t')
                    .append(row.downtimeMin())
                    .append('\t');
            text.append(row.state()).append('\t').append(row.source()).append('\t');
            text.append(row.createdAt()).append('\t').append(row.recordedAt()).append('\t');
            text.append(row.intervalSec())
                    .append('\t')
                    .append(row.idealCycleSec())
                    .append('\t');
            text.append(row.plantId()).append('\t').append(received).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        try {
            central.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new ByteArrayInputStream(bytes));
            central.commit();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException, SQLException {
        consumer.wakeup();
        thread.join(Duration.ofSeconds(10));
        central.close();
    }
}
