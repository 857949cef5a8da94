package com.amrs.api.system;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code amrs.kafka}: the link between edge plants and the central site (DESIGN.md §19).
 *
 * @param bootstrapServers the brokers, {@code host:port,…} ({@code KAFKA_BOOTSTRAP_SERVERS}); needed by edge and
 *     central
 * @param groupId the central sites' consumer group: its instances share the topics' partitions
 * @param batchSize outbox rows an edge sends at once, and records a central instance writes in one transaction
 * @param idleWait how long the publisher waits for new rows when the outbox is empty and no notification comes
 * @param retryWait how long publisher and consumer wait after Kafka or the database failed them
 * @param sessionTimeout how soon the group hands a central instance's partitions to the others when it is gone
 */
public record KafkaLinkProperties(
        String bootstrapServers,
        @DefaultValue("amrs-central") @NotBlank String groupId,
        @DefaultValue("2000") @Min(1) @Max(50_000) int batchSize,
        @DefaultValue("1s") @NotNull Duration idleWait,
        @DefaultValue("2s") @NotNull Duration retryWait,
        @DefaultValue("15s") @NotNull Duration sessionTimeout) {

    public static final String PRODUCTION_TOPIC = "amrs.production";
    public static final String STOPS_TOPIC = "amrs.stops";
    public static final String ALERTS_TOPIC = "amrs.alerts";

    void requireBrokers(PlantMode mode) {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("amrs.kafka.bootstrap-servers (KAFKA_BOOTSTRAP_SERVERS) must name the"
                    + " Kafka brokers when amrs.mode (AMRS_MODE) is "
                    + mode.name().toLowerCase(Locale.ROOT));
        }
    }
}
