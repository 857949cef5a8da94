package com.amrs.store.production;

import java.time.LocalDate;

/** One machine's production in one shift of one production date: one row of {@code production_shift_totals}. */
public record ShiftProduction(
        LocalDate productionDate,
        String machineId,
        String shift,
        long unitsProduced,
        long defectiveUnits,
        double downtimeMin) {}
