package com.amrs.core.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.amrs.core.machine.MachineState;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProductionRecordTests {

    private static final LocalDate DATE = LocalDate.of(2026, 1, 26);
    private static final Instant NOW = Instant.parse("2026-01-26T08:00:05Z");

    private static ProductionRecord record(long units, long defects, double downtime, MachineState state) {
        return new ProductionRecord("OPC-UA-M1", DATE, "A", units, defects, downtime, state, "opcua", NOW);
    }

    @Test
    void countsGoodUnitsAsUnitsLessDefects() {
        assertThat(record(100, 3, 1.5, MachineState.RUNNING).goodUnits()).isEqualTo(97);
    }

    @Test
    void acceptsDefectsEqualToUnits() {
        assertThat(record(5, 5, 0, MachineState.DOWN).defectiveUnits()).isEqualTo(5);
    }

    @Test
    void rejectsDefectsAboveUnits() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> record(100, 120, 0, MachineState.RUNNING))
                .withMessageContaining("120")
                .withMessageContaining("100");
    }

    @Test
    void rejectsNegativeNumbers() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> record(-1, 0, 0, MachineState.RUNNING))
                .withMessageContaining("unitsProduced");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> record(1, -1, 0, MachineState.RUNNING))
                .withMessageContaining("defectiveUnits");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> record(1, 0, -0.5, MachineState.RUNNING))
                .withMessageContaining("downtimeMin");
    }

    @Test
    void rejectsNonFiniteDowntime() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> record(1, 0, Double.NaN, MachineState.RUNNING))
                .withMessageContaining("downtimeMin");
    }

    @Test
    void requiresStateAndIdentity() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> record(1, 0, 0, null))
                .withMessageContaining("state");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProductionRecord("M1", DATE, "", 1, 0, 0, MachineState.IDLE, "opcua", NOW))
                .withMessageContaining("shift");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProductionRecord("M1", null, "A", 1, 0, 0, MachineState.IDLE, "opcua", NOW))
                .withMessageContaining("productionDate");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProductionRecord("M1", DATE, "A", 1, 0, 0, MachineState.IDLE, "opcua", null))
                .withMessageContaining("timestamp");
    }
}
