package com.amrs.api.collector;

import com.amrs.api.production.NewRecord;
import com.amrs.core.shift.ShiftSlot;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Published after a PLC's poll was stored (or buffered while the database is away): the records it
 * made, with their validation fixes, and the machines it saw without a record (their first poll).
 */
public record ProductionRecorded(String plc, Instant timestamp, List<NewRecord> records, List<MachineSeen> seen) {

    public ProductionRecorded {
        records = List.copyOf(records);
        seen = List.copyOf(seen);
    }

    /** @param state RUNNING, IDLE, DOWN, or null when the PLC gave none */
    public record MachineSeen(String machineId, @Nullable String state, ShiftSlot slot) {}
}
