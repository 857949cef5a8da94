package com.amrs.api.collector;

import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.shift.ShiftSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The shifts an interval spans, each with its share of the interval: production counted over a gap
 * (the api-server was down, the PLC unreachable) is split over them in proportion to time (DESIGN.md §13).
 */
record GapSplit(ShiftSlot slot, Instant end, Duration length) {

    static List<GapSplit> of(ShiftCalendar calendar, Instant from, Instant to) {
        List<GapSplit> pieces = new ArrayList<>();
        Instant at = from;
        while (at.isBefore(to)) {
            ShiftSlot slot = calendar.slotOf(at);
            Instant slotEnd = calendar.end(slot.productionDate(), slot.shift());
            Instant end = slotEnd.isAfter(at) && slotEnd.isBefore(to) ? slotEnd : to;
            pieces.add(new GapSplit(slot, end, Duration.between(at, end)));
            at = end;
        }
        return pieces;
    }

    /** {@code total} shared over the pieces by their length, the parts adding up to it exactly. */
    static long[] share(long total, List<GapSplit> pieces) {
        long[] parts = new long[pieces.size()];
        double whole =
                pieces.stream().mapToLong(piece -> piece.length().toNanos()).sum();
        double before = 0;
        long given = 0;
        for (int i = 0; i < parts.length; i++) {
            before += pieces.get(i).length().toNanos();
            long upTo = i == parts.length - 1 ? total : (long) Math.floor(total * (before / whole));
            parts[i] = upTo - given;
            given = upTo;
        }
        return parts;
    }
}
