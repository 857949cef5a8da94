package com.amrs.api.kpi;

import com.amrs.core.kpi.MachineTotals;
import com.amrs.core.oee.LossWaterfall;
import com.amrs.store.production.MachineWindowTotals;
import java.util.List;
import java.util.Map;

/**
 * A window's figures, read once: each machine's sums (machines with records, in natural order) and each
 * machine's OEE loss waterfall (machines with records or stops).
 */
record ProductionFigures(List<MachineWindowTotals> machines, Map<String, LossWaterfall> losses) {

    List<MachineTotals> totals() {
        return machines.stream().map(MachineWindowTotals::totals).toList();
    }

    /** All machines pooled (DESIGN.md §14). */
    LossWaterfall pooled() {
        return LossWaterfall.pooled(losses.values());
    }
}
