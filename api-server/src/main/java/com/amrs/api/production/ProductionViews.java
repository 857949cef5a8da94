package com.amrs.api.production;

import java.time.Instant;
import java.time.LocalDate;

/** The JSON shapes of {@code /api/production} (snake_case on the wire). */
final class ProductionViews {

    private ProductionViews() {}

    /** One row of {@code GET /api/production}: a machine's production in one shift. */
    record ShiftProduction(
            LocalDate productionDate,
            String machineId,
            String shift,
            long unitsProduced,
            long defectiveUnits,
            double downtimeMin) {}

    /** A stored record, as {@code POST /api/production} answers and {@code GET /api/production/{id}} shows. */
    record StoredProduction(
            long id,
            LocalDate productionDate,
            String machineId,
            String shift,
            long unitsProduced,
            long defectiveUnits,
            double downtimeMin,
            String state,
            String source,
            Instant recordedAt) {}
}
