package com.amrs.core.validation;

import java.math.BigDecimal;
import java.time.Duration;

/** The snake_case column names that fixes and violations refer to, and how their values are written. */
final class Columns {

    static final String MACHINE_ID = "machine_id";
    static final String PRODUCTION_DATE = "production_date";
    static final String SHIFT = "shift";
    static final String UNITS_PRODUCED = "units_produced";
    static final String DEFECTIVE_UNITS = "defective_units";
    static final String DOWNTIME_MIN = "downtime_min";
    static final String STATE = "state";

    private Columns() {}

    /** {@code null} as "null", whole numbers without ".0", NaN and infinities by name. */
    static String text(Object value) {
        if (value instanceof Double d && Double.isFinite(d)) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    /** The minutes an interval covers; no ceiling (infinity) when the interval is unknown or zero. */
    static double ceilingMinutes(Duration interval) {
        if (interval == null || interval.isZero()) {
            return Double.POSITIVE_INFINITY;
        }
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval must not be negative, was " + interval);
        }
        return interval.toMillis() / 60_000.0;
    }
}
