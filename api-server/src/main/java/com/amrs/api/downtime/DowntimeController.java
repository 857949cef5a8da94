package com.amrs.api.downtime;

import com.amrs.api.production.MachineDirectory;
import com.amrs.api.system.ApiException;
import com.amrs.api.system.DowntimeProperties;
import com.amrs.api.system.PlantScope;
import com.amrs.api.system.ProductionDays;
import com.amrs.core.downtime.ReasonCatalogue;
import com.amrs.store.MachineFilter;
import com.amrs.store.downtime.MachineStop;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/downtime} (DESIGN.md §14): the stops, their Pareto by reason, the reason catalogue, and a reason
 * assigned to a stop.
 */
@RestController
@RequestMapping("/api/downtime")
class DowntimeController {

    private final StopQueries stops;
    private final ProductionDays productionDays;
    private final ReasonCatalogue catalogue;
    private final Clock clock;
    private final ReasonAssignments reasons;
    private final MachineDirectory machines;
    private final PlantScope plants;

    DowntimeController(
            StopQueries stops,
            ProductionDays productionDays,
            DowntimeProperties downtime,
            Clock clock,
            ReasonAssignments reasons,
            MachineDirectory machines,
            PlantScope plants) {
        this.stops = stops;
        this.productionDays = productionDays;
        this.catalogue = downtime.catalogue();
        this.clock = clock;
        this.reasons = reasons;
        this.machines = machines;
        this.plants = plants;
    }

    @GetMapping
    StopPage stops(
            @RequestParam(defaultValue = "7") @Min(1) @Max(366) int days,
            @RequestParam(required = false) String machine,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size,
            @RequestParam(required = false) String plant) {
        return stops.page(productionDays.last(days), known(plant, machine), page, size);
    }

    @GetMapping("/pareto")
    List<ParetoEntry> pareto(
            @RequestParam(defaultValue = "7") @Min(1) @Max(366) int days,
            @RequestParam(required = false) String machine,
            @RequestParam(required = false) String plant) {
        return stops.pareto(productionDays.last(days), known(plant, machine), clock.instant());
    }

    private MachineFilter known(String plant, String machine) {
        MachineFilter filter = plants.filter(plant, machine);
        if (machine != null) {
            machines.requireKnown(filter, machine);
        }
        return filter;
    }

    /** The catalogue of {@code amrs.downtime.reasons}, in its order: what a stop's reason can be set to. */
    @GetMapping("/reasons")
    List<ReasonView> reasons() {
        return catalogue.reasons().stream().map(ReasonView::of).toList();
    }

    @PutMapping("/{id}/reason")
    MachineStop assign(@PathVariable long id, @RequestBody ReasonAssignment assignment) {
        return reasons.assign(assignment, () -> stops.find(id).orElseThrow(() -> ApiException.notFound("Stop " + id)));
    }
}
