package com.amrs.simulator.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The plant's machine catalogue, {@code amrs.machines}, shared with the other services; the
 * simulator only reads each machine's ideal cycle time.
 */
@Validated
@ConfigurationProperties("amrs")
public record MachineCatalogueProperties(@DefaultValue List<@Valid Entry> machines) {

    public Map<String, Double> idealCycleTimes() {
        return machines.stream()
                .filter(entry -> entry.idealCycleTimeSeconds() != null)
                .collect(Collectors.toMap(Entry::id, Entry::idealCycleTimeSeconds, (first, second) -> second));
    }

    /** A catalogue entry; other services read more fields of it. */
    public record Entry(@NotBlank String id, @Positive Double idealCycleTimeSeconds) {}
}
