package com.amrs.reporting.data;

import com.amrs.core.completeness.Completeness;
import java.util.Map;

/** How much of the report's window the records cover: pooled, and per machine by id. */
public record ReportCompleteness(Completeness plant, Map<String, Completeness> machines) {

    public ReportCompleteness {
        machines = Map.copyOf(machines);
    }

    public Completeness machine(String machineId) {
        return machines.getOrDefault(machineId, Completeness.none());
    }

    public static ReportCompleteness none() {
        return new ReportCompleteness(Completeness.none(), Map.of());
    }
}
