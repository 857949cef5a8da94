package com.amrs.core.validation;

/**
 * The validation rules of DESIGN §5, in the order {@link RecordValidator} applies them, and the collector's
 * plausibility limit of §13 ({@code counter_jump}: a delta above what the machine can make, stored as 0) and
 * the record the database refused (§13 {@code rejected}: kept whole in {@code rejected_records}).
 */
public enum ValidationRule {
    MISSING_VALUE("missing_value"),
    NEGATIVE_VALUE("negative_value"),
    DEFECTS_ABOVE_UNITS("defects_above_units"),
    DOWNTIME_ABOVE_INTERVAL("downtime_above_interval"),
    COUNTER_JUMP("counter_jump"),
    REJECTED("rejected");

    private final String code;

    ValidationRule(String code) {
        this.code = code;
    }

    /** The stable name written to the validation log and to {@code validation_events}. */
    public String code() {
        return code;
    }
}
