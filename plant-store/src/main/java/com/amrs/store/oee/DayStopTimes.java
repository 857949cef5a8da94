package com.amrs.store.oee;

import com.amrs.core.oee.PlannedTime;
import com.amrs.core.oee.Stop;
import com.amrs.core.oee.StopTimes;
import com.amrs.core.shift.Interval;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.store.MachineFilter;
import com.amrs.store.closed.ClosedDays;
import com.amrs.store.closed.DayCache;
import com.amrs.store.closed.KeptRuns;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Each machine's {@link StopTimes} over a window, the days a {@link ClosedDays closed} and self-contained taken
 * from a {@link DayCache}: a day whose stops lie within it and touch no stop of another day adds up on its own
 * (its unplanned stops merge with none outside it, so their lengths and count do not depend on the window).
 * Other days, and every day of a window without closed days, are worked out from the stops as they are.
 */
final class DayStopTimes {

    /** A day's stop times, and whether it had any stop: empty when it is not self-contained. */
    private record Day(StopTimes times, boolean stopped) {}

    /** A machine's self-contained closed days of a window, their stop times added up. */
    private record KeptStops(StopTimes times, Set<LocalDate> dates, boolean stopped) {}

    private final StopIntervals stops;
    private final ShiftCalendar calendar;
    private final Duration microStop;
    private final DayCache<Optional<Day>> kept = new DayCache<>();
    private final KeptRuns<KeptStops> runs = new KeptRuns<>();

    DayStopTimes(StopIntervals stops, ShiftCalendar calendar, Duration microStop) {
        this.stops = stops;
        this.calendar = calendar;
        this.microStop = microStop;
    }

    /**
     * The stop times of every machine of {@code machines} (those with sums) and every machine with stops in the
     * window, in its planned time from its first record ({@code seen}) on, up to {@code asOf}.
     */
    Map<String, StopTimes> byMachine(
            ProductionWindow window,
            MachineFilter filter,
            Set<String> machines,
            Map<String, Instant> seen,
            Instant asOf,
            ClosedDays closed) {
        Set<String> all = new TreeSet<>(machines);
        all.addAll(stops.machines(filter));
        List<LocalDate> dates = window.dates();
        Map<String, KeptStops> found = new HashMap<>();
        for (String machine : all) {
            KeptStops run = runs.get(filter.keyOf(machine), closed, seen.get(machine));
            if (run == null) {
                found = keptStops(window, filter, all, seen, asOf, closed);
                break;
            }
            found.put(machine, run);
        }
        Map<String, KeptStops> kept = found;
        List<LocalDate> fresh = dates.stream()
                .filter(date -> all.stream()
                        .anyMatch(machine -> !kept.get(machine).dates().contains(date)))
                .toList();
        Map<String, List<StopIntervals.DatedStop>> open =
                fresh.isEmpty() ? Map.of() : stops.byMachine(fresh, filter, asOf);
        Map<String, StopTimes> result = new TreeMap<>();
        for (String machine : all) {
            KeptStops own = kept.get(machine);
            List<Stop> rest = new ArrayList<>();
            open.getOrDefault(machine, List.of()).stream()
                    .filter(stop -> !own.dates().contains(stop.date()))
                    .forEach(stop -> rest.add(stop.stop()));
            if (!machines.contains(machine) && rest.isEmpty() && !own.stopped()) {
                continue;
            }
            List<LocalDate> restDates =
                    dates.stream().filter(date -> !own.dates().contains(date)).toList();
            StopTimes times = StopTimes.of(planned(restDates, seen.get(machine), asOf), rest, microStop);
            result.put(machine, times.plus(own.times()));
        }
        return result;
    }

    /** Each machine's kept days added up, from the days kept and the stops for the rest; kept as runs. */
    private Map<String, KeptStops> keptStops(
            ProductionWindow window,
            MachineFilter filter,
            Set<String> machines,
            Map<String, Instant> seen,
            Instant asOf,
            ClosedDays closed) {
        List<LocalDate> dates = window.dates();
        Map<String, Map<LocalDate, Day>> kept = kept(filter, machines, dates, seen, closed);
        Map<String, Map<LocalDate, Day>> days =
                kept != null ? kept : fill(window, filter, machines, seen, asOf, closed);
        Map<String, KeptStops> runs = new HashMap<>();
        for (String machine : machines) {
            Map<LocalDate, Day> own = days.getOrDefault(machine, Map.of());
            StopTimes times = StopTimes.NONE;
            for (Day day : own.values()) {
                times = times.plus(day.times());
            }
            KeptStops run = new KeptStops(
                    times, Set.copyOf(own.keySet()), own.values().stream().anyMatch(Day::stopped));
            this.runs.put(filter.keyOf(machine), closed, seen.get(machine), run);
            runs.put(machine, run);
        }
        return runs;
    }

    /** The kept days of every machine, or null when one is missing. */
    private Map<String, Map<LocalDate, Day>> kept(
            MachineFilter filter,
            Set<String> machines,
            List<LocalDate> dates,
            Map<String, Instant> seen,
            ClosedDays closed) {
        Map<String, Map<LocalDate, Day>> days = new HashMap<>();
        for (String machine : machines) {
            for (LocalDate date : dates) {
                if (!keeps(closed, date, seen.get(machine))) {
                    continue;
                }
                Optional<Day> day = kept.get(filter.keyOf(machine), date, closed.token(date));
                if (day == null) {
                    return null;
                }
                day.ifPresent(
                        d -> days.computeIfAbsent(machine, m -> new HashMap<>()).put(date, d));
            }
        }
        return days;
    }

    /** Works out every day from all the window's stops, and keeps the closed days. */
    private Map<String, Map<LocalDate, Day>> fill(
            ProductionWindow window,
            MachineFilter filter,
            Set<String> machines,
            Map<String, Instant> seen,
            Instant asOf,
            ClosedDays closed) {
        List<LocalDate> dates = window.dates();
        Map<String, List<StopIntervals.DatedStop>> all = stops.byMachine(dates, filter, asOf);
        Map<String, Instant> endedBefore = stops.lastEndBefore(window.from(), filter, asOf);
        Map<String, Map<LocalDate, Day>> days = new HashMap<>();
        for (String machine : machines) {
            List<StopIntervals.DatedStop> own = all.getOrDefault(machine, List.of());
            Instant earlierEnd = endedBefore.get(machine);
            for (LocalDate date : dates) {
                if (!keeps(closed, date, seen.get(machine))) {
                    continue;
                }
                Optional<Day> day = day(date, own, earlierEnd);
                kept.put(filter.keyOf(machine), date, closed.token(date), day);
                day.ifPresent(
                        d -> days.computeIfAbsent(machine, m -> new HashMap<>()).put(date, d));
            }
        }
        return days;
    }

    private Optional<Day> day(LocalDate date, List<StopIntervals.DatedStop> stops, Instant earlierEnd) {
        Interval span = new Interval(calendar.dayStart(date), calendar.dayEnd(date));
        if (earlierEnd != null && !earlierEnd.isBefore(span.from())) {
            return Optional.empty();
        }
        List<Stop> own = new ArrayList<>();
        for (StopIntervals.DatedStop stop : stops) {
            boolean inside = !stop.stop().start().isBefore(span.from())
                    && !stop.stop().end().isAfter(span.to());
            boolean touches = !stop.stop().end().isBefore(span.from())
                    && !stop.stop().start().isAfter(span.to());
            if (stop.date().equals(date)) {
                if (!inside) {
                    return Optional.empty();
                }
                own.add(stop.stop());
            } else if (touches) {
                return Optional.empty();
            }
        }
        PlannedTime planned = PlannedTime.of(calendar, new ProductionWindow(date, date));
        return Optional.of(new Day(StopTimes.of(planned, own, microStop), !own.isEmpty()));
    }

    /** A machine's planned time on these dates, from its first record on, up to {@code asOf}. */
    private PlannedTime planned(List<LocalDate> dates, Instant firstSeen, Instant asOf) {
        List<Interval> intervals = new ArrayList<>();
        dates.forEach(date -> calendar.slots(date).forEach(slot -> intervals.addAll(calendar.plannedIntervals(slot))));
        PlannedTime planned = PlannedTime.of(intervals).until(asOf);
        return firstSeen == null ? planned : planned.from(firstSeen);
    }

    /** Whether a machine's day may be kept: a closed date the machine was seen before. */
    private boolean keeps(ClosedDays closed, LocalDate date, Instant firstSeen) {
        return closed.keeps(date) && (firstSeen == null || !firstSeen.isAfter(closed.dayStart(date)));
    }
}
