package com.amrs.api.kpi;

import com.amrs.api.system.DowntimeProperties;
import com.amrs.core.kpi.MachineTotals;
import com.amrs.core.oee.LossWaterfall;
import com.amrs.core.oee.OeeInput;
import com.amrs.core.oee.PlannedTime;
import com.amrs.core.oee.Stop;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The loss waterfall of ISO 22400 (DESIGN.md §14) per machine and pooled: the window's planned time from the
 * shift calendar (breaks and non-production days out, today until now), the machines' stops, their units.
 */
@Service
class OeeLosses {

    private final KpiQueries totals;
    private final StopIntervalQueries stops;
    private final ShiftCalendar calendar;
    private final Duration microStop;
    private final Clock clock;

    OeeLosses(
            KpiQueries totals,
            StopIntervalQueries stops,
            ShiftCalendar calendar,
            DowntimeProperties downtime,
            Clock clock) {
        this.totals = totals;
        this.stops = stops;
        this.calendar = calendar;
        this.microStop = downtime.microStop();
        this.clock = clock;
    }

    /** Each machine with units or stops in the window, by id. */
    Map<String, LossWaterfall> byMachine(ProductionWindow window, Optional<String> machineId) {
        Instant now = clock.instant();
        PlannedTime planned = PlannedTime.of(calendar, window).until(now);
        Map<String, List<Stop>> machineStops = stops.byMachine(window, machineId, now);
        Map<String, LossWaterfall> losses = new LinkedHashMap<>();
        for (MachineWindowTotals machine : totals.machineTotals(window, machineId)) {
            MachineTotals sums = machine.totals();
            losses.put(
                    sums.machineId(),
                    LossWaterfall.of(new OeeInput(
                            planned,
                            machineStops.getOrDefault(sums.machineId(), List.of()),
                            microStop,
                            sums.unitsProduced(),
                            sums.goodUnits(),
                            sums.idealCycleTimeSeconds())));
        }
        machineStops.forEach((id, list) -> losses.computeIfAbsent(
                id,
                only -> LossWaterfall.of(new OeeInput(
                        planned, list, microStop, java.math.BigInteger.ZERO, java.math.BigInteger.ZERO, 0))));
        return losses;
    }

    LossWaterfall pooled(ProductionWindow window, Optional<String> machineId) {
        return LossWaterfall.pooled(byMachine(window, machineId).values());
    }
}
