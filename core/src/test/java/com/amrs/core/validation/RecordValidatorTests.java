package com.amrs.core.validation;

import static com.amrs.core.validation.Samples.sample;
import static com.amrs.core.validation.ValidationRule.DEFECTS_ABOVE_UNITS;
import static com.amrs.core.validation.ValidationRule.DOWNTIME_ABOVE_INTERVAL;
import static com.amrs.core.validation.ValidationRule.MISSING_VALUE;
import static com.amrs.core.validation.ValidationRule.NEGATIVE_VALUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.amrs.core.machine.MachineState;
import com.amrs.core.production.ProductionRecord;
import com.amrs.core.production.ProductionSample;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RecordValidatorTests {

    private static final Duration SHIFT = Duration.ofHours(8);

    private final RecordValidator validator = new RecordValidator();

    @Test
    void keepsAValidSampleAsItIs() {
        var result = validator.validate(sample(100L, 3L, 12.5, MachineState.DOWN), SHIFT);

        assertThat(result.repaired()).isFalse();
        assertThat(result.record())
                .isEqualTo(new ProductionRecord(
                        "OPC-UA-M1", Samples.DATE, "A", 100, 3, 12.5, MachineState.DOWN, "opcua", Samples.TIMESTAMP));
    }

    @Test
    void replacesMissingNumbersWithZero() {
        var result = validator.validate(sample(null, null, null), SHIFT);

        assertThat(result.record().unitsProduced()).isZero();
        assertThat(result.record().defectiveUnits()).isZero();
        assertThat(result.record().downtimeMin()).isZero();
        assertThat(result.fixes())
                .containsExactly(
                        new ValidationFix(MISSING_VALUE, "units_produced", "null", "0"),
                        new ValidationFix(MISSING_VALUE, "defective_units", "null", "0"),
                        new ValidationFix(MISSING_VALUE, "downtime_min", "null", "0"));
    }

    @Test
    void repairsAMissingStateToIdle() {
        var result = validator.validate(sample(10L, 0L, 0.0, null), SHIFT);

        assertThat(result.record().state()).isEqualTo(MachineState.IDLE);
        assertThat(result.fixes()).containsExactly(new ValidationFix(MISSING_VALUE, "state", "null", "IDLE"));
    }

    @Test
    void treatsNanAndInfiniteDowntimeAsMissing() {
        var nan = validator.validate(sample(10L, 0L, Double.NaN), SHIFT);
        var infinite = validator.validate(sample(10L, 0L, Double.POSITIVE_INFINITY), SHIFT);

        assertThat(nan.record().downtimeMin()).isZero();
        assertThat(nan.fixes()).containsExactly(new ValidationFix(MISSING_VALUE, "downtime_min", "NaN", "0"));
        assertThat(infinite.record().downtimeMin()).isZero();
        assertThat(infinite.fixes()).containsExactly(new ValidationFix(MISSING_VALUE, "downtime_min", "Infinity", "0"));
    }

    @Test
    void clipsNegativeValuesToZero() {
        var result = validator.validate(sample(-5L, -2L, -1.5), SHIFT);

        assertThat(result.record().unitsProduced()).isZero();
        assertThat(result.record().defectiveUnits()).isZero();
        assertThat(result.record().downtimeMin()).isZero();
        assertThat(result.fixes())
                .containsExactly(
                        new ValidationFix(NEGATIVE_VALUE, "units_produced", "-5", "0"),
                        new ValidationFix(NEGATIVE_VALUE, "defective_units", "-2", "0"),
                        new ValidationFix(NEGATIVE_VALUE, "downtime_min", "-1.5", "0"));
    }

    @Test
    void clipsDefectsAboveUnits() {
        var result = validator.validate(sample(100L, 120L, 0.0), SHIFT);

        assertThat(result.record().defectiveUnits()).isEqualTo(100);
        assertThat(result.fixes())
                .containsExactly(new ValidationFix(DEFECTS_ABOVE_UNITS, "defective_units", "120", "100"));
    }

    @Test
    void clipsDowntimeToTheIntervalItCovers() {
        // 8 h = 480 min
        var result = validator.validate(sample(0L, 0L, 500.0), SHIFT);

        assertThat(result.record().downtimeMin()).isEqualTo(480.0);
        assertThat(result.fixes())
                .containsExactly(new ValidationFix(DOWNTIME_ABOVE_INTERVAL, "downtime_min", "500", "480"));
    }

    @Test
    void clipsDowntimeToAPollInterval() {
        // a 6 s poll covers 6 / 60 = 0.1 min
        var result = validator.validate(sample(3L, 0L, 0.25), Duration.ofSeconds(6));

        assertThat(result.record().downtimeMin()).isEqualTo(0.1);
        assertThat(result.fixes())
                .containsExactly(new ValidationFix(DOWNTIME_ABOVE_INTERVAL, "downtime_min", "0.25", "0.1"));
    }

    @Test
    void keepsDowntimeThatFillsTheWholeInterval() {
        assertThat(validator.validate(sample(0L, 0L, 480.0), SHIFT).repaired()).isFalse();
    }

    @Test
    void skipsTheDowntimeCeilingWhenTheIntervalIsUnknownOrZero() {
        var unknown = validator.validate(sample(0L, 0L, 10_000.0), null);
        var zero = validator.validate(sample(0L, 0L, 10_000.0), Duration.ZERO);

        assertThat(unknown.repaired()).isFalse();
        assertThat(unknown.record().downtimeMin()).isEqualTo(10_000.0);
        assertThat(zero.repaired()).isFalse();
    }

    @Test
    void rejectsANegativeInterval() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> validator.validate(sample(1L, 0L, 0.0), Duration.ofSeconds(-5)))
                .withMessageContaining("interval");
    }

    @Test
    void clipsDefectsAfterRepairingNegativeUnits() {
        // units -5 -> 0, so the 3 defects now exceed units and become 0
        var result = validator.validate(sample(-5L, 3L, 0.0), SHIFT);

        assertThat(result.record().defectiveUnits()).isZero();
        assertThat(result.fixes())
                .containsExactly(
                        new ValidationFix(NEGATIVE_VALUE, "units_produced", "-5", "0"),
                        new ValidationFix(DEFECTS_ABOVE_UNITS, "defective_units", "3", "0"));
    }

    @Test
    void clipsDowntimeAfterRepairingMissingUnits() {
        var result = validator.validate(sample(null, 7L, 481.5), SHIFT);

        assertThat(result.fixes())
                .extracting(ValidationFix::rule)
                .containsExactly(MISSING_VALUE, DEFECTS_ABOVE_UNITS, DOWNTIME_ABOVE_INTERVAL);
        assertThat(result.record().downtimeMin()).isEqualTo(480.0);
    }

    @Test
    void refusesASampleWithoutMachineIdInsteadOfInventingOne() {
        var sample = new ProductionSample(
                null, Samples.DATE, "A", 1L, 0L, 0.0, MachineState.RUNNING, "opcua", Samples.TIMESTAMP);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> validator.validate(sample, SHIFT))
                .withMessageContaining("machineId");
    }

    @Test
    void namesEveryRuleByItsLogCode() {
        assertThat(ValidationRule.values())
                .extracting(ValidationRule::code)
                .containsExactly(
                        "missing_value",
                        "negative_value",
                        "defects_above_units",
                        "downtime_above_interval",
                        "counter_jump",
                        "rejected");
    }
}
