package com.amrs.reporting.data;

import com.amrs.core.completeness.Completeness;
import com.amrs.core.kpi.Kpis;
import com.amrs.core.oee.LossWaterfall;

/** One plant's figures in the report of every plant (DESIGN.md §19), as that plant's own report gives them. */
public record PlantFigures(String plantId, Kpis kpis, LossWaterfall oee, Completeness completeness, long stops) {

    static PlantFigures of(ReportData plant) {
        return new PlantFigures(
                plant.plantName(),
                plant.kpis(),
                plant.plantLosses(),
                plant.completeness().plant(),
                plant.downtime().stops());
    }
}
