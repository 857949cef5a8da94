package com.amrs.core.validation;

import static com.amrs.core.validation.Columns.DEFECTIVE_UNITS;
import static com.amrs.core.validation.Columns.DOWNTIME_MIN;
import static com.amrs.core.validation.Columns.STATE;
import static com.amrs.core.validation.Columns.UNITS_PRODUCED;
import static com.amrs.core.validation.ValidationRule.DEFECTS_ABOVE_UNITS;
import static com.amrs.core.validation.ValidationRule.DOWNTIME_ABOVE_INTERVAL;
import static com.amrs.core.validation.ValidationRule.MISSING_VALUE;
import static com.amrs.core.validation.ValidationRule.NEGATIVE_VALUE;

import com.amrs.core.machine.MachineState;
import com.amrs.core.production.ProductionRecord;
import com.amrs.core.production.ProductionSample;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The validation rules of DESIGN §5. {@link #validate} repairs a sample and records each repair;
 * {@link #violations} only reports, for input that is refused whole instead of repaired.
 * Stateless and thread-safe.
 */
public final class RecordValidator {

    /** A missing state is repaired to this: the record says nothing was running. */
    public static final MachineState MISSING_STATE = MachineState.IDLE;

    /**
     * Repairs the sample's numbers and state in rule order: missing, negative, defects above units,
     * downtime above interval. NaN and infinite downtime count as missing.
     *
     * @param interval the time the record covers; {@code null} or zero when unknown, which skips
     *     the downtime ceiling
     * @throws IllegalArgumentException when the interval is negative or the sample lacks machine id,
     *     production date, shift, source or timestamp, which no rule can repair
     */
    public ValidationResult validate(ProductionSample sample, Duration interval) {
        double ceiling = Columns.ceilingMinutes(interval);
        List<ValidationFix> fixes = new ArrayList<>();
        long units = present(sample.unitsProduced(), UNITS_PRODUCED, fixes);
        long defects = present(sample.defectiveUnits(), DEFECTIVE_UNITS, fixes);
        double downtime = presentDowntime(sample.downtimeMin(), fixes);
        MachineState state = presentState(sample.state(), fixes);
        units = nonNegative(units, UNITS_PRODUCED, fixes);
        defects = nonNegative(defects, DEFECTIVE_UNITS, fixes);
        downtime = nonNegative(downtime, fixes);
        if (defects > units) {
            fixes.add(ValidationFix.of(DEFECTS_ABOVE_UNITS, DEFECTIVE_UNITS, defects, units));
            defects = units;
        }
        if (downtime > ceiling) {
            fixes.add(ValidationFix.of(DOWNTIME_ABOVE_INTERVAL, DOWNTIME_MIN, downtime, ceiling));
            downtime = ceiling;
        }
        return new ValidationResult(record(sample, units, defects, downtime, state), fixes);
    }

    /** The rules as checks, without the downtime ceiling. Does not check the state (see below). */
    public List<FieldViolation> violations(ProductionSample sample) {
        return violations(sample, null);
    }

    /**
     * Every field that breaks a rule: a missing machine id, production date or shift, a missing or
     * negative count, defects above units, missing, non-finite or negative downtime, and downtime
     * above the interval when one is given. The state is not checked because {@code POST
     * /api/production} carries none; source and timestamp are set by the receiver.
     */
    public List<FieldViolation> violations(ProductionSample sample, Duration interval) {
        return ViolationChecks.check(sample, Columns.ceilingMinutes(interval));
    }

    private static ProductionRecord record(
            ProductionSample sample, long units, long defects, double downtime, MachineState state) {
        return new ProductionRecord(
                sample.machineId(),
                sample.productionDate(),
                sample.shift(),
                units,
                defects,
                downtime,
                state,
                sample.source(),
                sample.timestamp());
    }

    private static long present(Long value, String field, List<ValidationFix> fixes) {
        if (value == null) {
            fixes.add(ValidationFix.of(MISSING_VALUE, field, null, 0L));
            return 0;
        }
        return value;
    }

    private static double presentDowntime(Double value, List<ValidationFix> fixes) {
        if (value == null || !Double.isFinite(value)) {
            fixes.add(ValidationFix.of(MISSING_VALUE, DOWNTIME_MIN, value, 0.0));
            return 0;
        }
        return value;
    }

    private static MachineState presentState(MachineState state, List<ValidationFix> fixes) {
        if (state == null) {
            fixes.add(ValidationFix.of(MISSING_VALUE, STATE, null, MISSING_STATE));
            return MISSING_STATE;
        }
        return state;
    }

    private static long nonNegative(long value, String field, List<ValidationFix> fixes) {
        if (value < 0) {
            fixes.add(ValidationFix.of(NEGATIVE_VALUE, field, value, 0L));
            return 0;
        }
        return value;
    }

    private static double nonNegative(double downtime, List<ValidationFix> fixes) {
        if (downtime < 0) {
            fixes.add(ValidationFix.of(NEGATIVE_VALUE, DOWNTIME_MIN, downtime, 0.0));
            return 0;
        }
        return downtime;
    }
}
