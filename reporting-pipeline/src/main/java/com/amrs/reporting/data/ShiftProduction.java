package com.amrs.reporting.data;

import java.time.LocalDate;

/** One machine's production in one shift of one production date. */
public record ShiftProduction(
        LocalDate productionDate,
        String machineId,
        String shift,
        long unitsProduced,
        long defectiveUnits,
        double downtimeMin) {}
