package com.amrs.api.live;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A machine as of the latest poll, with its totals since the start of the production date (one
 * element of {@code GET /api/machines/live} and of the live stream, DESIGN.md §7, §8). The totals
 * are exact: a day's shifts may together hold more units than a {@code long}.
 */
public record LiveMachine(
        String machineId,
        String state,
        BigInteger unitsProduced,
        BigInteger defectiveUnits,
        double downtimeMin,
        LocalDate productionDate,
        String shift,
        Instant timestamp) {

    public LiveMachine(
            String machineId,
            String state,
            long unitsProduced,
            long defectiveUnits,
            double downtimeMin,
            LocalDate productionDate,
            String shift,
            Instant timestamp) {
        this(
                machineId,
                state,
                BigInteger.valueOf(unitsProduced),
                BigInteger.valueOf(defectiveUnits),
                downtimeMin,
                productionDate,
                shift,
                timestamp);
    }
}
