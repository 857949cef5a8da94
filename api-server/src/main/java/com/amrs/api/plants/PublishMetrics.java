package com.amrs.api.plants;

import com.amrs.api.system.ConditionalOnPlantMode;
import com.amrs.api.system.PlantMode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@code amrs.kafka.published}: rows an edge sent to Kafka; {@code amrs.kafka.publish.failures}: failed batches. */
@Component
@ConditionalOnPlantMode(PlantMode.EDGE)
class PublishMetrics {

    private final Counter sent;
    private final Counter failures;

    PublishMetrics(MeterRegistry registry) {
        this.sent = Counter.builder("amrs.kafka.published")
                .description("Records, stop changes and alert changes this edge sent to Kafka")
                .register(registry);
        this.failures = Counter.builder("amrs.kafka.publish.failures")
                .description("Outbox batches Kafka did not take; they are sent again")
                .register(registry);
    }

    void sent(int rows) {
        sent.increment(rows);
    }

    void failed() {
        failures.increment();
    }
}
