package com.amrs.core.validation;

import static com.amrs.core.validation.Samples.sample;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ValidationLogLineTests {

    @Test
    void writesTimestampMachineFieldOldNewAndRule() {
        var fix = new ValidationFix(ValidationRule.DEFECTS_ABOVE_UNITS, "defective_units", "120", "100");

        assertThat(ValidationLogLine.format(Instant.parse("2026-01-26T08:00:05Z"), "OPC-UA-M1", fix))
                .isEqualTo("2026-01-26T08:00:05Z OPC-UA-M1 defective_units 120 100 defects_above_units");
    }

    @Test
    void writesOneLinePerFixOfAResult() {
        var result = new RecordValidator().validate(sample(null, 4L, 9.0), Duration.ofMinutes(5));

        assertThat(ValidationLogLine.lines(result))
                .containsExactly(
                        "2026-01-26T08:00:05Z OPC-UA-M1 units_produced null 0 missing_value",
                        "2026-01-26T08:00:05Z OPC-UA-M1 defective_units 4 0 defects_above_units",
                        "2026-01-26T08:00:05Z OPC-UA-M1 downtime_min 9 5 downtime_above_interval");
    }

    @Test
    void keepsSixColumnsWhenAValueHoldsWhitespace() {
        var fix = new ValidationFix(ValidationRule.MISSING_VALUE, "state", "null", "IDLE");

        String line = ValidationLogLine.format(Instant.parse("2026-01-26T08:00:05Z"), "Press 2\nhall B", fix);

        assertThat(line).isEqualTo("2026-01-26T08:00:05Z Press_2_hall_B state null IDLE missing_value");
        assertThat(line.split(" ")).hasSize(6);
    }
}
