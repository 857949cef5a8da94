package com.amrs.api.live;

import java.time.Instant;
import java.util.List;

/** Published after every poll of the PLC, with every machine's live totals (for the live stream). */
public record ProductionPolled(Instant timestamp, List<LiveMachine> machines) {

    public ProductionPolled {
        machines = List.copyOf(machines);
    }
}
