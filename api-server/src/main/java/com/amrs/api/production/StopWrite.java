package com.amrs.api.production;

import com.amrs.core.downtime.StopReason;
import com.amrs.core.machine.MachineState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of {@code machine_stops} as the collector last saw it (DESIGN.md §14): open while {@code endedAt}
 * is null. Written as an upsert on (machine, start): a stop is inserted once, then ended; its FaultCode and
 * reason follow the PLC until it ends or a user assigns a reason. Writing the same state again changes
 * nothing, so a spool replayed after a crash stores every stop once.
 */
public record StopWrite(
        String machineId,
        Instant startedAt,
        Instant endedAt,
        MachineState state,
        Integer faultCode,
        StopReason reason,
        LocalDate productionDate,
        String shift) {

    public StopWrite {
        if (state == MachineState.RUNNING) {
            throw new IllegalArgumentException("a stop is DOWN or IDLE, not RUNNING");
        }
        if (endedAt != null && endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException(
                    "a stop cannot end (" + endedAt + ") before it starts (" + startedAt + ")");
        }
    }

    public boolean open() {
        return endedAt == null;
    }

    public StopWrite endedAt(Instant end) {
        return new StopWrite(machineId, startedAt, end, state, faultCode, reason, productionDate, shift);
    }

    public StopWrite withFault(Integer code, StopReason newReason) {
        return new StopWrite(machineId, startedAt, endedAt, state, code, newReason, productionDate, shift);
    }

    /** Seconds from start to end; null while open. */
    public Double durationSeconds() {
        return endedAt == null ? null : Duration.between(startedAt, endedAt).toNanos() / 1e9;
    }
}
