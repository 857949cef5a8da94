package com.amrs.api.kpi;

import com.amrs.api.production.MachineDirectory;
import com.amrs.api.system.PlantScope;
import com.amrs.api.system.ProductionDays;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.store.MachineFilter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
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
    private final PlantScope plants;

    OeeController(
            ProductionFiguresReader figures,
            ProductionDays productionDays,
            MachineDirectory machines,
            PlantScope plants) {
        this.figures = figures;
        this.productionDays = productionDays;
        this.machines = machines;
        this.plants = plants;
    }

    @GetMapping("/api/oee/losses")
    LossesView losses(
            @RequestParam(defaultValue = "7") @Min(1) @Max(366) int days,
            @RequestParam(required = false) String machine,
            @RequestParam(required = false) String plant) {
        MachineFilter filter = known(plant, machine);
        return LossesView.of(figures.of(productionDays.last(days), filter).pooled());
    }

    /** Every date of the window, oldest first. */
    @GetMapping("/api/oee/daily")
    List<DailyOee> daily(
            @RequestParam(defaultValue = "30") @Min(1) @Max(366) int days,
            @RequestParam(required = false) String machine,
            @RequestParam(required = false) String plant) {
        MachineFilter filter = known(plant, machine);
        return productionDays.last(days).dates().stream()
                .map(date -> DailyOee.of(date, figures.of(new ProductionWindow(date, date), filter)))
                .toList();
    }

    private MachineFilter known(String plant, String machine) {
        MachineFilter filter = plants.filter(plant, machine);
        if (machine != null) {
            machines.requireKnown(filter, machine);
        }
        return filter;
    }
}
