package com.amrs.core.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MachineReadingTests {

    private static final Instant NOW = Instant.parse("2026-01-26T08:00:05Z");

    @Test
    void acceptsValuesThePlcDidNotDeliver() {
        var reading = new MachineReading("OPC-UA-M1", NOW, null, null, null, null, null, null);

        assertThat(reading.totalCount()).isNull();
        assertThat(reading.state()).isNull();
    }

    @Test
    void requiresMachineId() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MachineReading(" ", NOW, MachineState.RUNNING, 1L, 0L, 0.0, 2.0, 0))
                .withMessageContaining("machineId");
    }

    @Test
    void requiresTimestamp() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MachineReading("OPC-UA-M1", null, MachineState.RUNNING, 1L, 0L, 0.0, 2.0, 0))
                .withMessageContaining("timestamp");
    }
}
