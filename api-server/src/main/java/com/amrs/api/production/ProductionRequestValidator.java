package com.amrs.api.production;

import com.amrs.api.system.AmrsProperties;
import com.amrs.api.system.CollectorProperties;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.shift.ShiftDefinition;
import com.amrs.core.validation.FieldViolation;
import com.amrs.core.validation.RecordValidator;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Bean Validation of a {@link ProductionRequest} by core's rules ({@link RecordValidator#violations}):
 * one violation per bad field, with downtime limited to the shift's length and units to what the machine
 * can make in it, plus an unknown shift.
 */
class ProductionRequestValidator implements ConstraintValidator<ValidProductionRequest, ProductionRequest> {

    /** Without an ideal cycle time in the catalogue: more than this many units a second is no machine's. */
    static final double UNITS_PER_SECOND_CAP = 1_000;

    private final RecordValidator validator;
    private final ShiftCalendar calendar;
    private final AmrsProperties properties;
    private final CollectorProperties collector;

    ProductionRequestValidator(
            RecordValidator validator,
            ShiftCalendar calendar,
            AmrsProperties properties,
            CollectorProperties collector) {
        this.validator = validator;
        this.calendar = calendar;
        this.properties = properties;
        this.collector = collector;
    }

    @Override
    public boolean isValid(ProductionRequest request, ConstraintValidatorContext context) {
        if (request == null) {
            return true;
        }
        List<FieldViolation> violations = violations(request);
        if (violations.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (FieldViolation violation : violations) {
            context.buildConstraintViolationWithTemplate(escape(violation.message()))
                    .addPropertyNode(camelCase(violation.field()))
                    .addConstraintViolation();
        }
        return false;
    }

    List<FieldViolation> violations(ProductionRequest request) {
        boolean knownShift = request.shift() != null && calendar.hasShift(request.shift());
        Duration shiftLength = knownShift && request.productionDate() != null
                ? calendar.length(request.productionDate(), request.shift())
                : null;
        List<FieldViolation> violations =
                new ArrayList<>(validator.violations(request.toSample(null, null), shiftLength));
        if (shiftLength != null
                && request.unitsProduced() != null
                && request.unitsProduced() > maxUnits(request, shiftLength)) {
            violations.add(new FieldViolation(
                    "units_produced",
                    "must not exceed " + maxUnits(request, shiftLength) + ", what machine " + request.machineId()
                            + " can make in shift " + request.shift()));
        }
        if (request.shift() != null && !request.shift().isBlank() && !knownShift) {
            String names = calendar.shifts().stream().map(ShiftDefinition::name).collect(Collectors.joining(", "));
            violations.add(new FieldViolation("shift", "must be one of the calendar's shifts: " + names));
        }
        return violations;
    }

    /**
     * What a shift allows (DESIGN.md §13): {@code max-rate-factor} × the shift ÷ the machine's ideal cycle
     * time, or {@link #UNITS_PER_SECOND_CAP} a second for a machine the catalogue does not know.
     */
    private long maxUnits(ProductionRequest request, Duration shiftLength) {
        double seconds = shiftLength.toSeconds();
        double units = properties
                .idealCycleTimeSeconds(String.valueOf(request.machineId()))
                .filter(cycle -> cycle > 0)
                .map(cycle -> collector.maxRateFactor() * seconds / cycle)
                .orElse(UNITS_PER_SECOND_CAP * seconds);
        return (long) Math.floor(units);
    }

    private static String camelCase(String snakeCase) {
        var camel = new StringBuilder();
        boolean upper = false;
        for (char c : snakeCase.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    /** Messages are templates: keep braces and dollars of values literal. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\")
                .replace("{", "\\{")
                .replace("}", "\\}")
                .replace("$", "\\$");
    }
}
