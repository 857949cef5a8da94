package com.amrs.core.completeness;

import static com.amrs.core.Arguments.requireNonNegative;
import static com.amrs.core.Arguments.requireNonNull;
import static com.amrs.core.Arguments.requireText;

import com.amrs.core.shift.Interval;
import java.util.List;

/**
 * How much of one machine's production time its records cover.
 *
 * @param expectedSec the window's production time since the machine was first seen, up to now
 * @param coveredSec the part of it that records cover, every gap subtracted however short
 * @param gaps the gaps of at least {@link CompletenessPlan#MIN_GAP}, oldest first
 */
public record MachineCoverage(String machineId, double expectedSec, double coveredSec, List<Interval> gaps) {

    public MachineCoverage {
        requireText(machineId, "machineId");
        requireNonNegative(expectedSec, "expectedSec");
        requireNonNegative(coveredSec, "coveredSec");
        if (coveredSec > expectedSec) {
            throw new IllegalArgumentException(
                    "coveredSec (" + coveredSec + ") must not exceed expectedSec (" + expectedSec + ")");
        }
        gaps = List.copyOf(requireNonNull(gaps, "gaps"));
    }
}
