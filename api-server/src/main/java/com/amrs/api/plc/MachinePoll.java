package com.amrs.api.plc;

import java.util.Map;
import java.util.Optional;

/**
 * One machine's values in one poll: what each mapped node returned, and for each node that gave no
 * usable value the reason (a Bad status, a node the PLC does not have).
 */
public record MachinePoll(MachineTags tags, Map<Signal, Object> values, Map<Signal, String> problems) {

    public MachinePoll {
        values = Map.copyOf(values);
        problems = Map.copyOf(problems);
    }

    public String machineId() {
        return tags.machineId();
    }

    public Optional<Object> value(Signal signal) {
        return Optional.ofNullable(values.get(signal));
    }

    /** Whether the PLC delivered nothing at all for this machine. */
    public boolean empty() {
        return values.isEmpty();
    }
}
