package com.amrs.core.oee;

import static com.amrs.core.Arguments.requireNonNegative;
import static com.amrs.core.Arguments.requireNonNull;
import static com.amrs.core.shift.Intervals.minutes;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * The OEE loss waterfall of ISO 22400 (DESIGN §14, {@code GET /api/oee/losses}), in minutes:
 * planned time less planned stops is planned busy time; less unplanned stops (of at least the
 * micro-stop threshold) it is run time; less micro-stops and speed loss it is net run time (ideal
 * cycle × units); less quality loss (ideal cycle × defects) it is fully productive time (ideal cycle ×
 * good units). The losses add up to the planned time whenever the machine was not faster than its
 * ideal cycle; when it was, speed loss is 0 and performance is above 1.
 *
 * <p>availability = run / planned busy; performance = net run / run; quality = good / total units;
 * oee = availability × performance × quality (= fully productive / planned busy). A zero denominator
 * gives 0. MTBF = run / unplanned stops and MTTR = unplanned stop minutes / unplanned stops, null
 * without such a stop.
 *
 * @param unplannedStops how many unplanned stops of at least the micro-stop threshold there were
 */
public record LossWaterfall(
        double plannedMin,
        double plannedStopsMin,
        double unplannedStopsMin,
        double microStopsMin,
        double speedLossMin,
        double qualityLossMin,
        double fullyProductiveMin,
        double availability,
        double performance,
        double quality,
        double oee,
        Double mtbfMin,
        Double mttrMin,
        int unplannedStops,
        BigInteger totalUnits,
        BigInteger goodUnits) {

    public LossWaterfall {
        requireNonNegative(plannedMin, "plannedMin");
        requireNonNegative(plannedStopsMin, "plannedStopsMin");
        requireNonNegative(unplannedStopsMin, "unplannedStopsMin");
        requireNonNegative(microStopsMin, "microStopsMin");
        requireNonNegative(speedLossMin, "speedLossMin");
        requireNonNegative(qualityLossMin, "qualityLossMin");
        requireNonNegative(fullyProductiveMin, "fullyProductiveMin");
        requireFraction(availability, "availability");
        requireNonNegative(performance, "performance");
        requireFraction(quality, "quality");
        requireNonNegative(oee, "oee");
        if (mtbfMin != null) {
            requireNonNegative(mtbfMin, "mtbfMin");
        }
        if (mttrMin != null) {
            requireNonNegative(mttrMin, "mttrMin");
        }
        requireNonNegative(unplannedStops, "unplannedStops");
        requireNonNegative(totalUnits, "totalUnits");
        requireNonNegative(goodUnits, "goodUnits");
    }

    /** One machine's waterfall over a window. */
    public static LossWaterfall of(OeeInput input) {
        requireNonNull(input, "input");
        return of(StopTimes.of(input), input.totalUnits(), input.goodUnits(), input.idealCycleTimeSeconds());
    }

    /** One machine's waterfall from its stop times, units and ideal cycle time, as {@link #of(OeeInput)}. */
    public static LossWaterfall of(
            StopTimes stops, BigInteger totalUnits, BigInteger goodUnits, double idealCycleTimeSeconds) {
        requireNonNull(stops, "stops");
        var input = new OeeInput(
                PlannedTime.of(List.of()),
                List.of(),
                Duration.ZERO,
                totalUnits,
                goodUnits,
                idealCycleTimeSeconds); // checks the units and the cycle time as for a whole input
        double idealMin = input.idealCycleTimeSeconds() / 60.0;
        double netRun = idealMin * input.totalUnits().doubleValue();
        double run = minutes(stops.run());
        double total = input.totalUnits().doubleValue();
        return waterfall(
                new Sums(
                        minutes(stops.planned()),
                        minutes(stops.plannedStops()),
                        minutes(stops.unplanned()),
                        minutes(stops.micro()),
                        Math.max(0, run - minutes(stops.micro()) - netRun),
                        idealMin * input.defectiveUnits().doubleValue(),
                        idealMin * input.goodUnits().doubleValue(),
                        stops.unplannedStops(),
                        input.totalUnits(),
                        input.goodUnits()),
                ratio(input.goodUnits().doubleValue(), total));
    }

    /**
     * Machines pooled by summing their minutes and stops: availability = Σrun / Σplanned busy,
     * performance = Σnet run / Σrun, quality = Σfully productive / Σnet run (good units weighted by
     * their ideal cycle time; Σgood / Σtotal units when no machine has net run time), so that oee is
     * again Σfully productive / Σplanned busy; MTBF = Σrun / Σstops, MTTR = Σunplanned / Σstops.
     */
    public static LossWaterfall pooled(Collection<LossWaterfall> machines) {
        Sums sums = new Sums(0, 0, 0, 0, 0, 0, 0, 0, BigInteger.ZERO, BigInteger.ZERO);
        for (LossWaterfall machine : requireNonNull(machines, "machines")) {
            sums = sums.plus(requireNonNull(machine, "machine"));
        }
        double netRun = sums.fullyProductive + sums.qualityLoss;
        double quality = netRun > 0
                ? Math.min(1, sums.fullyProductive / netRun)
                : ratio(sums.good.doubleValue(), sums.total.doubleValue());
        return waterfall(sums, quality);
    }

    /** Planned time less planned stops. */
    public double plannedBusyMin() {
        return Math.max(0, plannedMin - plannedStopsMin);
    }

    /** Planned busy time less unplanned stops. */
    public double runMin() {
        return Math.max(0, plannedBusyMin() - unplannedStopsMin);
    }

    /** Ideal cycle time × total units. */
    public double netRunMin() {
        return fullyProductiveMin + qualityLossMin;
    }

    private static LossWaterfall waterfall(Sums sums, double quality) {
        double plannedBusy = Math.max(0, sums.planned - sums.plannedStops);
        double run = Math.max(0, plannedBusy - sums.unplanned);
        double availability = Math.min(1, ratio(run, plannedBusy));
        double performance = ratio(sums.fullyProductive + sums.qualityLoss, run);
        Double mtbf = sums.stops > 0 ? run / sums.stops : null;
        Double mttr = sums.stops > 0 ? sums.unplanned / sums.stops : null;
        return new LossWaterfall(
                sums.planned,
                sums.plannedStops,
                sums.unplanned,
                sums.micro,
                sums.speedLoss,
                sums.qualityLoss,
                sums.fullyProductive,
                availability,
                performance,
                quality,
                availability * performance * quality,
                mtbf,
                mttr,
                sums.stops,
                sums.total,
                sums.good);
    }

    private record Sums(
            double planned,
            double plannedStops,
            double unplanned,
            double micro,
            double speedLoss,
            double qualityLoss,
            double fullyProductive,
            int stops,
            BigInteger total,
            BigInteger good) {

        Sums plus(LossWaterfall m) {
            return new Sums(
                    planned + m.plannedMin,
                    plannedStops + m.plannedStopsMin,
                    unplanned + m.unplannedStopsMin,
                    micro + m.microStopsMin,
                    speedLoss + m.speedLossMin,
                    qualityLoss + m.qualityLossMin,
                    fullyProductive + m.fullyProductiveMin,
                    Math.addExact(stops, m.unplannedStops),
                    total.add(m.totalUnits),
                    good.add(m.goodUnits));
        }
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
