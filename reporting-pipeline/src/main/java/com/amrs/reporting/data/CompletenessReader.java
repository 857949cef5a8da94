package com.amrs.reporting.data;

import com.amrs.core.completeness.Completeness;
import com.amrs.core.completeness.CompletenessPlan;
import com.amrs.core.completeness.GapReason;
import com.amrs.core.completeness.MachineCoverage;
import com.amrs.core.completeness.Span;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The report's completeness (DESIGN.md §13), computed as the api-server does. The reporting pipeline
 * does not talk to PLCs, so a gap is {@code rejected} when it holds refused records, else
 * {@code not_collected}.
 */
@Component
class CompletenessReader {

    private record Key(String machineId, Span span) {}

    private final CompletenessQueries queries;
    private final ShiftCalendar calendar;

    CompletenessReader(CompletenessQueries queries, ShiftCalendar calendar) {
        this.queries = queries;
        this.calendar = calendar;
    }

    /** Pooled over all machines, and per machine by id. */
    ReportCompleteness read(ProductionWindow window, Instant now) {
        var firstSeen = queries.firstSeen(window, Optional.empty(), window.startInstant(calendar));
        if (firstSeen.isEmpty()) {
            return new ReportCompleteness(Completeness.none(), Map.of());
        }
        var plan = CompletenessPlan.of(calendar, window, now, firstSeen, queries.slotTotals(window, Optional.empty()));
        List<MachineCoverage> machines = plan.complete(queries.uncovered(plan.queries()));
        Set<Key> rejected = rejected(machines);
        Map<String, Completeness> byMachine = new LinkedHashMap<>();
        for (MachineCoverage machine : machines) {
            byMachine.put(
                    machine.machineId(), Completeness.of(List.of(machine), (id, gap) -> reason(rejected, id, gap)));
        }
        return new ReportCompleteness(Completeness.of(machines, (id, gap) -> reason(rejected, id, gap)), byMachine);
    }

    private static GapReason reason(Set<Key> rejected, String machineId, Span gap) {
        return GapReason.of(false, rejected.contains(new Key(machineId, gap)));
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
}
