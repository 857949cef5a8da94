package com.amrs.api.plants;

import com.amrs.api.system.ConditionalOnPlantMode;
import com.amrs.api.system.PlantMode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.stereotype.Component;

/**
 * How far this central instance is behind its partitions ({@code amrs.kafka.consumer.lag}, messages), and
 * what it wrote ({@code amrs.kafka.consumed}, {@code amrs.kafka.records.stored}).
 */
@Component
@ConditionalOnPlantMode(PlantMode.CENTRAL)
class ConsumerLag {

    private final AtomicLong lag = new AtomicLong(-1);
    private final Counter consumed;
    private final Counter stored;

    ConsumerLag(MeterRegistry registry) {
        Gauge.builder("amrs.kafka.consumer.lag", lag, AtomicLong::get)
                .description("Messages of this central instance's partitions not written yet; -1 before the first poll")
                .register(registry);
        this.consumed = Counter.builder("amrs.kafka.consumed")
                .description("Messages this central instance wrote and committed")
                .register(registry);
        this.stored = Counter.builder("amrs.kafka.records.stored")
                .description("Records this central instance stored anew (a record delivered again is not)")
                .register(registry);
    }

    void measure(Consumer<?, ?> consumer) {
        long behind = 0;
        for (TopicPartition partition : consumer.assignment()) {
            behind += consumer.currentLag(partition).orElse(0);
        }
        lag.set(behind);
    }

    void written(int messages, int records) {
        consumed.increment(messages);
        stored.increment(records);
    }

    /** Messages behind; -1 while the consumer has not polled yet. */
    long messagesBehind() {
        return lag.get();
    }
}
