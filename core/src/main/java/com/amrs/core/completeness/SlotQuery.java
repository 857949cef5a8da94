package com.amrs.core.completeness;

import static com.amrs.core.Arguments.requireNonNull;
import static com.amrs.core.Arguments.requireText;

import com.amrs.core.shift.Interval;
import com.amrs.core.shift.ShiftSlot;

/**
 * A machine's shift whose records fall short of its expected time: the database finds the gaps
 * inside {@code expected} from the shift's records, and from the first record of the {@code next}
 * shift, whose interval may reach back over the shift change.
 */
public record SlotQuery(String machineId, ShiftSlot slot, Interval expected, ShiftSlot next) {

    public SlotQuery {
        requireText(machineId, "machineId");
        requireNonNull(slot, "slot");
        requireNonNull(expected, "expected");
        requireNonNull(next, "next");
    }
}
