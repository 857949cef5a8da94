package com.amrs.api.plants;

import com.amrs.api.system.AmrsProperties;
import com.amrs.api.system.ConditionalOnPlantMode;
import com.amrs.api.system.PlantMode;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.stereotype.Component;

/** The central consumer's settings: offsets committed by hand after the database commit, from the start. */
@Component
@ConditionalOnPlantMode(PlantMode.CENTRAL)
class PlantConsumer {

    private final Map<String, Object> config;

    PlantConsumer(AmrsProperties properties) {
        var kafka = properties.kafka();
        this.config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                kafka.groupId(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                kafka.batchSize(),
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG,
                (int) kafka.sessionTimeout().toMillis(),
                ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG,
                (int) kafka.sessionTimeout().dividedBy(5).toMillis());
    }

    Consumer<String, String> create() {
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }
}
