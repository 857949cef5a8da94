package com.amrs.store.completeness;

import com.amrs.core.completeness.Completeness;
import com.amrs.core.completeness.CompletenessPlan;
import com.amrs.core.completeness.GapReason;
import com.amrs.core.completeness.MachineCoverage;
import com.amrs.core.shift.Interval;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.store.MachineFilter;
import com.amrs.store.production.FirstSeenReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How much of a window the records cover (DESIGN.md §13), the same for {@code /api/kpis} and the report:
 * the rollup, the gaps found by the database, and their reasons: {@code plc_unreachable} for a gap that
 * runs until now while the machine's PLC does not answer (only the api-server knows), {@code rejected}
 * for one holding records the database refused, else {@code not_collected}.
 */
public final class CompletenessReader {

    /** A machine's gap, as the reasons are looked up. */
    private record Key(String machineId, Interval span) {}

    private final CompletenessQueries queries;
    private final FirstSeenReader firstSeen;
    private final ShiftCalendar calendar;

    public CompletenessReader(JdbcClient jdbc, ShiftCalendar calendar) {
        this.queries = new CompletenessQueries(jdbc);
        this.firstSeen = new FirstSeenReader(jdbc);
        this.calendar = calendar;
    }

    /**
     * Pooled over the machines (or the one asked for), and per machine.
     *
     * @param unreachable whether a machine's PLC does not answer now
     */
    public WindowCompleteness read(
            ProductionWindow window, MachineFilter filter, Instant now, Predicate<String> unreachable) {
        var firstSeen = this.firstSeen.read(window, filter, window.startInstant(calendar));
        if (firstSeen.isEmpty()) {
            return WindowCompleteness.none();
        }
        var plan = CompletenessPlan.of(
                calendar, window, now, firstSeen, queries.slotTotals(window, filter), queries.rawKeptFrom());
        List<MachineCoverage> machines = plan.complete(queries.uncovered(plan.queries()));
        Set<Key> rejected = rejected(machines);
        BiFunction<String, Interval, GapReason> reasons = (id, gap) ->
                GapReason.of(plan.reachesNow(gap) && unreachable.test(id), rejected.contains(new Key(id, gap)));
        Map<String, Completeness> byMachine = new LinkedHashMap<>();
        for (MachineCoverage machine : machines) {
            byMachine.put(machine.machineId(), Completeness.of(List.of(machine), reasons));
        }
        return new WindowCompleteness(Completeness.of(machines, reasons), byMachine);
    }

    private Set<Key> rejected(List<MachineCoverage> machines) {
        List<String> ids = new ArrayList<>();
        List<Interval> gaps = new ArrayList<>();
        machines.forEach(machine -> machine.gaps().forEach(gap -> {
            ids.add(machine.machineId());
            gaps.add(gap);
        }));
        Set<Key> keys = new HashSet<>();
        queries.withRejectedRecords(ids, gaps).forEach(i -> keys.add(new Key(ids.get(i), gaps.get(i))));
        return keys;
    }
}
