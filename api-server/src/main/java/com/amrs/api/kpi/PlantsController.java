package com.amrs.api.kpi;

import com.amrs.api.kpi.KpiViews.KpiSummary;
import com.amrs.api.system.PlantScope;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/plants} (DESIGN.md §19): the plants of this site side by side, each with its KPIs over the last
 * {@code days}, as {@code /api/kpis?plant=} gives them; a plant's or an edge's own site lists itself.
 */
@RestController
class PlantsController {

    private final PlantScope plants;
    private final KpiSummaries summaries;

    PlantsController(PlantScope plants, KpiSummaries summaries) {
        this.plants = plants;
        this.summaries = summaries;
    }

    @GetMapping("/api/plants")
    List<PlantKpis> plants(@RequestParam(defaultValue = "7") @Min(1) @Max(366) int days) {
        return plants.plants().stream()
                .map(plant -> new PlantKpis(plant, summaries.lastDays(days, plants.filter(plant, null))))
                .toList();
    }

    record PlantKpis(String plantId, KpiSummary kpis) {}
}
