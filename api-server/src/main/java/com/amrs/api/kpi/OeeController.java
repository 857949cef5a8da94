package com.amrs.api.kpi;

import com.amrs.api.production.MachineDirectory;
import com.amrs.api.system.ProductionDays;
import com.amrs.core.shift.ProductionWindow;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/oee/losses} (DESIGN.md §14): the loss waterfall of all machines, or of one; {@code GET
 * /api/oee/daily}: OEE and its parts per production date, the dashboard's trend.
 */
@RestController
class OeeController {

    private final ProductionFiguresReader figures;
    private final ProductionDays productionDays;
    private final MachineDirectory machines;

    OeeController(ProductionFiguresReader figures, ProductionDays productionDays, MachineDirectory machines) {
        this.figures = figures;
        this.productionDays = productionDays;
        this.machines = machines;
    }

    @GetMapping("/api/oee/losses")
    LossesView losses(
            @RequestParam(defaultValue = "7") @Min(1) @Max(366) int days,
            @RequestParam(required = false) String machine) {
        Optional<String> machineId = known(machine);
        return LossesView.of(figures.of(productionDays.last(days), machineId).pooled());
    }

    /** Every date of the window, oldest first. */
    @GetMapping("/api/oee/daily")
    List<DailyOee> daily(
            @RequestParam(defaultValue = "30") @Min(1) @Max(366) int days,
            @RequestParam(required = false) String machine) {
        Optional<String> machineId = known(machine);
        return productionDays.last(days).dates().stream()
                .map(date -> DailyOee.of(date, figures.of(new ProductionWindow(date, date), machineId)))
                .toList();
    }

    private Optional<String> known(String machine) {
        Optional<String> machineId = Optional.ofNullable(machine);
        machineId.ifPresent(machines::requireKnown);
        return machineId;
    }
}
