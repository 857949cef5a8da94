package com.amrs.core.completeness;

import static com.amrs.core.Arguments.requireNonNull;
import static com.amrs.core.Arguments.requireText;

import java.time.Instant;

/** A stretch of a machine's production time that no record covers. */
public record Gap(String machineId, Instant from, Instant to, GapReason reason) {

    public Gap {
        requireText(machineId, "machineId");
        requireNonNull(reason, "reason");
        new Span(from, to);
    }

    public Span span() {
        return new Span(from, to);
    }

    public double minutes() {
        return span().seconds() / 60.0;
    }
}
