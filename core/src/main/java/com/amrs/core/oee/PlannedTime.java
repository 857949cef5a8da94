package com.amrs.core.oee;

import static com.amrs.core.Arguments.requireNonNull;

import com.amrs.core.shift.Interval;
import com.amrs.core.shift.Intervals;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The planned time of a window (DESIGN §14): the shifts of its production dates less their breaks,
 * non-production days left out, as instants. Stop time outside it does not count.
 */
public record PlannedTime(List<Interval> intervals) {

    public PlannedTime {
        intervals = Intervals.union(requireNonNull(intervals, "intervals"));
    }

    /** The planned time of every slot of the window's production dates. */
    public static PlannedTime of(ShiftCalendar calendar, ProductionWindow window) {
        requireNonNull(calendar, "calendar");
        List<Interval> planned = new ArrayList<>();
        for (var date : requireNonNull(window, "window").dates()) {
            calendar.slots(date).forEach(slot -> planned.addAll(calendar.plannedIntervals(slot)));
        }
        return new PlannedTime(planned);
    }

    /** The planned time of these intervals, say of one machine's slots. */
    public static PlannedTime of(Collection<Interval> intervals) {
        return new PlannedTime(List.copyOf(intervals));
    }

    /** The planned time before {@code now}: what of today's shifts has passed. */
    public PlannedTime until(Instant now) {
        requireNonNull(now, "now");
        return new PlannedTime(intervals.stream()
                .filter(interval -> interval.from().isBefore(now))
                .map(interval -> interval.clip(interval.from(), now))
                .toList());
    }

    /** The planned time from {@code start} on: a machine's, since it was first seen. */
    public PlannedTime from(Instant start) {
        requireNonNull(start, "start");
        return new PlannedTime(intervals.stream()
                .filter(interval -> interval.to().isAfter(start))
                .map(interval -> interval.clip(start, interval.to()))
                .toList());
    }

    public Duration length() {
        return Intervals.length(intervals);
    }

    public double minutes() {
        return Intervals.minutes(length());
    }
}
