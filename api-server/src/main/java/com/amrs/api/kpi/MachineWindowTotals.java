package com.amrs.api.kpi;

import com.amrs.core.kpi.MachineTotals;
import java.time.Instant;

/** A machine's sums over a window as PostgreSQL computes them, and when it was last seen. */
record MachineWindowTotals(MachineTotals totals, Instant lastSeen) {}
