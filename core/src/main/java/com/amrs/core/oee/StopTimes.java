package com.amrs.core.oee;

import com.amrs.core.downtime.StopCategory;
import com.amrs.core.shift.Interval;
import com.amrs.core.shift.Intervals;
import java.time.Duration;
import java.util.List;

/**
 * A machine's stop time inside its planned time, each instant counted once: planned stops first,
 * then unplanned stops inside what remains (the planned busy time), split by the micro-stop threshold.
 *
 * @param plannedBusy planned time less planned stops
 * @param unplannedStops how many unplanned stops of at least the threshold fell into planned busy time
 */
record StopTimes(
        Duration planned,
        Duration plannedStops,
        Duration plannedBusy,
        Duration unplanned,
        Duration micro,
        int unplannedStops) {

    /**
     * Overlapping or touching stops of one category are one stop (a stop split at a shift change is
     * one); an unplanned stop is a micro-stop when that whole stop, breaks and all, is shorter than
     * the threshold, and counts only with its part inside planned busy time.
     */
    static StopTimes of(OeeInput input) {
        List<Interval> planned = input.plannedTime().intervals();
        List<Interval> plannedStops = Intervals.intersect(intervals(input, StopCategory.PLANNED), planned);
        List<Interval> plannedBusy = Intervals.subtract(planned, plannedStops);
        Duration unplanned = Duration.ZERO;
        Duration micro = Duration.ZERO;
        int count = 0;
        for (Interval stop : intervals(input, StopCategory.UNPLANNED)) {
            Duration inside = Intervals.overlap(stop, plannedBusy);
            if (inside.isZero()) {
                continue;
            }
            if (stop.length().compareTo(input.microStopThreshold()) < 0) {
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

    Duration run() {
        return plannedBusy.minus(unplanned);
    }

    private static List<Interval> intervals(OeeInput input, StopCategory category) {
        return Intervals.union(input.stops().stream()
                .filter(stop -> stop.category() == category)
                .map(Stop::interval)
                .toList());
    }
}
