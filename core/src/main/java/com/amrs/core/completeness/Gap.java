package com.amrs.core.completeness;

import static com.amrs.core.Arguments.requireNonNull;
import static com.amrs.core.Arguments.requireText;

import com.amrs.core.shift.Interval;
import java.time.Instant;

/** A stretch of a machine's production time that no record covers. */
public record Gap(String machineId, Instant from, Instant to, GapReason reason) {

    public Gap {
        requireText(machineId, "machineId");
        requireNonNull(reason, "reason");
        new Interval(from, to);
    }

    public Interval span() {
        return new Interval(from, to);
    }

    public double minutes() {
        return span().seconds() / 60.0;
    }
}
