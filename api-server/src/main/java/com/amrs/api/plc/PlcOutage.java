package com.amrs.api.plc;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A PLC that does not answer.
 *
 * @param since its first failed poll since it last answered
 * @param machines the machines it serves, as far as known
 */
public record PlcOutage(
        String plc, Instant since, PlcState state, @Nullable String error, List<String> machines) {

    public PlcOutage {
        machines = List.copyOf(machines);
    }
}
