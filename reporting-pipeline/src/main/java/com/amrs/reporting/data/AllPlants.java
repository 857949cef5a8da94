package com.amrs.reporting.data;

import com.amrs.core.completeness.Completeness;
import com.amrs.core.completeness.Gap;
import com.amrs.core.kpi.Kpis;
import com.amrs.core.kpi.MachineTotals;
import com.amrs.core.oee.LossWaterfall;
import com.amrs.store.MachineFilter;
import com.amrs.store.completeness.WindowCompleteness;
import com.amrs.store.downtime.MachineStop;
import com.amrs.store.downtime.Pareto;
import com.amrs.store.production.ShiftProduction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report of every plant of a central site (DESIGN.md §19): the plants' own reports joined, each machine named
 * {@code plant/machine} (plants' machines may share ids), the site's figures worked out afresh from the machines'
 * sums, the plants side by side.
 */
final class AllPlants {

    static final String NAME = "All plants";

    private AllPlants() {}

    /**
     * @param plants each plant's report data of the same window, in the order the plants are listed
     * @param previous the window before, over every plant
     * @param downtime the stops of every plant by reason
     */
    static ReportData join(List<ReportData> plants, PreviousPeriod previous, Pareto downtime, ReportData first) {
        List<MachineTotals> machines = new ArrayList<>();
        Map<String, LossWaterfall> losses = new LinkedHashMap<>();
        List<ShiftProduction> production = new ArrayList<>();
        Map<String, Long> findingsByRule = new TreeMap<>();
        List<ValidationFinding> findings = new ArrayList<>();
        List<Completeness> completeness = new ArrayList<>();
        Map<String, Completeness> machineCompleteness = new LinkedHashMap<>();
        List<MachineStop> stops = new ArrayList<>();
        for (ReportData plant : plants) {
            String prefix = plant.plantName() + "/";
            plant.machines().forEach(totals -> machines.add(renamed(totals, prefix)));
            plant.losses().forEach((machine, waterfall) -> losses.put(prefix + machine, waterfall));
            plant.production()
                    .forEach(row -> production.add(new ShiftProduction(
                            row.productionDate(),
                            prefix + row.machineId(),
                            row.shift(),
                            row.unitsProduced(),
                            row.defectiveUnits(),
                            row.downtimeMin())));
            plant.findingsByRule().forEach(rule -> findingsByRule.merge(rule.rule(), rule.count(), Long::sum));
            plant.findings()
                    .forEach(finding -> findings.add(new ValidationFinding(
                            finding.occurredAt(),
                            prefix + finding.machineId(),
                            finding.field(),
                            finding.oldValue(),
                            finding.newValue(),
                            finding.rule())));
            completeness.add(renamed(plant.completeness().plant(), prefix));
            plant.completeness()
                    .machines()
                    .forEach((machine, covered) -> machineCompleteness.put(prefix + machine, renamed(covered, prefix)));
            plant.stops().forEach(stop -> stops.add(renamed(stop, prefix)));
        }
        production.sort(Comparator.comparing(ShiftProduction::productionDate));
        findings.sort(Comparator.comparing(ValidationFinding::occurredAt).reversed());
        stops.sort(Comparator.comparing(MachineStop::startedAt));
        return new ReportData(
                NAME,
                first.zone(),
                first.window(),
                first.generatedAt(),
                Kpis.of(machines),
                machines,
                losses,
                first.microStop(),
                production,
                findingsByRule.entrySet().stream()
                        .map(rule -> new RuleCount(rule.getKey(), rule.getValue()))
                        .sorted(Comparator.comparing(RuleCount::count).reversed())
                        .toList(),
                findings.subList(0, Math.min(ReportData.MAX_FINDINGS, findings.size())),
                new WindowCompleteness(Completeness.pooled(completeness), machineCompleteness),
                downtime,
                stops.subList(0, Math.min(ReportData.MAX_STOPS, stops.size())),
                MachineFilter.all(),
                previous,
                plants.stream().map(PlantFigures::of).toList());
    }

    static MachineTotals renamed(MachineTotals totals, String prefix) {
        return new MachineTotals(
                prefix + totals.machineId(),
                totals.unitsProduced(),
                totals.defectiveUnits(),
                totals.downtimeMin(),
                totals.plannedMin(),
                totals.idealCycleTimeSeconds());
    }

    private static Completeness renamed(Completeness completeness, String prefix) {
        return new Completeness(
                completeness.percent(),
                completeness.coveredMin(),
                completeness.expectedMin(),
                completeness.gaps().stream()
                        .map(gap -> new Gap(prefix + gap.machineId(), gap.from(), gap.to(), gap.reason()))
                        .toList());
    }

    private static MachineStop renamed(MachineStop stop, String prefix) {
        return new MachineStop(
                stop.id(),
                prefix + stop.machineId(),
                stop.startedAt(),
                stop.endedAt(),
                stop.durationSec(),
                stop.state(),
                stop.faultCode(),
                stop.reasonCode(),
                stop.reason(),
                stop.category(),
                stop.productionDate(),
                stop.shift(),
                stop.assignedBy(),
                stop.assignedAt(),
                stop.comment());
    }
}
