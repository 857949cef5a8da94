package com.amrs.api.downtime;

import com.amrs.api.production.MachineDirectory;
import com.amrs.api.system.PlantScope;
import com.amrs.api.system.ProductionDays;
import com.amrs.store.MachineFilter;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/machines/{id}/timeline?date=} (DESIGN.md §14): the 24 h state timeline of a machine. */
@RestController
class TimelineController {

    private final Timeline timeline;
    private final MachineDirectory machines;
    private final ProductionDays productionDays;
    private final PlantScope plants;

    TimelineController(Timeline timeline, MachineDirectory machines, ProductionDays productionDays, PlantScope plants) {
        this.timeline = timeline;
        this.machines = machines;
        this.productionDays = productionDays;
        this.plants = plants;
    }

    /** @param date a production date; today's (the one of the shift running now) when absent */
    @GetMapping("/api/machines/{machineId}/timeline")
    TimelineView timeline(
            @PathVariable String machineId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String plant) {
        MachineFilter filter = plants.filter(plant, machineId);
        machines.requireKnown(filter, machineId);
        return timeline.of(filter, machineId, date == null ? productionDays.today() : date);
    }
}
