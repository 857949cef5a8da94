package com.amrs.api.production;

import com.amrs.core.machine.MachineState;
import com.amrs.core.production.ProductionSample;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The body of {@code POST /api/production} (DESIGN.md §7): one machine's production in one shift.
 * Fields are checked by core's rules ({@link ValidProductionRequest}); nothing is repaired.
 */
@ValidProductionRequest
record ProductionRequest(
        LocalDate productionDate,
        @Size(max = 64) String machineId,
        @Size(max = 32) String shift,
        Long unitsProduced,
        Long defectiveUnits,
        Double downtimeMin) {

    static final String SOURCE = "api";

    ProductionSample toSample(MachineState state, Instant timestamp) {
        return new ProductionSample(
                machineId, productionDate, shift, unitsProduced, defectiveUnits, downtimeMin, state, SOURCE, timestamp);
    }
}
