package com.amrs.core.downtime;

import static com.amrs.core.Arguments.requireNonNull;

/**
 * A reason a machine stands still (DESIGN.md §14): a code of the catalogue (the PLC's FaultCode), its
 * text and whether the stop was planned. {@link #UNASSIGNED}, {@link #BREAK} and {@link #NON_PRODUCTION_DAY} have
 * no code.
 */
public record StopReason(Integer code, String reason, StopCategory category) {

    public static final StopReason UNASSIGNED = new StopReason(null, "Unassigned", StopCategory.UNPLANNED);
    /** A stop without a fault that begins in a shift's break: planned downtime (DESIGN.md §14). */
    public static final StopReason BREAK = new StopReason(null, "Break", StopCategory.PLANNED);
    /** A stop without a fault that begins on a non-production day: planned downtime (DESIGN.md §14). */
    public static final StopReason NON_PRODUCTION_DAY =
            new StopReason(null, "Non-production day", StopCategory.PLANNED);

    public StopReason {
        if (code != null && code <= 0) {
            throw new IllegalArgumentException("a reason code is a number above 0, was " + code);
        }
        requireNonNull(reason, "reason");
        if (reason.isBlank() || reason.length() > 128) {
            throw new IllegalArgumentException("a reason is 1 to 128 characters, was \"" + reason + "\"");
        }
        requireNonNull(category, "category");
    }

    public boolean planned() {
        return category == StopCategory.PLANNED;
    }
}
