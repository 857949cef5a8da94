package com.amrs.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.core.machine.MachineState;
import com.amrs.core.production.ProductionSample;
import java.time.Duration;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RecordValidatorPropertyTests {

    private final RecordValidator validator = new RecordValidator();

    @Property
    void leavesNothingNegativeNoDefectsAboveUnitsAndNoDowntimeAboveTheInterval(
            @ForAll("samples") ProductionSample sample, @ForAll("intervals") Duration interval) {
        var record = validator.validate(sample, interval).record();

        assertThat(record.unitsProduced()).isNotNegative();
        assertThat(record.defectiveUnits()).isNotNegative().isLessThanOrEqualTo(record.unitsProduced());
        assertThat(record.downtimeMin()).isNotNegative().isLessThanOrEqualTo(interval.toMillis() / 60_000.0);
        assertThat(record.state()).isNotNull();
    }

    @Property
    void logsAFixForEveryValueItChanges(
            @ForAll("samples") ProductionSample sample, @ForAll("intervals") Duration interval) {
        var result = validator.validate(sample, interval);
        var record = result.record();

        assertFixedWhenChanged(result, "units_produced", sample.unitsProduced(), record.unitsProduced());
        assertFixedWhenChanged(result, "defective_units", sample.defectiveUnits(), record.defectiveUnits());
        assertFixedWhenChanged(result, "downtime_min", sample.downtimeMin(), record.downtimeMin());
        assertFixedWhenChanged(result, "state", sample.state(), record.state());
    }

    @Property
    void repairsExactlyTheSamplesThatViolationsRefuse(
            @ForAll("samples") ProductionSample sample, @ForAll("intervals") Duration interval) {
        var withState = new ProductionSample(
                sample.machineId(),
                sample.productionDate(),
                sample.shift(),
                sample.unitsProduced(),
                sample.defectiveUnits(),
                sample.downtimeMin(),
                MachineState.RUNNING,
                sample.source(),
                sample.timestamp());

        assertThat(validator.validate(withState, interval).repaired())
                .isEqualTo(!validator.violations(withState, interval).isEmpty());
    }

    private static void assertFixedWhenChanged(ValidationResult result, String field, Object before, Object after) {
        boolean changed = !Objects.equals(before, after);
        assertThat(result.fixes().stream().anyMatch(fix -> fix.field().equals(field)))
                .as("a fix logged for %s (%s -> %s)", field, before, after)
                .isEqualTo(changed);
    }

    @Provide
    Arbitrary<ProductionSample> samples() {
        Arbitrary<Long> counts = Arbitraries.longs().between(-1_000, 100_000).injectNull(0.1);
        Arbitrary<Double> downtimes = Arbitraries.doubles()
                .between(-100, 1_000)
                .withSpecialValue(Double.NaN)
                .withSpecialValue(Double.POSITIVE_INFINITY)
                .withSpecialValue(Double.NEGATIVE_INFINITY)
                .injectNull(0.1);
        Arbitrary<MachineState> states = Arbitraries.of(MachineState.class).injectNull(0.1);
        return Combinators.combine(counts, counts, downtimes, states)
                .as((units, defects, downtime, state) -> Samples.sample(units, defects, downtime, state));
    }

    @Provide
    Arbitrary<Duration> intervals() {
        return Arbitraries.longs().between(1, 12 * 3_600_000L).map(Duration::ofMillis);
    }
}
