package com.amrs.core.completeness;

import static com.amrs.core.Arguments.requireNonNegative;
import static com.amrs.core.Arguments.requireNonNull;

import com.amrs.core.shift.Interval;
import java.util.ArrayList;
import java.util.List;

/**
 * What one machine's shifts of one production date add to its completeness, the database's gaps included: kept for
 * a closed date, so that a long window plans only the dates that may still change (see {@link CompletenessPlan}).
 *
 * @param holes every stretch of the date's expected time that no record covers, however short
 * @param unplacedSec missing time whose raw records retention dropped
 * @param spillInDoubt whether the date's last shift fell short, so that the next date's first shift is looked into
 */
public record DayCoverage(double expectedSec, List<Interval> holes, double unplacedSec, boolean spillInDoubt) {

    public DayCoverage {
        requireNonNegative(expectedSec, "expectedSec");
        holes = List.copyOf(requireNonNull(holes, "holes"));
        requireNonNegative(unplacedSec, "unplacedSec");
    }

    /** This date's coverage and that of the {@code next} date (or run of dates) after it. */
    public DayCoverage plus(DayCoverage next) {
        List<Interval> both = new ArrayList<>(holes);
        both.addAll(next.holes);
        return new DayCoverage(expectedSec + next.expectedSec, both, unplacedSec + next.unplacedSec, next.spillInDoubt);
    }
}
