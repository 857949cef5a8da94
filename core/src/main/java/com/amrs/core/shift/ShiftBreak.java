package com.amrs.core.shift;

import static com.amrs.core.Arguments.requireNonNull;

import java.time.Duration;
import java.time.LocalTime;

/**
 * A break inside a shift: planned downtime from a plant-local wall-clock time for a while (DESIGN §14,
 * {@code amrs.plant.shifts[].breaks}). A break of the night shift after midnight is on the next
 * calendar day; the calendar checks that every break lies inside its shift.
 */
public record ShiftBreak(LocalTime start, Duration duration) {

    public ShiftBreak {
        requireNonNull(start, "start of the break");
        requireNonNull(duration, "duration of the break at " + start);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the break at " + start + " must last longer than 0, was " + duration);
        }
    }
}
