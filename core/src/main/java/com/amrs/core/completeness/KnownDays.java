package com.amrs.core.completeness;

import static com.amrs.core.Arguments.requireNonNull;

import java.time.LocalDate;

/**
 * Consecutive production dates of one machine whose coverage was worked out before: {@code coverage} is theirs added
 * up ({@link DayCoverage#plus}), so that a plan takes a year of them at once.
 */
public record KnownDays(LocalDate from, LocalDate to, DayCoverage coverage) {

    public KnownDays {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(coverage, "coverage");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
