package com.amrs.core.production;

import static com.amrs.core.Arguments.requireNonNegative;
import static com.amrs.core.Arguments.requireNonNull;
import static com.amrs.core.Arguments.requireText;

import com.amrs.core.machine.MachineState;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A valid production record, one row of {@code live_production} (DESIGN §4): what one machine
 * produced in the interval that ends at {@code timestamp}.
 */
public record ProductionRecord(
        String machineId,
        LocalDate productionDate,
        String shift,
        long unitsProduced,
        long defectiveUnits,
        double downtimeMin,
        MachineState state,
        String source,
        Instant timestamp) {

    public ProductionRecord {
        requireText(machineId, "machineId");
        requireNonNull(productionDate, "productionDate");
        requireText(shift, "shift");
        requireNonNegative(unitsProduced, "unitsProduced");
        requireNonNegative(defectiveUnits, "defectiveUnits");
        if (defectiveUnits > unitsProduced) {
            throw new IllegalArgumentException(
                    "defectiveUnits (" + defectiveUnits + ") must not exceed unitsProduced (" + unitsProduced + ")");
        }
        requireNonNegative(downtimeMin, "downtimeMin");
        requireNonNull(state, "state");
        requireText(source, "source");
        requireNonNull(timestamp, "timestamp");
    }

    public long goodUnits() {
        return unitsProduced - defectiveUnits;
    }
}
