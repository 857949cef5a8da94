package com.amrs.core.oee;

import static com.amrs.core.Arguments.requireNonNull;

import com.amrs.core.downtime.StopCategory;
import com.amrs.core.shift.Interval;
import java.time.Instant;

/**
 * One stop of a machine from {@code start} to {@code end} (a stop still open ends now, as the caller
 * sees it), charged to a planned or an unplanned reason (a row of {@code machine_stops}).
 */
public record Stop(Instant start, Instant end, StopCategory category) {

    public Stop {
        requireNonNull(start, "start");
        requireNonNull(end, "end");
        requireNonNull(category, "category");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a stop must not end (" + end + ") before it starts (" + start + ")");
        }
    }

    public Interval interval() {
        return new Interval(start, end);
    }
}
