package com.amrs.core.shift;

import static com.amrs.core.Arguments.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/** A stretch of time {@code [from, to)}; empty when {@code from} equals {@code to}. */
public record Interval(Instant from, Instant to) {

    public Interval {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
        }
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    public double seconds() {
        return length().toNanos() / 1e9;
    }

    public boolean isEmpty() {
        return from.equals(to);
    }

    /** The part inside {@code [clipFrom, clipTo)}, empty (at the nearer edge) when they do not overlap. */
    public Interval clip(Instant clipFrom, Instant clipTo) {
        Instant start = from.isAfter(clipFrom) ? from : clipFrom;
        Instant end = to.isBefore(clipTo) ? to : clipTo;
        return end.isAfter(start) ? new Interval(start, end) : new Interval(start, start);
    }
}
