package com.amrs.core.kpi;

import static com.amrs.core.Arguments.requireNonNegative;

import com.amrs.core.Decimals;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;

/**
 * The production KPIs of a window (DESIGN §6); OEE is {@link com.amrs.core.oee.LossWaterfall}'s, from the
 * stops and the shift calendar (DESIGN §14). Percentages and minutes are rounded by {@link Decimals}' rule,
 * see {@link #percent} to show a fraction. Units and
 * defects are exact integers of any size, the yield exact before its rounding (DESIGN §13).
 */
public record Kpis(
        BigInteger totalUnits,
        BigInteger totalDefects,
        double yieldPercentage,
        double defectRate,
        double totalDowntimeMin,
        double avgDowntime,
        int machineCount) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Kpis {
        requireNonNegative(totalUnits, "totalUnits");
        requireNonNegative(totalDefects, "totalDefects");
        requireNonNegative(yieldPercentage, "yieldPercentage");
        requireNonNegative(defectRate, "defectRate");
        requireNonNegative(totalDowntimeMin, "totalDowntimeMin");
        requireNonNegative(avgDowntime, "avgDowntime");
        requireNonNegative(machineCount, "machineCount");
    }

    /** KPIs over machines' totals; {@code machineCount} counts distinct machine ids. */
    public static Kpis of(Collection<MachineTotals> machines) {
        BigInteger units = machines.stream().map(MachineTotals::unitsProduced).reduce(BigInteger.ZERO, BigInteger::add);
        BigInteger defects =
                machines.stream().map(MachineTotals::defectiveUnits).reduce(BigInteger.ZERO, BigInteger::add);
        int machineCount =
                (int) machines.stream().map(MachineTotals::machineId).distinct().count();
        BigDecimal yield = yieldPercentage(units, defects);
        BigDecimal downtime = totalDowntime(machines);
        return new Kpis(
                units,
                defects,
                yield.doubleValue(),
                units.signum() == 0 ? 0 : HUNDRED.subtract(yield).doubleValue(),
                Decimals.round2(downtime),
                machineCount == 0 ? 0 : average(downtime, machineCount),
                machineCount);
    }

    /** A fraction as a percentage, rounded half-up to two decimals: 0.98137 gives 98.14. */
    public static double percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            throw new IllegalArgumentException("fraction must be a finite number, was " + fraction);
        }
        return Decimals.round2(BigDecimal.valueOf(fraction).multiply(HUNDRED));
    }

    private static BigDecimal yieldPercentage(BigInteger units, BigInteger defects) {
        if (units.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal good = new BigDecimal(units.subtract(defects)).multiply(HUNDRED);
        return Decimals.divide2(good, new BigDecimal(units));
    }

    /** Rounded to 9 decimals first, so that a double sum like 2.9299999999999997 halves to 1.47, not 1.46. */
    private static BigDecimal totalDowntime(Collection<MachineTotals> machines) {
        double sum = machines.stream().mapToDouble(MachineTotals::downtimeMin).sum();
        return Decimals.settled(sum);
    }

    private static double average(BigDecimal total, int count) {
        return Decimals.divide2(total, BigDecimal.valueOf(count)).doubleValue();
    }
}
