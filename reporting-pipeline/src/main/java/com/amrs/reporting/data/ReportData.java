package com.amrs.reporting.data;

import com.amrs.core.kpi.Kpis;
import com.amrs.core.kpi.MachineTotals;
import com.amrs.core.oee.LossWaterfall;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.store.MachineFilter;
import com.amrs.store.completeness.WindowCompleteness;
import com.amrs.store.downtime.MachineStop;
import com.amrs.store.downtime.Pareto;
import com.amrs.store.production.ShiftProduction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Everything a report shows, read in one snapshot of the database.
 *
 * @param machines one entry per machine with production in the window, in natural order of their ids
 * @param losses each machine's OEE loss waterfall (DESIGN.md §14): machines with production or stops
 * @param microStop {@code amrs.downtime.micro-stop}, the threshold the waterfalls were computed with
 * @param production one row per production date, machine and shift, in that order
 * @param findings the period's validation findings, newest first, at most {@link #MAX_FINDINGS}
 * @param completeness how much of the window the records cover (DESIGN.md §13)
 * @param downtime the window's stops by reason, open stops until {@code generatedAt} (DESIGN.md §14)
 * @param stops the window's stop rows, oldest first, at most {@link #MAX_STOPS}
 * @param plants in the report of every plant of a central site (DESIGN.md §19), each plant's own figures side by
 *     side, the machines above named {@code plant/machine}; empty in a plant's report
 */
public record ReportData(
        String plantName,
        ZoneId zone,
        ProductionWindow window,
        Instant generatedAt,
        Kpis kpis,
        List<MachineTotals> machines,
        Map<String, LossWaterfall> losses,
        Duration microStop,
        List<ShiftProduction> production,
        List<RuleCount> findingsByRule,
        List<ValidationFinding> findings,
        WindowCompleteness completeness,
        Pareto downtime,
        List<MachineStop> stops,
        MachineFilter machineFilter,
        PreviousPeriod previous,
        List<PlantFigures> plants) {

    public static final int MAX_FINDINGS = 5_000;
    /** A week of a large plant's stops; a workbook holds about a million rows. */
    public static final int MAX_STOPS = 100_000;

    static final int LATEST = 10;

    public ReportData {
        plants = List.copyOf(plants);
    }

    /** All machines' waterfalls pooled: the plant's OEE. */
    public LossWaterfall plantLosses() {
        return LossWaterfall.pooled(losses.values());
    }

    /** A machine's waterfall; an empty one for a machine without production or stops. */
    public LossWaterfall losses(String machineId) {
        return losses.getOrDefault(machineId, LossWaterfall.pooled(List.of()));
    }

    public boolean hasProduction() {
        return !production.isEmpty();
    }

    /** The last production date of the window, today in plant time; it names the dated files. */
    public LocalDate reportDate() {
        return window.to();
    }

    public List<ValidationFinding> latestFindings() {
        return findings.subList(0, Math.min(LATEST, findings.size()));
    }

    public long findingCount() {
        return findingsByRule.stream().mapToLong(RuleCount::count).sum();
    }
}
