package com.amrs.core.completeness;

import static com.amrs.core.Arguments.requireNonNull;

import com.amrs.core.shift.Interval;
import com.amrs.core.shift.Intervals;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Works out completeness (DESIGN.md §13) from the rollup, asking the database about raw records only
 * where the rollup shows a shortfall. Expected time is the window's production time (every shift's
 * time; breaks come with issue #15) since the machine was first seen, up to now. A shift whose
 * records' intervals add up to its expected time is covered; for the others ({@link #queries()}) the
 * database returns the uncovered stretches, which {@link #complete} turns into covered time and gaps. Where
 * retention dropped a shift's raw records, its shortfall counts as missing time, but no gap can be listed.
 *
 * <p>Collector records tile time: each covers the interval since the previous poll, so the first
 * record of a shift reaches back over the shift change by up to one poll interval (an interval of
 * over a minute is split at shift changes). That spill, at most {@link #SPILL}, is credited to the
 * shift before. The stretch after a machine's last record up to now is not missing while it is
 * shorter than {@link #MIN_GAP} plus the machine's collection interval: the next poll is not due yet.
 */
public final class CompletenessPlan {

    /** Gaps shorter than this count in the percentage but are not listed. */
    public static final Duration MIN_GAP = Duration.ofMinutes(1);

    static final double SPILL = 60;
    static final double TOLERANCE = 0.01;

    private final Instant now;
    private final Instant end;
    private final Map<String, MachinePlan> machines = new TreeMap<>();

    private CompletenessPlan(Instant now, Instant end) {
        this.now = now;
        this.end = end;
    }

    /** A plan where every raw record is still there. */
    public static CompletenessPlan of(
            ShiftCalendar calendar,
            ProductionWindow window,
            Instant now,
            Map<String, Instant> firstSeen,
            Collection<SlotTotals> rows) {
        return of(calendar, window, now, firstSeen, rows, null);
    }

    /**
     * @param firstSeen when each machine to judge was first seen (its first record's start); a
     *     machine seen before the window counts from the window's start
     * @param rows the rollup rows of the window for these machines
     * @param rawKeptFrom the first production date whose raw records retention kept, or null when none was
     *     dropped: a shift before it that falls short counts its shortfall, but its gaps cannot be placed
     */
    public static CompletenessPlan of(
            ShiftCalendar calendar,
            ProductionWindow window,
            Instant now,
            Map<String, Instant> firstSeen,
            Collection<SlotTotals> rows,
            LocalDate rawKeptFrom) {
        return of(calendar, window, now, firstSeen, rows, rawKeptFrom, Map.of(), Map.of());
    }

    /**
     * A plan that takes the coverage of some machines' dates as worked out before ({@code known}, runs of dates, oldest
     * first: only the first shift of a run needs its row, as the shift after the date before) and keeps that of others ({@code
     * tallied}) for {@link #days}. A date's coverage depends on its own shifts, the last shift before it and the
     * first after it; the caller keeps a date only while those stay the same, and only where the machine was seen
     * before the date before and has newer rows than the date after.
     */
    public static CompletenessPlan of(
            ShiftCalendar calendar,
            ProductionWindow window,
            Instant now,
            Map<String, Instant> firstSeen,
            Collection<SlotTotals> rows,
            LocalDate rawKeptFrom,
            Map<String, List<KnownDays>> known,
            Map<String, Set<LocalDate>> tallied) {
        requireNonNull(calendar, "calendar");
        requireNonNull(window, "window");
        requireNonNull(now, "now");
        Instant windowEnd = window.endInstant(calendar);
        var plan = new CompletenessPlan(now, now.isBefore(windowEnd) ? now : windowEnd);
        Instant windowStart = window.startInstant(calendar);
        var spans = new ShiftSpans(calendar);
        Map<String, List<SlotTotals>> byMachine = new HashMap<>();
        rows.forEach(row -> byMachine
                .computeIfAbsent(row.machineId(), id -> new ArrayList<>())
                .add(row));
        firstSeen.forEach((machine, first) -> {
            Instant start = first.isAfter(windowStart) ? first : windowStart;
            List<SlotTotals> own = byMachine.getOrDefault(machine, List.of());
            plan.machines.put(
                    machine,
                    MachinePlan.of(
                            calendar,
                            spans,
                            window,
                            machine,
                            new Interval(start, max(start, plan.end)),
                            own,
                            rawKeptFrom == null ? LocalDate.MIN : rawKeptFrom,
                            known.getOrDefault(machine, List.of()),
                            tallied.getOrDefault(machine, Set.of())));
        });
        return plan;
    }

    /** The shifts whose gaps the database must find. */
    public List<SlotQuery> queries() {
        return machines.values().stream().flatMap(m -> m.queries().stream()).toList();
    }

    /**
     * Each machine's coverage, given the uncovered stretches the database found for {@link #queries()}
     * (any length; per machine, in any order).
     */
    public List<MachineCoverage> complete(Map<String, List<Interval>> uncovered) {
        List<MachineCoverage> result = new ArrayList<>();
        for (MachinePlan machine : machines.values()) {
            List<Interval> holes = new ArrayList<>(machine.knownGaps());
            holes.addAll(uncovered.getOrDefault(machine.machineId(), List.of()));
            result.add(coverage(machine, Intervals.union(holes)));
        }
        return result;
    }

    /** The coverage of each machine's {@code tallied} dates, given the same gaps as {@link #complete}. */
    public Map<String, Map<LocalDate, DayCoverage>> days(Map<String, List<Interval>> uncovered) {
        Map<String, Map<LocalDate, DayCoverage>> days = new HashMap<>();
        for (MachinePlan machine : machines.values()) {
            if (!machine.tallies().isEmpty()) {
                days.put(machine.machineId(), machine.days(uncovered.getOrDefault(machine.machineId(), List.of())));
            }
        }
        return days;
    }

    /** Whether a gap runs until now (not just until the end of a window in the past). */
    public boolean reachesNow(Interval gap) {
        return gap.to().equals(now);
    }

    private MachineCoverage coverage(MachinePlan machine, List<Interval> gaps) {
        double expected = machine.expectedSec();
        List<Interval> kept = new ArrayList<>(gaps);
        if (!kept.isEmpty() && end.equals(now) && kept.getLast().to().equals(now)) {
            Interval trailing = kept.getLast();
            if (trailing.length().compareTo(MIN_GAP.plus(machine.collectionInterval())) < 0) {
                kept.removeLast();
                expected -= trailing.seconds();
            }
        }
        double missing = kept.stream().mapToDouble(Interval::seconds).sum() + machine.unplacedSec();
        double covered = Math.max(0, expected - missing);
        List<Interval> listed = kept.stream()
                .filter(gap -> gap.length().compareTo(MIN_GAP) >= 0)
                .toList();
        return new MachineCoverage(
                machine.machineId(), Math.max(0, expected), Math.min(covered, Math.max(0, expected)), listed);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
