package com.amrs.core.completeness;

import com.amrs.core.shift.Interval;
import com.amrs.core.shift.Intervals;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.shift.ShiftSlot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A machine's records in memory, with what the rollup and the database's gap query make of them: the
 * reference the plan is checked against.
 */
record Records(String machineId, ShiftCalendar calendar, List<Records.Row> rows) {

    /** A collector record covers the poll interval before it; a manual one its shift from its start. */
    record Row(ShiftSlot slot, Instant recordedAt, double intervalSec, boolean manual) {

        Interval span() {
            long nanos = (long) (intervalSec * 1e9);
            return manual
                    ? new Interval(recordedAt, recordedAt.plusNanos(nanos))
                    : new Interval(recordedAt.minusNanos(nanos), recordedAt);
        }
    }

    /** Polls every {@code intervalSec} seconds from {@code first}, the record of each poll in {@code kept}. */
    static Records polls(
            ShiftCalendar calendar, String machineId, Instant first, long intervalSec, List<Boolean> kept) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Instant at = first.plusSeconds(intervalSec * (i + 1));
            if (kept.get(i)) {
                rows.add(new Row(calendar.slotOf(at), at, intervalSec, false));
            }
        }
        return new Records(machineId, calendar, rows);
    }

    Records with(Row row) {
        List<Row> more = new ArrayList<>(rows);
        more.add(row);
        return new Records(machineId, calendar, more);
    }

    /** What {@code production_shift_totals} holds for the window. */
    List<SlotTotals> rollup(ProductionWindow window) {
        Map<ShiftSlot, List<Row>> bySlot = rows.stream()
                .filter(row -> window.contains(row.slot().productionDate()))
                .collect(Collectors.groupingBy(Row::slot, LinkedHashMap::new, Collectors.toList()));
        return bySlot.entrySet().stream()
                .map(e -> new SlotTotals(
                        machineId,
                        e.getKey(),
                        e.getValue().stream().mapToDouble(Row::intervalSec).sum(),
                        e.getValue().size(),
                        e.getValue().stream()
                                .map(Row::recordedAt)
                                .max(Comparator.naturalOrder())
                                .orElseThrow(),
                        e.getValue().stream()
                                .map(row -> row.span().from())
                                .min(Comparator.naturalOrder())
                                .orElseThrow()))
                .toList();
    }

    /** The gap query: the stretches of each queried shift that neither its records nor the next shift's first record cover. */
    List<Interval> uncovered(List<SlotQuery> queries) {
        List<Interval> holes = new ArrayList<>();
        for (SlotQuery query : queries) {
            List<Interval> covering = new ArrayList<>();
            rows.stream()
                    .filter(row -> row.slot().equals(query.slot()))
                    .map(Row::span)
                    .forEach(covering::add);
            rows.stream()
                    .filter(row -> row.slot().equals(query.next()))
                    .min(Comparator.comparing(Row::recordedAt))
                    .map(Row::span)
                    .ifPresent(covering::add);
            holes.addAll(complement(query.expected(), covering));
        }
        return holes;
    }

    /** The brute-force answer: the stretches of {@code expected} that no record covers. */
    List<Interval> holesIn(Interval expected) {
        return complement(expected, rows.stream().map(Row::span).toList());
    }

    private static List<Interval> complement(Interval within, List<Interval> covering) {
        List<Interval> clipped = covering.stream()
                .map(span -> span.clip(within.from(), within.to()))
                .toList();
        List<Interval> holes = new ArrayList<>();
        Instant at = within.from();
        for (Interval span : Intervals.union(clipped)) {
            if (span.from().isAfter(at)) {
                holes.add(new Interval(at, span.from()));
            }
            at = span.to().isAfter(at) ? span.to() : at;
        }
        if (within.to().isAfter(at)) {
            holes.add(new Interval(at, within.to()));
        }
        return holes;
    }
}
