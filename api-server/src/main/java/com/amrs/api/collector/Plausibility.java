package com.amrs.api.collector;

import com.amrs.core.production.ProductionSample;
import com.amrs.core.validation.ValidationFix;
import com.amrs.core.validation.ValidationRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The counter jump of DESIGN.md §13: a delta above {@code max-rate-factor} × interval ÷ ideal cycle time
 * is more than the machine can make (a PLC that reset a counter to a wild value, a tag remapped, a glitch).
 * It is stored as 0 units and 0 defects, with a validation event that keeps the raw delta. A machine
 * without an ideal cycle time has no limit.
 */
final class Plausibility {

    private final double maxRateFactor;

    Plausibility(double maxRateFactor) {
        this.maxRateFactor = maxRateFactor;
    }

    record Checked(ProductionSample sample, List<ValidationFix> fixes) {}

    Checked check(ProductionSample sample, Duration interval, double idealCycleSeconds) {
        Long units = sample.unitsProduced();
        if (units == null || idealCycleSeconds <= 0 || units <= limit(interval, idealCycleSeconds)) {
            return new Checked(sample, List.of());
        }
        List<ValidationFix> fixes = new ArrayList<>();
        fixes.add(new ValidationFix(ValidationRule.COUNTER_JUMP, "units_produced", units.toString(), "0"));
        Long defects = sample.defectiveUnits();
        if (defects != null && defects != 0) {
            fixes.add(new ValidationFix(ValidationRule.COUNTER_JUMP, "defective_units", defects.toString(), "0"));
        }
        var zeroed = new ProductionSample(
                sample.machineId(),
                sample.productionDate(),
                sample.shift(),
                0L,
                defects == null ? null : 0L,
                sample.downtimeMin(),
                sample.state(),
                sample.source(),
                sample.timestamp());
        return new Checked(zeroed, List.copyOf(fixes));
    }

    private double limit(Duration interval, double idealCycleSeconds) {
        return maxRateFactor * (interval.toNanos() / 1e9) / idealCycleSeconds;
    }
}
