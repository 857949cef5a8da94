package com.amrs.core.oee;

import static com.amrs.core.Arguments.requireNonNegative;
import static com.amrs.core.Arguments.requireNonNull;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one machine did in a window, for its {@link LossWaterfall}: the window's planned time (from the
 * shift calendar), the machine's stops, the micro-stop threshold ({@code amrs.downtime.micro-stop}),
 * its units (total and good, summed exactly as {@link com.amrs.core.kpi.MachineTotals} does) and its
 * ideal cycle time.
 */
public record OeeInput(
        PlannedTime plannedTime,
        List<Stop> stops,
        Duration microStopThreshold,
        BigInteger totalUnits,
        BigInteger goodUnits,
        double idealCycleTimeSeconds) {

    public OeeInput {
        requireNonNull(plannedTime, "plannedTime");
        requireNonNull(stops, "stops");
        if (stops.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("stops must not contain null");
        }
        stops = List.copyOf(stops);
        requireNonNull(microStopThreshold, "microStopThreshold");
        if (microStopThreshold.isNegative()) {
            throw new IllegalArgumentException("microStopThreshold must not be negative, was " + microStopThreshold);
        }
        requireNonNegative(totalUnits, "totalUnits");
        requireNonNegative(goodUnits, "goodUnits");
        if (goodUnits.compareTo(totalUnits) > 0) {
            throw new IllegalArgumentException(
                    "goodUnits (" + goodUnits + ") must not exceed totalUnits (" + totalUnits + ")");
        }
        requireNonNegative(idealCycleTimeSeconds, "idealCycleTimeSeconds");
    }

    public BigInteger defectiveUnits() {
        return totalUnits.subtract(goodUnits);
    }
}
