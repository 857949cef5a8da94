package com.amrs.api.kpi;

import com.amrs.core.kpi.Kpis;
import com.amrs.core.kpi.MachineTotals;
import com.amrs.core.kpi.Oee;
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
            LocalDate periodEnd) {

        static KpiSummary of(List<MachineTotals> machines, ProductionWindow window, LocalDate today) {
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
                    window.to());
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
            Instant lastSeen) {

        /** A known machine without data in the window. */
        static MachineKpis empty(String machineId) {
            return new MachineKpis(machineId, BigInteger.ZERO, BigInteger.ZERO, 0, 0, 0, 0, 0, 0, null);
        }

        static MachineKpis of(MachineWindowTotals machine) {
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
                    machine.lastSeen());
        }
    }
}
