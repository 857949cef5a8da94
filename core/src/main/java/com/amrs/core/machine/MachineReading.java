package com.amrs.core.machine;

import static com.amrs.core.Arguments.requireNonNull;
import static com.amrs.core.Arguments.requireText;

import java.time.Instant;

/**
 * One read of a machine's PLC variables (DESIGN §3). The counters are cumulative since the PLC
 * started. A {@code null} field is a value the PLC did not deliver.
 */
public record MachineReading(
        String machineId,
        Instant timestamp,
        MachineState state,
        Long totalCount,
        Long rejectCount,
        Double downtimeSeconds,
        Double idealCycleTimeSeconds,
        Integer faultCode) {

    public MachineReading {
        requireText(machineId, "machineId");
        requireNonNull(timestamp, "timestamp");
    }
}
