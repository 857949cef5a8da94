package com.amrs.core.shift;

import static com.amrs.core.Arguments.requireNonNull;
import static com.amrs.core.Arguments.requireText;

import java.time.LocalDate;

/** One shift on one production date: the date the shift started on, in plant time. */
public record ShiftSlot(LocalDate productionDate, String shift) {

    public ShiftSlot {
        requireNonNull(productionDate, "productionDate");
        requireText(shift, "shift");
    }
}
