package com.amrs.api.kpi;

import com.amrs.api.production.MachineDirectory;
import com.amrs.api.system.ProductionDays;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/oee/losses} (DESIGN.md §14): the loss waterfall of all machines, or of one. */
@RestController
class OeeController {

    private final OeeLosses losses;
    private final ProductionDays productionDays;
    private final MachineDirectory machines;

    OeeController(OeeLosses losses, ProductionDays productionDays, MachineDirectory machines) {
        this.losses = losses;
        this.productionDays = productionDays;
        this.machines = machines;
    }

    @GetMapping("/api/oee/losses")
    LossesView losses(
            @RequestParam(defaultValue = "7") @Min(1) @Max(366) int days,
            @RequestParam(required = false) String machine) {
        Optional<String> machineId = Optional.ofNullable(machine);
        machineId.ifPresent(machines::requireKnown);
        return LossesView.of(losses.pooled(productionDays.last(days), machineId));
    }
}
