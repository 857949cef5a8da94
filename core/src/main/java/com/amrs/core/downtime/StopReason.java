package com.amrs.core.downtime;

import static com.amrs.core.Arguments.requireNonNull;

/**
 * A reason a machine stands still (DESIGN.md §14): a code of the catalogue (the PLC's FaultCode), its
 * text and whether the stop was planned. {@link #UNASSIGNED} has no code.
 */
public record StopReason(Integer code, String reason, StopCategory category) {

    public static final StopReason UNASSIGNED = new StopReason(null, "Unassigned", StopCategory.UNPLANNED);

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
