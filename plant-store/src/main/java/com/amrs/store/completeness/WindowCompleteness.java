package com.amrs.store.completeness;

import com.amrs.core.completeness.Completeness;
import java.util.Map;

/** How much of a window the records cover (DESIGN.md §13): pooled over the machines, and per machine by id. */
public record WindowCompleteness(Completeness plant, Map<String, Completeness> machines) {

    public WindowCompleteness {
        machines = Map.copyOf(machines);
    }

    public Completeness machine(String machineId) {
        return machines.getOrDefault(machineId, Completeness.none());
    }

    public static WindowCompleteness none() {
        return new WindowCompleteness(Completeness.none(), Map.of());
    }
}
