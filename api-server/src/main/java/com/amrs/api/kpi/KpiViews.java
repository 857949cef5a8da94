package com.amrs.api.kpi;

import com.amrs.core.Decimals;
import com.amrs.core.completeness.Completeness;
import com.amrs.core.completeness.Gap;
import com.amrs.core.kpi.Kpis;
import com.amrs.core.kpi.MachineTotals;
import com.amrs.core.oee.LossWaterfall;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.store.production.MachineWindowTotals;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of {@code /api/kpis} and {@code /api/machines}; all numbers come from core's KPI math. */
public final class KpiViews {

    private KpiViews() {}

    /**
     * {@code GET /api/kpis}: OEE and its parts (DESIGN.md §14, all machines pooled) as percentages with two
     * decimals; units and defects exact, as JSON integers of any size.
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
                List<MachineTotals> machines,
                LossWaterfall oee,
                ProductionWindow window,
                LocalDate today,
                Completeness completeness) {
            Kpis kpis = Kpis.of(machines);
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

        /**
         * A known machine without records in the window: no units, its stops in its availability and
         * MTBF/MTTR when it has any ({@code losses} null when it has none).
         */
        static MachineKpis empty(String machineId, Completeness completeness, LossWaterfall losses) {
            LossWaterfall oee = losses == null ? LossWaterfall.pooled(List.of()) : losses;
            return new MachineKpis(
                    machineId,
                    BigInteger.ZERO,
                    BigInteger.ZERO,
                    0,
                    0,
                    Kpis.percent(oee.oee()),
                    Kpis.percent(oee.availability()),
                    Kpis.percent(oee.performance()),
                    Kpis.percent(oee.quality()),
                    null,
                    CompletenessView.of(completeness),
                    roundedOrNull(oee.mtbfMin()),
                    roundedOrNull(oee.mttrMin()));
        }

        /** @param oee the machine's loss waterfall (DESIGN.md §14): its OEE, MTBF and MTTR */
        static MachineKpis of(MachineWindowTotals machine, Completeness completeness, LossWaterfall oee) {
            Kpis kpis = Kpis.of(List.of(machine.totals()));
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
                    roundedOrNull(oee.mtbfMin()),
                    roundedOrNull(oee.mttrMin()));
        }

        private static Double roundedOrNull(Double minutes) {
            return minutes == null ? null : Decimals.round2(minutes);
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
