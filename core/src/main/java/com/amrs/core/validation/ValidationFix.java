package com.amrs.core.validation;

import static com.amrs.core.Arguments.requireNonNull;
import static com.amrs.core.Arguments.requireText;

/**
 * One repair {@link RecordValidator} made: {@code field} is the snake_case column name, the values
 * are as written to the validation log ({@code "null"} for a missing value).
 */
public record ValidationFix(ValidationRule rule, String field, String oldValue, String newValue) {

    public ValidationFix {
        requireNonNull(rule, "rule");
        requireText(field, "field");
        requireText(oldValue, "oldValue");
        requireText(newValue, "newValue");
    }

    static ValidationFix of(ValidationRule rule, String field, Object oldValue, Object newValue) {
        return new ValidationFix(rule, field, Columns.text(oldValue), Columns.text(newValue));
    }
}
