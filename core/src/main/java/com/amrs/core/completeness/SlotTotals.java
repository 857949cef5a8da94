package com.amrs.core.completeness;

import static com.amrs.core.Arguments.requireNonNegative;
import static com.amrs.core.Arguments.requireNonNull;
import static com.amrs.core.Arguments.requireText;

import com.amrs.core.shift.ShiftSlot;
import java.time.Instant;

/**
 * One row of the rollup {@code production_shift_totals} as completeness needs it.
 *
 * @param plannedSec Σ interval_sec of the machine's records in the shift
 * @param lastSeen the newest recorded_at among them
 * @param firstStart where the earliest of them starts (before the shift when it reaches back over the change), or
 *     null when not known
 */
public record SlotTotals(
        String machineId, ShiftSlot slot, double plannedSec, long recordCount, Instant lastSeen, Instant firstStart) {

    public SlotTotals(String machineId, ShiftSlot slot, double plannedSec, long recordCount, Instant lastSeen) {
        this(machineId, slot, plannedSec, recordCount, lastSeen, null);
    }

    public SlotTotals {
        requireText(machineId, "machineId");
        requireNonNull(slot, "slot");
        requireNonNull(lastSeen, "lastSeen");
        // the rollup's triggers add and subtract doubles, which can leave a zero as -1e-13
        plannedSec = Math.max(0, plannedSec);
        requireNonNegative(plannedSec, "plannedSec");
        requireNonNegative(recordCount, "recordCount");
    }
}
