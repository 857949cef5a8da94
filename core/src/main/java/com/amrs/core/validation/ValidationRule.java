package com.amrs.core.validation;

/** The validation rules of DESIGN §5, in the order {@link RecordValidator} applies them. */
public enum ValidationRule {
    MISSING_VALUE("missing_value"),
    NEGATIVE_VALUE("negative_value"),
    DEFECTS_ABOVE_UNITS("defects_above_units"),
    DOWNTIME_ABOVE_INTERVAL("downtime_above_interval");

    private final String code;

    ValidationRule(String code) {
        this.code = code;
    }

    /** The stable name written to the validation log and to {@code validation_events}. */
    public String code() {
        return code;
    }
}
