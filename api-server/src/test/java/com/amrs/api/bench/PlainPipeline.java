package com.amrs.api.bench;

import com.amrs.api.production.NewRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The plain limit of the same way: a bare idempotent {@code KafkaProducer} ({@code acks=all}, the edge's linger
 * and compression) sends each record as the outbox holds it ({@link OutboxJson}), keyed {@code <plant>/<machine>},
 * to a topic of its own, and {@link PlainSinkConsumer} COPYs them into {@code plain_sink} in the central database.
 * No edge database, no outbox, no triggers, no natural key: what Kafka and one COPY per poll cost alone.
 */
final class PlainPipeline implements Pipeline, AutoCloseable {

    private static final String LAGS = """
            select created_at, received_at from plain_sink where recorded_at between ? and ?""";

    private final KafkaProducer<String, String> producer;
    private final PlainSinkConsumer consumer;
    private final Connection central;
    private final String topic;
    private final String plant;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    PlainPipeline(
            String bootstrapServers,
            String topic,
            int pollSize,
            DurablePostgres postgres,
            String database,
            String plant)
            throws SQLException {
        this.topic = topic;
        this.plant = plant;
        this.central = postgres.connect(database);
        try (var statement = central.createStatement()) {
            statement.execute(PlainSinkConsumer.CREATE_SINK);
        }
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.LINGER_MS_CONFIG,
                        5,
                        ProducerConfig.COMPRESSION_TYPE_CONFIG,
                        "lz4"),
                new StringSerializer(),
                new StringSerializer());
        this.consumer = new PlainSinkConsumer(bootstrapServers, topic, pollSize, postgres.connect(database));
    }

    @Override
    public void send(List<NewRecord> poll) {
        Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (NewRecord record : poll) {
            String key = plant + "/" + record.record().machineId();
            producer.send(new ProducerRecord<>(topic, key, OutboxJson.of(record, plant, createdAt)), (ack, e) -> {
                if (e != null) {
                    failure.compareAndSet(null, e);
                }
            });
        }
    }

    @Override
    public void sent() {
        producer.flush();
        if (failure.get() != null) {
            throw new IllegalStateException("Kafka refused a record", failure.get());
        }
    }

    @Override
    public boolean inKafka() {
        return true;
    }

    @Override
    public long arrived() {
        return consumer.committed();
    }

    @Override
    public List<Duration> lags(Instant from, Instant to) {
        List<Duration> lags = new ArrayList<>();
        try (var statement = central.prepareStatement(LAGS)) {
            statement.setObject(1, from.atOffset(ZoneOffset.UTC));
            statement.setObject(2, to.atOffset(ZoneOffset.UTC));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    lags.add(Duration.between(
                            rows.getObject(1, OffsetDateTime.class), rows.getObject(2, OffsetDateTime.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return lags;
    }

    @Override
    public void close() throws InterruptedException, SQLException {
        producer.close(Duration.ofSeconds(5));
        consumer.close();
        central.close();
    }
}
