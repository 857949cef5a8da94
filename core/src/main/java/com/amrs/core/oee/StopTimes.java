package com.amrs.core.oee;

import com.amrs.core.downtime.StopCategory;
import com.amrs.core.shift.Interval;
import com.amrs.core.shift.Intervals;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * A machine's stop time inside its planned time, each instant counted once: planned stops first,
 * then unplanned stops inside what remains (the planned busy time), split by the micro-stop threshold.
 * Two parts of a window whose stops touch neither the other's planned time nor its stops add up with
 * {@link #plus} to what the whole window gives.
 *
 * @param plannedBusy planned time less planned stops
 * @param unplannedStops how many unplanned stops of at least the threshold fell into planned busy time
 */
public record StopTimes(
        Duration planned,
        Duration plannedStops,
        Duration plannedBusy,
        Duration unplanned,
        Duration micro,
        int unplannedStops) {

    /** No planned time, no stop. */
    public static final StopTimes NONE =
            new StopTimes(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0);

    /**
     * Overlapping or touching stops of one category are one stop (a stop split at a shift change is
     * one); an unplanned stop is a micro-stop when that whole stop, breaks and all, is shorter than
     * the threshold, and counts only with its part inside planned busy time.
     */
    static StopTimes of(OeeInput input) {
        return of(input.plannedTime(), input.stops(), input.microStopThreshold());
    }

    /** The stop times of these stops in this planned time, as {@link LossWaterfall#of(OeeInput)} takes them. */
    public static StopTimes of(PlannedTime plannedTime, Collection<Stop> stops, Duration microStopThreshold) {
        List<Interval> planned = plannedTime.intervals();
        List<Interval> plannedStops = Intervals.intersect(intervals(stops, StopCategory.PLANNED), planned);
        List<Interval> plannedBusy = Intervals.subtract(planned, plannedStops);
        Duration unplanned = Duration.ZERO;
        Duration micro = Duration.ZERO;
        int count = 0;
        for (Interval stop : intervals(stops, StopCategory.UNPLANNED)) {
            Duration inside = Intervals.overlap(stop, plannedBusy);
            if (inside.isZero()) {
                continue;
            }
            if (stop.length().compareTo(microStopThreshold) < 0) {
                micro = micro.plus(inside);
            } else {
                unplanned = unplanned.plus(inside);
                count++;
            }
        }
        return new StopTimes(
                Intervals.length(planned),
                Intervals.length(plannedStops),
                Intervals.length(plannedBusy),
                unplanned,
                micro,
                count);
    }

    public StopTimes plus(StopTimes other) {
        return new StopTimes(
                planned.plus(other.planned),
                plannedStops.plus(other.plannedStops),
                plannedBusy.plus(other.plannedBusy),
                unplanned.plus(other.unplanned),
                micro.plus(other.micro),
                Math.addExact(unplannedStops, other.unplannedStops));
    }

    Duration run() {
        return plannedBusy.minus(unplanned);
    }

    private static List<Interval> intervals(Collection<Stop> stops, StopCategory category) {
        return Intervals.union(stops.stream()
                .filter(stop -> stop.category() == category)
                .map(Stop::interval)
                .toList());
    }
}
