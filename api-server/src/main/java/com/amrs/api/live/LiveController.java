package com.amrs.api.live;

import com.amrs.api.system.PlantScope;
import com.amrs.api.system.ProductionDays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/machines/live}: the latest poll, today's totals per machine. A central site (DESIGN.md §19),
 * which polls no PLC, answers for the plant named from what its plants have sent.
 */
@RestController
class LiveController {

    private final LiveSnapshot snapshot;
    private final PlantScope plants;
    private final ProductionDays productionDays;

    LiveController(LiveSnapshot snapshot, PlantScope plants, ProductionDays productionDays) {
        this.snapshot = snapshot;
        this.plants = plants;
        this.productionDays = productionDays;
    }

    @GetMapping("/api/machines/live")
    List<LiveMachine> live(@RequestParam(required = false) String plant) {
        return plants.of(plant)
                .map(chosen -> snapshot.ofPlant(productionDays.today(), chosen))
                .orElseGet(snapshot::machines);
    }
}
