package com.amrs.store.production;

import com.amrs.core.kpi.MachineTotals;
import java.math.BigInteger;
import java.time.Instant;

/** A machine's rollup sums over some dates, as {@link MachineTotalsReader} adds them up. */
record DaySums(
        BigInteger units,
        BigInteger defects,
        double downtimeMin,
        double plannedSec,
        double idealRunSec,
        Instant lastSeen) {

    DaySums plus(DaySums other) {
        return new DaySums(
                units.add(other.units),
                defects.add(other.defects),
                downtimeMin + other.downtimeMin,
                plannedSec + other.plannedSec,
                idealRunSec + other.idealRunSec,
                lastSeen.isAfter(other.lastSeen) ? lastSeen : other.lastSeen);
    }

    MachineWindowTotals totals(String machineId) {
        return new MachineWindowTotals(
                new MachineTotals(
                        machineId,
                        units,
                        defects,
                        Math.max(0, downtimeMin),
                        Math.max(0, plannedSec) / 60.0,
                        units.signum() > 0 ? Math.max(0, idealRunSec / units.doubleValue()) : 0),
                lastSeen);
    }
}
