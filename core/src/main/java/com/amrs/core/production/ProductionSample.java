package com.amrs.core.production;

import com.amrs.core.machine.MachineState;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A production record as it arrives, before validation: any field may be {@code null} and the
 * numbers may break the rules. {@link com.amrs.core.validation.RecordValidator} turns it into a
 * {@link ProductionRecord}.
 */
public record ProductionSample(
        String machineId,
        LocalDate productionDate,
        String shift,
        Long unitsProduced,
        Long defectiveUnits,
        Double downtimeMin,
        MachineState state,
        String source,
        Instant timestamp) {}
