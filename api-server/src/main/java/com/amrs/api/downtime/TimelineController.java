package com.amrs.api.downtime;

import com.amrs.api.production.MachineDirectory;
import com.amrs.api.system.ProductionDays;
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

    TimelineController(Timeline timeline, MachineDirectory machines, ProductionDays productionDays) {
        this.timeline = timeline;
        this.machines = machines;
        this.productionDays = productionDays;
    }

    /** @param date a production date; today's (the one of the shift running now) when absent */
    @GetMapping("/api/machines/{machineId}/timeline")
    TimelineView timeline(
            @PathVariable String machineId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        machines.requireKnown(machineId);
        return timeline.of(machineId, date == null ? productionDays.today() : date);
    }
}
