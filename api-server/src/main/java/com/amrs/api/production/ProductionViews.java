package com.amrs.api.production;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The JSON shapes of {@code /api/production} (snake_case on the wire); its rows per shift are plant-store's
 * {@link com.amrs.store.production.ShiftProduction}.
 */
final class ProductionViews {

    private ProductionViews() {}

    /**
     * One row of {@code GET /api/production/hourly}: a machine's production in one hour of the plant's
     * clock, {@code hourStart} with the plant's offset (two rows for the repeated hour when clocks go back).
     * Units and defects are exact sums of the hour's quarters, which together may exceed a {@code long}.
     */
    record HourlyProduction(
            OffsetDateTime hourStart,
            LocalDate productionDate,
            String machineId,
            BigInteger unitsProduced,
            BigInteger defectiveUnits,
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
