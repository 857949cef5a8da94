package com.amrs.store.completeness;

import com.amrs.core.completeness.Completeness;
import com.amrs.core.completeness.CompletenessPlan;
import com.amrs.core.completeness.DayCoverage;
import com.amrs.core.completeness.GapReason;
import com.amrs.core.completeness.KnownDays;
import com.amrs.core.completeness.MachineCoverage;
import com.amrs.core.completeness.SlotTotals;
import com.amrs.core.shift.Interval;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.store.MachineFilter;
import com.amrs.store.closed.ClosedDays;
import com.amrs.store.closed.DayCache;
import com.amrs.store.closed.KeptRuns;
import com.amrs.store.production.FirstSeenReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
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

    /** A date's coverage and the retention it was worked out under. */
    private record Kept(DayCoverage coverage, LocalDate rawKeptFrom) {}

    private final JdbcClient jdbc;
    private final DayCache<Kept> kept = new DayCache<>();
    private final KeptRuns<KnownDays> runs = new KeptRuns<>();
    private final CompletenessQueries queries;
    private final FirstSeenReader firstSeen;
    private final ShiftCalendar calendar;

    public CompletenessReader(JdbcClient jdbc, ShiftCalendar calendar) {
        this.jdbc = jdbc;
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
        LocalDate rawKeptFrom = queries.rawKeptFrom();
        ClosedDays closed = ClosedDays.of(jdbc, calendar, window, now);
        CompletenessPlan plan;
        Map<String, List<Interval>> uncovered;
        if (closed.any()) {
            var days = new KeptDays(window, filter, firstSeen, closed, rawKeptFrom);
            plan = CompletenessPlan.of(
                    calendar, window, now, firstSeen, days.rows(), rawKeptFrom, days.known, days.tallied);
            uncovered = queries.uncovered(plan.queries(), filter);
            days.keep(plan.days(uncovered));
        } else {
            plan = CompletenessPlan.of(
                    calendar, window, now, firstSeen, queries.slotTotals(window, filter), rawKeptFrom);
            uncovered = queries.uncovered(plan.queries(), filter);
        }
        List<MachineCoverage> machines = plan.complete(uncovered);
        Set<Key> rejected = rejected(machines);
        BiFunction<String, Interval, GapReason> reasons = (id, gap) ->
                GapReason.of(plan.reachesNow(gap) && unreachable.test(id), rejected.contains(new Key(id, gap)));
        Map<String, Completeness> byMachine = new LinkedHashMap<>();
        for (MachineCoverage machine : machines) {
            byMachine.put(machine.machineId(), Completeness.of(List.of(machine), reasons));
        }
        return new WindowCompleteness(Completeness.of(machines, reasons), byMachine);
    }

    /**
     * Which dates of each machine are taken from what was worked out before, which are kept this time, and the
     * rollup rows the rest needs. A machine's date is kept where it is closed, the machine was seen before the date
     * before (that date's last shift tells whether the first shift is looked into), and the machine has rows in the
     * window's last four days (so that its newest row, after which nothing is expected yet, is not in the date or
     * the next). A machine whose every such date is known is taken as one run.
     */
    private final class KeptDays {

        private final ProductionWindow window;
        private final MachineFilter filter;
        private final Map<String, Instant> firstSeen;
        private final ClosedDays closed;
        private final LocalDate rawKeptFrom;
        private final Map<String, List<LocalDate>> keepable = new HashMap<>();
        private final Map<String, Map<LocalDate, DayCoverage>> knownDays = new HashMap<>();
        private final Map<String, List<KnownDays>> known = new HashMap<>();
        private final Map<String, Set<LocalDate>> tallied = new HashMap<>();

        KeptDays(
                ProductionWindow window,
                MachineFilter filter,
                Map<String, Instant> firstSeen,
                ClosedDays closed,
                LocalDate rawKeptFrom) {
            this.window = window;
            this.filter = filter;
            this.firstSeen = firstSeen;
            this.closed = closed;
            this.rawKeptFrom = rawKeptFrom;
            List<LocalDate> closedDates =
                    window.dates().stream().filter(closed::keeps).toList();
            firstSeen.forEach((machine, first) -> {
                List<LocalDate> dates = closedDates.stream()
                        .filter(date -> !first.isAfter(closed.dayStart(date.minusDays(1))))
                        .toList();
                if (dates.isEmpty()) {
                    return;
                }
                keepable.put(machine, dates);
                KnownDays run = runs.get(filter.keyOf(machine), closed, context(first));
                if (run != null && run.from().equals(dates.getFirst())) {
                    known.put(machine, List.of(run));
                    return;
                }
                Map<LocalDate, DayCoverage> days = new HashMap<>();
                for (LocalDate date : dates) {
                    Kept day = kept.get(filter.keyOf(machine), date, closed.token(date));
                    if (day != null && Objects.equals(day.rawKeptFrom(), rawKeptFrom)) {
                        days.put(date, day.coverage());
                    } else {
                        tallied.computeIfAbsent(machine, m -> new HashSet<>()).add(date);
                    }
                }
                knownDays.put(machine, days);
                known.put(machine, runsOf(dates, days));
            });
        }

        /** The rows of every date some machine works out now, and of the date after it. */
        List<SlotTotals> rows() {
            Set<LocalDate> needed = new TreeSet<>();
            for (LocalDate date : window.dates()) {
                if (firstSeen.keySet().stream().anyMatch(machine -> !isKnown(machine, date))) {
                    needed.add(date);
                    if (date.isBefore(window.to())) {
                        needed.add(date.plusDays(1));
                    }
                }
            }
            List<SlotTotals> rows = new ArrayList<>(queries.slotTotals(needed, filter));
            LocalDate recent = window.to().minusDays(3);
            Set<String> active = new HashSet<>();
            rows.stream()
                    .filter(row -> !row.slot().productionDate().isBefore(recent))
                    .forEach(row -> active.add(row.machineId()));
            List<String> idle = firstSeen.keySet().stream()
                    .filter(machine -> !active.contains(machine) && known.containsKey(machine))
                    .toList();
            if (!idle.isEmpty()) {
                Set<LocalDate> rest = new TreeSet<>(window.dates());
                rest.removeAll(needed);
                rows.addAll(queries.slotTotals(rest, MachineFilter.of(idle).inPlant(filter.plantParameter())));
            }
            firstSeen.keySet().stream()
                    .filter(machine -> !active.contains(machine))
                    .forEach(machine -> {
                        known.remove(machine);
                        tallied.remove(machine);
                    });
            return rows;
        }

        /** Keeps the dates worked out now, each, and each machine's closed dates as one run when all are known. */
        void keep(Map<String, Map<LocalDate, DayCoverage>> worked) {
            worked.forEach((machine, byDate) -> byDate.forEach((date, coverage) ->
                    kept.put(filter.keyOf(machine), date, closed.token(date), new Kept(coverage, rawKeptFrom))));
            knownDays.keySet().stream()
                    .filter(machine -> known.containsKey(machine) || tallied.containsKey(machine))
                    .forEach(machine -> {
                        Map<LocalDate, DayCoverage> days = new HashMap<>(knownDays.get(machine));
                        days.putAll(worked.getOrDefault(machine, Map.of()));
                        List<KnownDays> all = runsOf(keepable.get(machine), days);
                        if (all.size() == 1
                                && days.size() == keepable.get(machine).size()) {
                            runs.put(filter.keyOf(machine), closed, context(firstSeen.get(machine)), all.getFirst());
                        }
                    });
        }

        private boolean isKnown(String machine, LocalDate date) {
            for (KnownDays run : known.getOrDefault(machine, List.of())) {
                if (run.contains(date)) {
                    return true;
                }
            }
            return false;
        }

        private Object context(Instant first) {
            return Arrays.asList(first, rawKeptFrom);
        }

        /** The known dates among {@code dates} (ascending) as runs of consecutive dates. */
        private static List<KnownDays> runsOf(List<LocalDate> dates, Map<LocalDate, DayCoverage> days) {
            List<KnownDays> runs = new ArrayList<>();
            KnownDays run = null;
            for (LocalDate date : dates) {
                DayCoverage day = days.get(date);
                if (day == null) {
                    run = null;
                } else if (run != null && run.to().plusDays(1).equals(date)) {
                    run = new KnownDays(run.from(), date, run.coverage().plus(day));
                    runs.set(runs.size() - 1, run);
                } else {
                    run = new KnownDays(date, date, day);
                    runs.add(run);
                }
            }
            return runs;
        }
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
