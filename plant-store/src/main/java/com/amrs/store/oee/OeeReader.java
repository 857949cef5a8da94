package com.amrs.store.oee;

import com.amrs.core.kpi.MachineTotals;
import com.amrs.core.oee.LossWaterfall;
import com.amrs.core.oee.OeeInput;
import com.amrs.core.oee.PlannedTime;
import com.amrs.core.oee.Stop;
import com.amrs.core.oee.StopTimes;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.store.MachineFilter;
import com.amrs.store.closed.ClosedDays;
import com.amrs.store.production.FirstSeenReader;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * OEE by ISO 22400 (DESIGN.md §14), the same for {@code /api/kpis}, {@code /api/machines}, {@code
 * /api/oee/losses} and the report: each machine's loss waterfall over a window, from the shift calendar's
 * planned time (breaks and non-production days out, today until now, from the machine's first record on,
 * as completeness expects records), the machine's stops and its sums.
 */
public final class OeeReader {

    private final JdbcClient jdbc;
    private final StopIntervals stops;
    private final DayStopTimes dayStopTimes;
    private final FirstSeenReader firstSeen;
    private final ShiftCalendar calendar;
    private final Duration microStop;

    /** @param microStop {@code amrs.downtime.micro-stop}: shorter unplanned stops are performance loss */
    public OeeReader(JdbcClient jdbc, ShiftCalendar calendar, Duration microStop) {
        this.jdbc = jdbc;
        this.stops = new StopIntervals(jdbc);
        this.dayStopTimes = new DayStopTimes(stops, calendar, microStop);
        this.firstSeen = new FirstSeenReader(jdbc);
        this.calendar = calendar;
        this.microStop = microStop;
    }

    /**
     * The waterfall of each machine with sums or stops in the window, in the order of {@code totals} (read
     * for the same window and machine), then machines that only stopped; as of {@link AsOf} {@code now}.
     */
    public Map<String, LossWaterfall> byMachine(
            ProductionWindow window, MachineFilter machines, Collection<MachineTotals> totals, Instant now) {
        ClosedDays closed = ClosedDays.of(jdbc, calendar, window, now);
        if (closed.any()) {
            return byMachine(window, machines, totals, now, closed);
        }
        Instant asOf = AsOf.of(now);
        PlannedTime windowPlanned = PlannedTime.of(calendar, window).until(asOf);
        Map<String, Instant> seen = firstSeen.read(window, machines, window.startInstant(calendar));
        Map<String, List<Stop>> machineStops = stops.byMachine(window, machines, asOf);
        Map<String, LossWaterfall> losses = waterfalls(windowPlanned, seen, machineStops, totals);
        machineStops.forEach((id, list) -> losses.computeIfAbsent(
                id,
                stopped -> LossWaterfall.of(new OeeInput(
                        planned(windowPlanned, seen.get(id)), list, microStop, BigInteger.ZERO, BigInteger.ZERO, 0))));
        return losses;
    }

    /** As above, the closed days' stop times taken from what was worked out before. */
    private Map<String, LossWaterfall> byMachine(
            ProductionWindow window,
            MachineFilter machines,
            Collection<MachineTotals> totals,
            Instant now,
            ClosedDays closed) {
        Map<String, Instant> seen = firstSeen.read(window, machines, window.startInstant(calendar));
        Map<String, MachineTotals> sums = new LinkedHashMap<>();
        totals.forEach(machine -> sums.put(machine.machineId(), machine));
        Map<String, StopTimes> times =
                dayStopTimes.byMachine(window, machines, sums.keySet(), seen, AsOf.of(now), closed);
        Map<String, LossWaterfall> losses = new LinkedHashMap<>();
        sums.forEach((id, machine) -> losses.put(
                id,
                LossWaterfall.of(
                        times.get(id), machine.unitsProduced(), machine.goodUnits(), machine.idealCycleTimeSeconds())));
        times.forEach((id, stopped) ->
                losses.computeIfAbsent(id, only -> LossWaterfall.of(stopped, BigInteger.ZERO, BigInteger.ZERO, 0)));
        return losses;
    }

    /**
     * The waterfall of each machine of {@code totals} over a span of instants (an alert rule's last hour, say):
     * the planned time of the span's production dates inside the span, as of {@link AsOf} {@code to}.
     */
    public Map<String, LossWaterfall> overSpan(
            Instant from, Instant to, MachineFilter machines, Collection<MachineTotals> totals) {
        Instant asOf = AsOf.of(to);
        ProductionWindow window = new ProductionWindow(
                calendar.slotOf(from).productionDate(), calendar.slotOf(to).productionDate());
        PlannedTime spanPlanned = PlannedTime.of(calendar, window).from(from).until(asOf);
        Map<String, Instant> seen = firstSeen.read(window, machines, window.startInstant(calendar));
        Map<String, List<Stop>> machineStops = stops.byMachine(window, machines, asOf);
        return waterfalls(spanPlanned, seen, machineStops, totals);
    }

    private Map<String, LossWaterfall> waterfalls(
            PlannedTime planned,
            Map<String, Instant> seen,
            Map<String, List<Stop>> machineStops,
            Collection<MachineTotals> totals) {
        Map<String, LossWaterfall> losses = new LinkedHashMap<>();
        for (MachineTotals sums : totals) {
            String id = sums.machineId();
            losses.put(
                    id,
                    LossWaterfall.of(new OeeInput(
                            planned(planned, seen.get(id)),
                            machineStops.getOrDefault(id, List.of()),
                            microStop,
                            sums.unitsProduced(),
                            sums.goodUnits(),
                            sums.idealCycleTimeSeconds())));
        }
        return losses;
    }

    private static PlannedTime planned(PlannedTime window, Instant firstSeen) {
        return firstSeen == null ? window : window.from(firstSeen);
    }
}
