package com.amrs.core.validation;

import static com.amrs.core.validation.Samples.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.core.production.ProductionSample;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RecordValidatorViolationsTests {

    private final RecordValidator validator = new RecordValidator();

    @Test
    void acceptsAValidSample() {
        assertThat(validator.violations(sample(100L, 3L, 12.5))).isEmpty();
    }

    @Test
    void namesEveryMissingFieldButNotTheState() {
        var empty = new ProductionSample(null, null, " ", null, null, null, null, null, null);

        assertThat(validator.violations(empty))
                .containsExactly(
                        new FieldViolation("machine_id", "is required"),
                        new FieldViolation("production_date", "is required"),
                        new FieldViolation("shift", "is required"),
                        new FieldViolation("units_produced", "is required"),
                        new FieldViolation("defective_units", "is required"),
                        new FieldViolation("downtime_min", "is required"));
    }

    @Test
    void rejectsNegativeValues() {
        assertThat(validator.violations(sample(-5L, -2L, -1.5)))
                .containsExactly(
                        new FieldViolation("units_produced", "must not be negative, was -5"),
                        new FieldViolation("defective_units", "must not be negative, was -2"),
                        new FieldViolation("downtime_min", "must not be negative, was -1.5"));
    }

    @Test
    void rejectsDefectsAboveUnits() {
        assertThat(validator.violations(sample(100L, 120L, 0.0)))
                .containsExactly(
                        new FieldViolation("defective_units", "must not exceed units_produced, was 120 > 100"));
    }

    @Test
    void rejectsNonFiniteDowntime() {
        assertThat(validator.violations(sample(1L, 0L, Double.NaN)))
                .containsExactly(new FieldViolation("downtime_min", "must be a finite number, was NaN"));
    }

    @Test
    void checksTheDowntimeCeilingOnlyWhenGivenAnInterval() {
        var sample = sample(1L, 0L, 500.0);

        assertThat(validator.violations(sample)).isEmpty();
        assertThat(validator.violations(sample, Duration.ofHours(8)))
                .containsExactly(new FieldViolation(
                        "downtime_min", "must not exceed the 480 minutes the record covers, was 500"));
    }
}
