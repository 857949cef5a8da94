package com.amrs.api.kpi;

import com.amrs.api.kpi.KpiViews.KpiSummary;
import com.amrs.api.kpi.KpiViews.MachineKpis;
import com.amrs.api.production.MachineDirectory;
import com.amrs.api.system.ProductionDays;
import com.amrs.core.shift.ProductionWindow;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Optional;
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

    private final KpiQueries queries;
    private final CompletenessService completeness;
    private final OeeLosses losses;
    private final KpiSummaries summaries;
    private final MachineDirectory machines;
    private final ProductionDays productionDays;

    KpiController(
            KpiQueries queries,
            CompletenessService completeness,
            OeeLosses losses,
            KpiSummaries summaries,
            MachineDirectory machines,
            ProductionDays productionDays) {
        this.queries = queries;
        this.completeness = completeness;
        this.losses = losses;
        this.summaries = summaries;
        this.machines = machines;
        this.productionDays = productionDays;
    }

    @GetMapping("/api/kpis")
    KpiSummary kpis(
            @RequestParam(defaultValue = "7") @Min(1) @Max(366) int days,
            @RequestParam(name = "machine_id", required = false) String machineId) {
        Optional<String> machine = Optional.ofNullable(machineId);
        machine.ifPresent(machines::requireKnown);
        return summaries.lastDays(days, machine);
    }

    @GetMapping("/api/machines")
    List<MachineKpis> machines(@RequestParam(defaultValue = "7") @Min(1) @Max(366) int days) {
        ProductionWindow window = productionDays.last(days);
        var covered = completeness.of(window, Optional.empty());
        var machineLosses = losses.byMachine(window, Optional.empty());
        return queries.machineTotals(window, Optional.empty()).stream()
                .map(machine -> {
                    String id = machine.totals().machineId();
                    return MachineKpis.of(machine, covered.machine(id), machineLosses.get(id));
                })
                .toList();
    }

    @GetMapping("/api/machines/{machineId}")
    MachineKpis machine(@PathVariable String machineId, @RequestParam(defaultValue = "7") @Min(1) @Max(366) int days) {
        machines.requireKnown(machineId);
        ProductionWindow window = productionDays.last(days);
        var covered = completeness.of(window, Optional.of(machineId)).machine(machineId);
        var machineLosses = losses.byMachine(window, Optional.of(machineId)).get(machineId);
        return queries.machineTotals(window, Optional.of(machineId)).stream()
                .map(machine -> MachineKpis.of(machine, covered, machineLosses))
                .findFirst()
                .orElseGet(() -> MachineKpis.empty(machineId, covered));
    }
}
