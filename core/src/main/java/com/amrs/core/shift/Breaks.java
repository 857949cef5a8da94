package com.amrs.core.shift;

import static java.util.Comparator.comparingLong;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Where a shift's breaks fall: checked on the wall clock, placed in plant time. */
final class Breaks {

    private static final long DAY_NANOS = Duration.ofDays(1).toNanos();

    private Breaks() {}

    /** Every break inside its shift (which runs until the next one starts), none overlapping another. */
    static void requireInside(List<ShiftDefinition> sortedShifts) {
        for (int i = 0; i < sortedShifts.size(); i++) {
            ShiftDefinition shift = sortedShifts.get(i);
            ShiftDefinition next = sortedShifts.get((i + 1) % sortedShifts.size());
            long length = sortedShifts.size() == 1 ? DAY_NANOS : offset(shift, next.start());
            ShiftBreak previous = null;
            for (ShiftBreak pause : inOrder(shift)) {
                if (pause.duration().compareTo(Duration.ofDays(1)) > 0
                        || offset(shift, pause.start()) + pause.duration().toNanos() > length) {
                    throw new IllegalArgumentException("the break at " + describe(pause) + " of shift " + shift.name()
                            + " ends after the shift, which runs from " + shift.start() + " to " + next.start());
                }
                if (previous != null && offset(shift, pause.start()) < end(shift, previous)) {
                    throw new IllegalArgumentException("the breaks at " + describe(previous) + " and " + describe(pause)
                            + " of shift " + shift.name() + " overlap");
                }
                previous = pause;
            }
        }
    }

    /** The shift's breaks on a production date, in time order, each clipped to {@code [start, end)}. */
    static List<Interval> of(ShiftDefinition shift, LocalDate productionDate, ZoneId zone, Instant start, Instant end) {
        List<Interval> intervals = new ArrayList<>();
        for (ShiftBreak pause : inOrder(shift)) {
            LocalDate day = pause.start().isBefore(shift.start()) ? productionDate.plusDays(1) : productionDate;
            Instant from = ZonedDateTime.of(day, pause.start(), zone).toInstant();
            Interval clipped = new Interval(from, from.plus(pause.duration())).clip(start, end);
            if (!clipped.isEmpty()) {
                intervals.add(clipped);
            }
        }
        return List.copyOf(intervals);
    }

    private static List<ShiftBreak> inOrder(ShiftDefinition shift) {
        return shift.breaks().stream()
                .sorted(comparingLong(pause -> offset(shift, pause.start())))
                .toList();
    }

    /** Wall-clock nanoseconds from the shift's start to the time, forward, across midnight. */
    private static long offset(ShiftDefinition shift, LocalTime time) {
        return Math.floorMod(time.toNanoOfDay() - shift.start().toNanoOfDay(), DAY_NANOS);
    }

    private static long end(ShiftDefinition shift, ShiftBreak pause) {
        return offset(shift, pause.start()) + pause.duration().toNanos();
    }

    private static String describe(ShiftBreak pause) {
        return pause.start() + " (" + pause.duration().toString().substring(2).toLowerCase(Locale.ROOT) + ")";
    }
}
