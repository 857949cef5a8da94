package com.amrs.api.kpi;

import com.amrs.api.plc.PlcStatuses;
import com.amrs.core.completeness.Completeness;
import com.amrs.core.completeness.CompletenessPlan;
import com.amrs.core.completeness.GapReason;
import com.amrs.core.completeness.MachineCoverage;
import com.amrs.core.completeness.Span;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * How much of a window the records cover (DESIGN.md §13), per machine and pooled: core's plan over
 * the rollup, the gaps found by the database, and their reasons: {@code plc_unreachable} for a gap
 * that runs until now while the machine's PLC does not answer, {@code rejected} for one holding records
 * the database refused, else {@code not_collected}.
 */
@Service
class CompletenessService {

    /** A machine's gap, as the reasons are looked up. */
    private record Key(String machineId, Span span) {}

    private final CompletenessQueries queries;
    private final ShiftCalendar calendar;
    private final Clock clock;
    private final PlcStatuses plcs;

    CompletenessService(CompletenessQueries queries, ShiftCalendar calendar, Clock clock, PlcStatuses plcs) {
        this.queries = queries;
        this.calendar = calendar;
        this.clock = clock;
        this.plcs = plcs;
    }

    /** The window's completeness: pooled over the machines (or the one asked for), and per machine. */
    WindowCompleteness of(ProductionWindow window, Optional<String> machineId) {
        var firstSeen = queries.firstSeen(window, machineId, window.startInstant(calendar));
        if (firstSeen.isEmpty()) {
            return new WindowCompleteness(Completeness.none(), Map.of());
        }
        var plan = CompletenessPlan.of(
                calendar, window, clock.instant(), firstSeen, queries.slotTotals(window, machineId));
        List<MachineCoverage> machines = plan.complete(queries.uncovered(plan.queries()));
        Set<Key> rejected = rejected(machines);
        Map<String, Completeness> byMachine = new LinkedHashMap<>();
        for (MachineCoverage machine : machines) {
            byMachine.put(
                    machine.machineId(),
                    Completeness.of(List.of(machine), (id, gap) -> reason(plan, rejected, id, gap)));
        }
        return new WindowCompleteness(
                Completeness.of(machines, (id, gap) -> reason(plan, rejected, id, gap)), byMachine);
    }

    private GapReason reason(CompletenessPlan plan, Set<Key> rejected, String machineId, Span gap) {
        return GapReason.of(
                plan.reachesNow(gap) && plcs.unreachable(machineId), rejected.contains(new Key(machineId, gap)));
    }

    private Set<Key> rejected(List<MachineCoverage> machines) {
        List<String> ids = new ArrayList<>();
        List<Span> gaps = new ArrayList<>();
        machines.forEach(machine -> machine.gaps().forEach(gap -> {
            ids.add(machine.machineId());
            gaps.add(gap);
        }));
        Set<Key> keys = new HashSet<>();
        queries.withRejectedRecords(ids, gaps).forEach(i -> keys.add(new Key(ids.get(i), gaps.get(i))));
        return keys;
    }

    /** The pooled completeness and each machine's, by machine id. */
    record WindowCompleteness(Completeness plant, Map<String, Completeness> machines) {

        Completeness machine(String machineId) {
            return machines.getOrDefault(machineId, Completeness.none());
        }
    }
}
