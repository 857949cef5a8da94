package com.amrs.core.kpi;

import static com.amrs.core.Arguments.requireNonNegative;
import static com.amrs.core.Arguments.requireNonNull;

import java.math.BigInteger;
import java.util.Collection;
import java.util.List;

/**
 * Overall equipment effectiveness per ISO 22400 (DESIGN §6), each part a fraction, unrounded.
 * Performance is not capped: above 1 means the ideal cycle time is set too slow.
 */
public record Oee(double availability, double performance, double quality, double oee) {

    public static final Oee ZERO = new Oee(0, 0, 0, 0);

    public Oee {
        requireFraction(availability, "availability");
        requireNonNegative(performance, "performance");
        requireFraction(quality, "quality");
        requireNonNegative(oee, "oee");
    }

    public static Oee of(MachineTotals totals) {
        return overall(List.of(requireNonNull(totals, "totals")));
    }

    /**
     * Pools the machines: availability = Σrun / Σplanned, performance = Σ(ideal cycle × units) /
     * Σrun, quality = Σgood / Σunits, where a machine's run time is its planned time less its
     * downtime, never below zero. A zero denominator gives 0. Units are summed exactly; quality is
     * their quotient in double precision (exact for sums below 2<sup>53</sup>, within 1e-16 above).
     */
    public static Oee overall(Collection<MachineTotals> machines) {
        double planned = 0;
        double run = 0;
        double idealMin = 0;
        BigInteger units = BigInteger.ZERO;
        BigInteger good = BigInteger.ZERO;
        for (MachineTotals machine : machines) {
            planned += machine.plannedMin();
            run += machine.runMin();
            idealMin +=
                    machine.idealCycleTimeSeconds() * machine.unitsProduced().doubleValue() / 60.0;
            units = units.add(machine.unitsProduced());
            good = good.add(machine.goodUnits());
        }
        double availability = Math.min(1, ratio(run, planned));
        double performance = ratio(idealMin, run);
        double quality = ratio(good.doubleValue(), units.doubleValue());
        return new Oee(availability, performance, quality, availability * performance * quality);
    }

    private static double ratio(double numerator, double denominator) {
        return denominator > 0 ? numerator / denominator : 0;
    }

    private static void requireFraction(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
        }
    }
}
