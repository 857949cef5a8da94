package com.amrs.api.plants;

import com.amrs.api.system.AmrsProperties;
import com.amrs.api.system.ConditionalOnPlantMode;
import com.amrs.api.system.KafkaHealth;
import com.amrs.api.system.KafkaLinkProperties;
import com.amrs.api.system.PlantMode;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A central site's consumer (DESIGN.md §19): one of the group {@code amrs.kafka.group-id}, which shares the
 * topics' partitions among however many central api-servers run. Each poll is written in one transaction and
 * its offsets committed after it: a poll whose write or commit failed comes again, to this instance or to the
 * one that took its partitions, and is written once all the same (exactly once in effect).
 */
@Component
@ConditionalOnPlantMode(PlantMode.CENTRAL)
class CentralConsumer implements SmartLifecycle, KafkaHealth.Source {

    private static final Logger log = LoggerFactory.getLogger(CentralConsumer.class);
    private static final List<String> TOPICS = List.of(
            KafkaLinkProperties.PRODUCTION_TOPIC, KafkaLinkProperties.STOPS_TOPIC, KafkaLinkProperties.ALERTS_TOPIC);

    private final CentralWriter writer;
    private final PlantConsumer consumers;
    private final ConsumerLag lag;
    private final KafkaLinkProperties kafka;
    private final CentralRows rows;
    private volatile Consumer<String, String> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    CentralConsumer(
            CentralWriter writer,
            CentralRows rows,
            PlantConsumer consumers,
            ConsumerLag lag,
            AmrsProperties properties) {
        this.writer = writer;
        this.rows = rows;
        this.consumers = consumers;
        this.lag = lag;
        this.kafka = properties.kafka();
    }

    @Override
    public void start() {
        running = true;
        consumer = consumers.create();
        consumer.subscribe(TOPICS, new PartitionsLogged());
        thread = Thread.ofPlatform().name("kafka-central").start(this::run);
    }

    private void run() {
        try {
            while (running) {
                ConsumerRecords<String, String> messages =
                        consumer.poll(kafka.idleWait().multipliedBy(5));
                if (!messages.isEmpty()) {
                    writeAndCommit(messages);
                }
                lag.measure(consumer);
            }
        } catch (WakeupException e) {
            // stop() woke the consumer up
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void writeAndCommit(ConsumerRecords<String, String> messages) {
        try {
            int stored = writer.write(messages);
            consumer.commitSync(nextOffsets(messages));
            lag.written(messages.count(), stored);
        } catch (WakeupException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("Cannot write or commit {} messages ({}); they are read again", messages.count(), e.getMessage());
            for (TopicPartition partition : messages.partitions()) {
                if (consumer.assignment().contains(partition)) {
                    consumer.seek(
                            partition, messages.records(partition).getFirst().offset());
                }
            }
            pause(kafka.retryWait());
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, String> messages) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : messages.partitions()) {
            offsets.put(
                    partition,
                    new OffsetAndMetadata(messages.records(partition).getLast().offset() + 1));
        }
        return offsets;
    }

    private void pause(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public KafkaHealth health() {
        long behind = lag.messagesBehind();
        List<KafkaHealth.PlantFreshness> plants;
        try {
            plants = rows.freshness();
        } catch (RuntimeException e) {
            plants = null;
        }
        return new KafkaHealth("central", "up", null, null, behind < 0 ? null : behind, plants);
    }

    @Override
    public void stop() {
        running = false;
        Consumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        Thread worker = thread;
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static final class PartitionsLogged implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (!partitions.isEmpty()) {
                log.info("Kafka partitions handed over: {}", partitions);
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (!partitions.isEmpty()) {
                log.info("Kafka partitions taken: {}", partitions);
            }
        }
    }
}
