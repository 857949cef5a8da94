package com.amrs.api.downtime;

import com.amrs.store.downtime.MachineStop;
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
        String comment) {

    static StopView of(MachineStop stop) {
        return new StopView(
                stop.id(),
                stop.machineId(),
                stop.startedAt(),
                stop.endedAt(),
                stop.durationSec(),
                stop.state(),
                stop.faultCode(),
                stop.reasonCode(),
                stop.reason(),
                stop.category(),
                stop.productionDate(),
                stop.shift(),
                stop.assignedBy(),
                stop.assignedAt(),
                stop.comment());
    }
}
