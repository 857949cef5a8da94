package com.amrs.api.plc;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One poll of one PLC: every machine's values, read at one instant.
 *
 * @param serverStartTime the PLC's {@code ServerStatus/StartTime}: when it changes, the PLC restarted
 * @param changes the state and fault changes the PLC's subscription delivered since the poll before, oldest
 *     first; empty where the PLC allows no subscription
 */
public record PlcPoll(
        String plc,
        Instant timestamp,
        @Nullable Instant serverStartTime,
        List<MachinePoll> machines,
        List<StateChange> changes) {

    public PlcPoll {
        changes = List.copyOf(changes);
    }

    public PlcPoll(String plc, Instant timestamp, @Nullable Instant serverStartTime, List<MachinePoll> machines) {
        this(plc, timestamp, serverStartTime, machines, List.of());
    }

    public PlcPoll withChanges(List<StateChange> newChanges) {
        return new PlcPoll(plc, timestamp, serverStartTime, machines, newChanges);
    }
}
