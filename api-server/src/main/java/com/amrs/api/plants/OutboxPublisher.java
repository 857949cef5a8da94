package com.amrs.api.plants;

import com.amrs.api.plants.OutboxRows.OutboxRow;
import com.amrs.api.system.AmrsProperties;
import com.amrs.api.system.ConditionalOnPlantMode;
import com.amrs.api.system.KafkaHealth;
import com.amrs.api.system.KafkaLinkProperties;
import com.amrs.api.system.PlantMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * An edge plant's publisher (DESIGN.md §19): sends the outbox's rows in seq order with the idempotent
 * producer and deletes them once Kafka has acknowledged every one. While Kafka is away the rows wait in the
 * outbox, and a batch that failed is sent again whole: the central site writes a record once however often
 * it comes, and a stop's or an alert's last message is its latest state. An empty outbox is looked at again when
 * its trigger notifies ({@link OutboxWakeUp}), or after {@code amrs.kafka.idle-wait}.
 */
@Component
@ConditionalOnPlantMode(PlantMode.EDGE)
class OutboxPublisher implements SmartLifecycle, KafkaHealth.Source {

    private static final Logger log = LoggerFactory.getLogger(OutboxPublisher.class);
    private static final Duration UNANSWERED = Duration.ofSeconds(10);

    private final OutboxRows outbox;
    private final KafkaLinkProperties kafka;
    private final PlantProducer producers;
    private final PublishMetrics metrics;
    private final OutboxWakeUp wakeUp;
    private final Clock clock;
    private volatile Thread thread;
    private volatile boolean running;
    private volatile boolean failing;
    /** When the batch Kafka has not acknowledged yet was sent; null between batches. */
    private volatile Instant sendingSince;

    OutboxPublisher(
            OutboxRows outbox,
            AmrsProperties properties,
            PlantProducer producers,
            PublishMetrics metrics,
            OutboxWakeUp wakeUp,
            Clock clock) {
        this.outbox = outbox;
        this.kafka = properties.kafka();
        this.producers = producers;
        this.metrics = metrics;
        this.wakeUp = wakeUp;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("kafka-outbox").daemon().start(this::run);
    }

    private void run() {
        Producer<String, String> producer = null;
        while (running) {
            try {
                if (producer == null) {
                    producer = producers.create();
                }
                int sent = publishOnce(producer);
                if (failing) {
                    log.info("Kafka takes the outbox again");
                    failing = false;
                }
                if (sent == 0) {
                    wakeUp.await(kafka.idleWait());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | ExecutionException e) {
                sendingSince = null;
                if (!failing) {
                    log.warn("Cannot publish to Kafka ({}); the records wait in kafka_outbox", rootMessage(e));
                    failing = true;
                }
                metrics.failed();
                if (producer != null) {
                    producer.close(Duration.ZERO);
                    producer = null;
                }
                pauseQuietly(kafka.retryWait());
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        wakeUp.close();
    }

    /** Sends the oldest rows and deletes them once all are acknowledged; returns how many it sent. */
    int publishOnce(Producer<String, String> producer) throws InterruptedException, ExecutionException {
        List<OutboxRow> rows = outbox.oldest(kafka.batchSize());
        if (rows.isEmpty()) {
            return 0;
        }
        sendingSince = clock.instant();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            acks.add(producer.send(new ProducerRecord<>(row.topic(), row.key(), row.payload())));
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
        sendingSince = null;
        outbox.delete(rows);
        metrics.sent(rows.size());
        return rows.size();
    }

    private void pauseQuietly(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @Override
    public KafkaHealth health() {
        try {
            var backlog = outbox.backlog(clock.instant());
            return new KafkaHealth(
                    "edge", state(), backlog.rows(), backlog.oldest().toMillis() / 1000.0, null, null);
        } catch (RuntimeException e) {
            return new KafkaHealth("edge", state(), null, null, null, null);
        }
    }

    /** Down after a failed batch, or while Kafka leaves one unacknowledged for longer than {@link #UNANSWERED}. */
    private String state() {
        Instant sent = sendingSince;
        boolean unanswered =
                sent != null && Duration.between(sent, clock.instant()).compareTo(UNANSWERED) > 0;
        return failing || unanswered ? "down" : "up";
    }

    /** Lets the batch in flight finish for a few seconds, so that a restart does not send it again. */
    @Override
    public void stop() {
        running = false;
        Thread current = thread;
        if (current == null) {
            return;
        }
        try {
            current.join(Duration.ofSeconds(5));
            if (current.isAlive()) {
                current.interrupt();
                current.join(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
