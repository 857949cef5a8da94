package com.amrs.api.downtime;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code machine_stops} as the API shows it (DESIGN.md §14); open while {@code endedAt} is null. */
public record StopView(
        long id,
        String machineId,
        Instant startedAt,
        Instant endedAt,
        Double durationSec,
        String state,
        Integer faultCode,
        Integer reasonCode,
        String reason,
        String category,
        LocalDate productionDate,
        String shift,
        String assignedBy,
        Instant assignedAt,
        String comment) {}
