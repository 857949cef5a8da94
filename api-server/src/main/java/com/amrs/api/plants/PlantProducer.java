package com.amrs.api.plants;

import com.amrs.api.system.AmrsProperties;
import com.amrs.api.system.ConditionalOnPlantMode;
import com.amrs.api.system.PlantMode;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.stereotype.Component;

/** The edge's Kafka producer: idempotent, {@code acks=all}, keyed {@code <plant>/<machine_id>} (DESIGN.md §19). */
@Component
@ConditionalOnPlantMode(PlantMode.EDGE)
class PlantProducer {

    private final Map<String, Object> config;

    PlantProducer(AmrsProperties properties) {
        var kafka = properties.kafka();
        this.config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ProducerConfig.CLIENT_ID_CONFIG,
                "amrs-edge-" + properties.plant().id(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.LINGER_MS_CONFIG,
                5,
                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                "lz4",
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                (int) kafka.retryWait().multipliedBy(5).toMillis(),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                10_000);
    }

    Producer<String, String> create() {
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }
}
