package com.amrs.core.completeness;

import static com.amrs.core.Arguments.requireNonNull;

import com.amrs.core.Decimals;
import com.amrs.core.kpi.Kpis;
import com.amrs.core.shift.Interval;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * How much of a window the records cover (DESIGN.md §13), for one machine or the plant: minutes
 * rounded half-up to two decimals, the percentage as {@link Kpis#percent} rounds it but never 100
 * while time is missing, and {@code null} when no production time was expected (no machine seen yet:
 * there is nothing to be complete about, and 100 would claim records that nobody expected).
 */
public record Completeness(Double percent, double coveredMin, double expectedMin, List<Gap> gaps) {

    /** The highest percentage shown while any time is missing. */
    static final double BELOW_COMPLETE = 99.99;

    public Completeness {
        gaps = List.copyOf(requireNonNull(gaps, "gaps"));
    }

    /** The machines pooled: expected and covered time summed, their gaps oldest first. */
    public static Completeness of(
            Collection<MachineCoverage> machines, BiFunction<String, Interval, GapReason> reasons) {
        double expected =
                machines.stream().mapToDouble(MachineCoverage::expectedSec).sum();
        double covered =
                machines.stream().mapToDouble(MachineCoverage::coveredSec).sum();
        List<Gap> gaps = machines.stream()
                .flatMap(machine -> machine.gaps().stream()
                        .map(span -> new Gap(
                                machine.machineId(), span.from(), span.to(), reasons.apply(machine.machineId(), span))))
                .sorted(Comparator.comparing(Gap::from).thenComparing(Gap::machineId))
                .toList();
        return new Completeness(percent(covered, expected), minutes(covered), minutes(expected), gaps);
    }

    /**
     * Several plants' completeness pooled (DESIGN.md §19): their expected and covered minutes summed, the
     * percentage worked out from those sums, their gaps oldest first.
     */
    public static Completeness pooled(Collection<Completeness> plants) {
        double expected = plants.stream().mapToDouble(Completeness::expectedMin).sum() * 60;
        double covered = plants.stream().mapToDouble(Completeness::coveredMin).sum() * 60;
        List<Gap> gaps = plants.stream()
                .flatMap(plant -> plant.gaps().stream())
                .sorted(Comparator.comparing(Gap::from).thenComparing(Gap::machineId))
                .toList();
        return new Completeness(percent(covered, expected), minutes(covered), minutes(expected), gaps);
    }

    /** No production time expected: nothing seen yet. */
    public static Completeness none() {
        return new Completeness(null, 0, 0, List.of());
    }

    static Double percent(double coveredSec, double expectedSec) {
        if (!(expectedSec > 0)) {
            return null;
        }
        double percent = Kpis.percent(Math.min(1, coveredSec / expectedSec));
        return coveredSec < expectedSec - 1e-6 && percent > BELOW_COMPLETE ? BELOW_COMPLETE : percent;
    }

    /** Seconds as minutes, rounded to 9 decimals first so that a double sum like 59.999999999 gives 60. */
    static double minutes(double seconds) {
        return Decimals.round2(seconds / 60.0);
    }
}
