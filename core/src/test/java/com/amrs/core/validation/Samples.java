package com.amrs.core.validation;

import com.amrs.core.machine.MachineState;
import com.amrs.core.production.ProductionSample;
import java.time.Instant;
import java.time.LocalDate;

final class Samples {

    static final Instant TIMESTAMP = Instant.parse("2026-01-26T08:00:05Z");
    static final LocalDate DATE = LocalDate.of(2026, 1, 26);

    private Samples() {}

    static ProductionSample sample(Long units, Long defects, Double downtimeMin, MachineState state) {
        return new ProductionSample("OPC-UA-M1", DATE, "A", units, defects, downtimeMin, state, "opcua", TIMESTAMP);
    }

    static ProductionSample sample(Long units, Long defects, Double downtimeMin) {
        return sample(units, defects, downtimeMin, MachineState.RUNNING);
    }
}
