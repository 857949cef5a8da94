package com.amrs.api.kpi;

import com.amrs.api.kpi.KpiViews.KpiSummary;
import com.amrs.api.kpi.KpiViews.MachineKpis;
import com.amrs.api.production.MachineDirectory;
import com.amrs.api.system.PlantScope;
import com.amrs.api.system.ProductionDays;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.store.MachineFilter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/kpis} and {@code /api/machines}: KPIs over the last {@code days} production dates in
 * the plant's time zone (DESIGN.md §6, §7), all machines or one ({@code machine_id}).
 */
@RestController
class KpiController {

    private final ProductionFiguresReader figures;
    private final CompletenessService completeness;
    private final KpiSummaries summaries;
    private final MachineDirectory machines;
    private final ProductionDays productionDays;
    private final PlantScope plants;

    KpiController(
            ProductionFiguresReader figures,
            CompletenessService completeness,
            KpiSummaries summaries,
            MachineDirectory machines,
            ProductionDays productionDays,
            PlantScope plants) {
        this.figures = figures;
        this.completeness = completeness;
        this.summaries = summaries;
        this.machines = machines;
        this.productionDays = productionDays;
        this.plants = plants;
    }

    @GetMapping("/api/kpis")
    KpiSummary kpis(
            @RequestParam(defaultValue = "7") @Min(1) @Max(366) int days,
            @RequestParam(name = "machine_id", required = false) String machineId,
            @RequestParam(required = false) String plant) {
        MachineFilter filter = plants.filter(plant, machineId);
        if (machineId != null) {
            machines.requireKnown(filter, machineId);
        }
        return summaries.lastDays(days, filter);
    }

    @GetMapping("/api/machines")
    List<MachineKpis> machines(
            @RequestParam(defaultValue = "7") @Min(1) @Max(366) int days,
            @RequestParam(required = false) String plant) {
        ProductionWindow window = productionDays.last(days);
        MachineFilter filter = plants.filter(plant, null);
        var covered = completeness.of(window, filter);
        ProductionFigures read = figures.of(window, filter);
        return read.machines().stream()
                .map(machine -> MachineKpis.of(
                        machine,
                        covered.machine(machine.machineId()),
                        read.losses().get(machine.machineId())))
                .toList();
    }

    @GetMapping("/api/machines/{machineId}")
    MachineKpis machine(
            @PathVariable String machineId,
            @RequestParam(defaultValue = "7") @Min(1) @Max(366) int days,
            @RequestParam(required = false) String plant) {
        MachineFilter filter = plants.filter(plant, machineId);
        machines.requireKnown(filter, machineId);
        ProductionWindow window = productionDays.last(days);
        var covered = completeness.of(window, filter).machine(machineId);
        ProductionFigures read = figures.of(window, filter);
        return read.machines().stream()
                .map(machine -> MachineKpis.of(machine, covered, read.losses().get(machineId)))
                .findFirst()
                .orElseGet(() ->
                        MachineKpis.empty(machineId, covered, read.losses().get(machineId)));
    }
}
