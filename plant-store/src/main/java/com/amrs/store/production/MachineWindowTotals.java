package com.amrs.store.production;

import com.amrs.core.kpi.MachineTotals;
import java.time.Instant;

/** A machine's sums over a window as PostgreSQL computes them, and when it was last seen. */
public record MachineWindowTotals(MachineTotals totals, Instant lastSeen) {

    public String machineId() {
        return totals.machineId();
    }
}
