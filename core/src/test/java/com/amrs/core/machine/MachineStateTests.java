package com.amrs.core.machine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MachineStateTests {

    @Test
    void parsesNamesIgnoringCaseAndSurroundingBlanks() {
        assertThat(MachineState.parse("RUNNING")).contains(MachineState.RUNNING);
        assertThat(MachineState.parse(" idle ")).contains(MachineState.IDLE);
        assertThat(MachineState.parse("Down\n")).contains(MachineState.DOWN);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "STOPPED", "RUN", "RUNNING!", "0"})
    void givesNothingForMissingOrUnknownStates(String text) {
        assertThat(MachineState.parse(text)).isEmpty();
    }
}
