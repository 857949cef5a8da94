package com.amrs.api.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * {@code kafka} of {@code /api/health} at an edge or a central site (DESIGN.md §19): an edge's outbox (what waits
 * for Kafka, and since when), a central instance's consumer lag and how fresh each plant's records are.
 *
 * @param state {@code up}, or {@code down} while an edge cannot publish
 * @param outboxRows records, stop and alert changes an edge has not sent yet
 * @param outboxOldestSeconds how long the oldest of them has waited
 * @param consumerLag messages of this central instance's partitions not written yet
 * @param plants each plant's newest record at the central site
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KafkaHealth(
        String mode,
        String state,
        Long outboxRows,
        Double outboxOldestSeconds,
        Long consumerLag,
        List<PlantFreshness> plants) {

    /** @param behindSeconds from the plant's newest record to now */
    public record PlantFreshness(String plantId, Instant lastRecord, double behindSeconds) {}

    /** What the edge publisher or the central consumer tells {@code /api/health}. */
    public interface Source {
        KafkaHealth health();
    }
}
