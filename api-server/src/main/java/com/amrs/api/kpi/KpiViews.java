package com.amrs.api.kpi;

import com.amrs.api.system.Numbers;
import com.amrs.core.completeness.Completeness;
import com.amrs.core.completeness.Gap;
import com.amrs.core.kpi.Kpis;
import com.amrs.core.kpi.MachineTotals;
import com.amrs.core.kpi.Oee;
import com.amrs.core.oee.LossWaterfall;
import com.amrs.core.shift.ProductionWindow;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of {@code /api/kpis} and {@code /api/machines}; all numbers come from core's KPI math. */
public final class KpiViews {

    private KpiViews() {}

    /**
     * {@code GET /api/kpis}: OEE and its parts as percentages with two decimals; units and defects
     * exact, as JSON integers of any size.
     */
    public record KpiSummary(
            BigInteger totalUnits,
            BigInteger totalDefects,
            double yieldPercentage,
            double defectRate,
            double avgDowntime,
            double totalDowntimeMin,
            double oee,
            double availability,
            double performance,
            double quality,
            int machineCount,
            LocalDate reportDate,
            LocalDate periodStart,
            LocalDate periodEnd,
            CompletenessView completeness) {

        static KpiSummary of(
                List<MachineTotals> machines, ProductionWindow window, LocalDate today, Completeness completeness) {
            Kpis kpis = Kpis.of(machines);
            Oee oee = kpis.oee();
            return new KpiSummary(
                    kpis.totalUnits(),
                    kpis.totalDefects(),
                    kpis.yieldPercentage(),
                    kpis.defectRate(),
                    kpis.avgDowntime(),
                    kpis.totalDowntimeMin(),
                    Kpis.percent(oee.oee()),
                    Kpis.percent(oee.availability()),
                    Kpis.percent(oee.performance()),
                    Kpis.percent(oee.quality()),
                    kpis.machineCount(),
                    today,
                    window.from(),
                    window.to(),
                    CompletenessView.of(completeness));
        }
    }

    /** One machine of {@code GET /api/machines}. */
    record MachineKpis(
            String machineId,
            BigInteger unitsProduced,
            BigInteger defectiveUnits,
            double downtimeMinutes,
            double yieldPercentage,
            double oee,
            double availability,
            double performance,
            double quality,
            Instant lastSeen,
            CompletenessView completeness,
            Double mtbfMin,
            Double mttrMin) {

        /** A known machine without data in the window. */
        static MachineKpis empty(String machineId, Completeness completeness) {
            return new MachineKpis(
                    machineId,
                    BigInteger.ZERO,
                    BigInteger.ZERO,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    null,
                    CompletenessView.of(completeness),
                    null,
                    null);
        }

        /** @param losses the machine's loss waterfall: its MTBF and MTTR (null without unplanned stops) */
        static MachineKpis of(MachineWindowTotals machine, Completeness completeness, LossWaterfall losses) {
            Kpis kpis = Kpis.of(List.of(machine.totals()));
            Oee oee = kpis.oee();
            return new MachineKpis(
                    machine.totals().machineId(),
                    kpis.totalUnits(),
                    kpis.totalDefects(),
                    kpis.totalDowntimeMin(),
                    kpis.yieldPercentage(),
                    Kpis.percent(oee.oee()),
                    Kpis.percent(oee.availability()),
                    Kpis.percent(oee.performance()),
                    Kpis.percent(oee.quality()),
                    machine.lastSeen(),
                    CompletenessView.of(completeness),
                    losses == null || losses.mtbfMin() == null ? null : Numbers.round2(losses.mtbfMin()),
                    losses == null || losses.mttrMin() == null ? null : Numbers.round2(losses.mttrMin()));
        }
    }

    /**
     * How much of the window the records cover (DESIGN.md §13): {@code percent} is null when no
     * production time was expected (no machine seen yet); gaps of a minute or more, oldest first.
     */
    public record CompletenessView(Double percent, double coveredMin, double expectedMin, List<GapView> gaps) {

        static CompletenessView of(Completeness completeness) {
            return new CompletenessView(
                    completeness.percent(),
                    completeness.coveredMin(),
                    completeness.expectedMin(),
                    completeness.gaps().stream().map(GapView::of).toList());
        }
    }

    /** A stretch no record covers; {@code reason} is plc_unreachable, rejected or not_collected. */
    public record GapView(String machineId, Instant from, Instant to, String reason) {

        static GapView of(Gap gap) {
            return new GapView(
                    gap.machineId(), gap.from(), gap.to(), gap.reason().code());
        }
    }
}
