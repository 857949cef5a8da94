package com.amrs.core.validation;

import static com.amrs.core.validation.Columns.DEFECTIVE_UNITS;
import static com.amrs.core.validation.Columns.DOWNTIME_MIN;
import static com.amrs.core.validation.Columns.MACHINE_ID;
import static com.amrs.core.validation.Columns.PRODUCTION_DATE;
import static com.amrs.core.validation.Columns.SHIFT;
import static com.amrs.core.validation.Columns.UNITS_PRODUCED;

import com.amrs.core.production.ProductionSample;
import java.util.ArrayList;
import java.util.List;

/** The checks behind {@link RecordValidator#violations}, one message per broken field. */
final class ViolationChecks {

    private static final String REQUIRED = "is required";

    private ViolationChecks() {}

    static List<FieldViolation> check(ProductionSample sample, double ceilingMinutes) {
        List<FieldViolation> violations = new ArrayList<>();
        if (sample.machineId() == null || sample.machineId().isBlank()) {
            violations.add(new FieldViolation(MACHINE_ID, REQUIRED));
        }
        if (sample.productionDate() == null) {
            violations.add(new FieldViolation(PRODUCTION_DATE, REQUIRED));
        }
        if (sample.shift() == null || sample.shift().isBlank()) {
            violations.add(new FieldViolation(SHIFT, REQUIRED));
        }
        checkCount(sample.unitsProduced(), UNITS_PRODUCED, violations);
        checkCount(sample.defectiveUnits(), DEFECTIVE_UNITS, violations);
        checkDefectsWithinUnits(sample.unitsProduced(), sample.defectiveUnits(), violations);
        checkDowntime(sample.downtimeMin(), ceilingMinutes, violations);
        return List.copyOf(violations);
    }

    private static void checkCount(Long value, String field, List<FieldViolation> violations) {
        if (value == null) {
            violations.add(new FieldViolation(field, REQUIRED));
        } else if (value < 0) {
            violations.add(new FieldViolation(field, "must not be negative, was " + value));
        }
    }

    private static void checkDefectsWithinUnits(Long units, Long defects, List<FieldViolation> violations) {
        if (units != null && defects != null && defects > units && units >= 0) {
            violations.add(new FieldViolation(
                    DEFECTIVE_UNITS, "must not exceed " + UNITS_PRODUCED + ", was " + defects + " > " + units));
        }
    }

    private static void checkDowntime(Double value, double ceilingMinutes, List<FieldViolation> violations) {
        if (value == null) {
            violations.add(new FieldViolation(DOWNTIME_MIN, REQUIRED));
        } else if (!Double.isFinite(value)) {
            violations.add(new FieldViolation(DOWNTIME_MIN, "must be a finite number, was " + value));
        } else if (value < 0) {
            violations.add(new FieldViolation(DOWNTIME_MIN, "must not be negative, was " + Columns.text(value)));
        } else if (value > ceilingMinutes) {
            violations.add(new FieldViolation(
                    DOWNTIME_MIN,
                    "must not exceed the " + Columns.text(ceilingMinutes) + " minutes the record covers, was "
                            + Columns.text(value)));
        }
    }
}
