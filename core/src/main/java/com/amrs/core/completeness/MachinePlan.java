package com.amrs.core.completeness;

import com.amrs.core.shift.Interval;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.shift.ShiftSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One machine's part of a {@link CompletenessPlan}: its expected time shift by shift, the gaps the
 * rollup alone proves (shifts without records, the stretch after the last record) and the shifts the
 * database must look into.
 *
 * @param collectionInterval how often records come: the mean interval of the newest shift's records
 * @param unplacedSec missing time of shifts whose raw records retention dropped: the rollup tells how much,
 *     not where
 */
record MachinePlan(
        String machineId,
        double expectedSec,
        List<Interval> knownGaps,
        List<SlotQuery> queries,
        Duration collectionInterval,
        double unplacedSec,
        Map<LocalDate, DayTally> tallies) {

    /**
     * A shift inside the expected time: the part expected, its rollup row (or null), checked up to; the first shift of
     * a run of {@code known} dates stands for the whole run.
     */
    private record Piece(
            ShiftSlot slot, Interval shift, Interval part, SlotTotals row, Instant checkTo, KnownDays known) {

        double checkedSec() {
            return new Interval(part.from(), checkTo).seconds();
        }

        LocalDate date() {
            return slot.productionDate();
        }
    }

    /**
     * @param known runs of dates whose coverage was worked out before, oldest first: of these only the first shift is
     *     looked at, as the shift after the date before
     * @param tallied the dates whose {@link DayCoverage} to keep, given the database's gaps
     */
    static MachinePlan of(
            ShiftCalendar calendar,
            ShiftSpans spans,
            ProductionWindow window,
            String machineId,
            Interval expected,
            List<SlotTotals> rows,
            LocalDate rawKeptFrom,
            List<KnownDays> known,
            Set<LocalDate> tallied) {
        Map<ShiftSlot, SlotTotals> bySlot = new HashMap<>();
        rows.forEach(row -> bySlot.put(row.slot(), row));
        SlotTotals last =
                rows.stream().max(Comparator.comparing(SlotTotals::lastSeen)).orElse(null);
        List<Piece> pieces = pieces(calendar, spans, window, expected, bySlot, last, known);
        Map<LocalDate, DayTally> tallies = new HashMap<>();
        List<Interval> gaps = new ArrayList<>();
        List<SlotQuery> queries = new ArrayList<>();
        double unplaced = 0;
        double expectedSec = 0;
        boolean spillInDoubt = false;
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (piece.known() != null) {
                DayCoverage day = piece.known().coverage();
                expectedSec += day.expectedSec();
                gaps.addAll(day.holes());
                unplaced += day.unplacedSec();
                spillInDoubt = day.spillInDoubt();
                continue;
            }
            Piece next = i + 1 < pieces.size() ? pieces.get(i + 1) : null;
            DayTally tally = tallies.computeIfAbsent(piece.date(), date -> new DayTally(spans.day(date)));
            expectedSec += piece.part().seconds();
            tally.expectedSec += piece.part().seconds();
            if (piece.row() == null && !reachableBy(next, piece)) {
                gaps.add(piece.part());
                tally.holes.add(piece.part());
                spillInDoubt = tally.spillInDoubt = false;
                continue;
            }
            double planned = piece.row() == null ? 0 : piece.row().plannedSec();
            double shortfall = piece.checkedSec() - planned - (next == null ? 0 : spill(next));
            Interval unchecked = piece.checkTo().isBefore(piece.part().to())
                    ? new Interval(piece.checkTo(), piece.part().to())
                    : null;
            if (piece.date().isBefore(rawKeptFrom)) {
                double missing = Math.max(0, piece.checkedSec() - (planned - spillOut(piece)) - spillOut(next));
                unplaced += missing;
                tally.unplacedSec += missing;
                if (unchecked != null) {
                    gaps.add(unchecked);
                    tally.holes.add(unchecked);
                }
                spillInDoubt = tally.spillInDoubt = false;
                continue;
            }
            if (shortfall > CompletenessPlan.TOLERANCE || spillInDoubt && piece.row() != null) {
                ShiftSlot after = calendar.slotOf(piece.shift().to());
                queries.add(new SlotQuery(machineId, piece.slot(), piece.part(), after));
            } else if (unchecked != null) {
                gaps.add(unchecked);
                tally.holes.add(unchecked);
            }
            // Part of a shortfall may be the next shift's first record reaching back over the change while a record of
            // that shift is missing: the two cancel out in the next shift's sum, so it is looked into as well.
            spillInDoubt = tally.spillInDoubt = shortfall > CompletenessPlan.TOLERANCE;
        }
        tallies.keySet().retainAll(tallied);
        return new MachinePlan(
                machineId, expectedSec, gaps, queries, interval(calendar, last), unplaced, Map.copyOf(tallies));
    }

    /** One machine's coverage of the {@code tallied} dates, given the gaps the database found for its queries. */
    Map<LocalDate, DayCoverage> days(List<Interval> uncovered) {
        Map<LocalDate, DayCoverage> days = new HashMap<>();
        tallies.forEach((date, tally) -> days.put(date, tally.coverage(uncovered)));
        return days;
    }

    /** What the shifts of one date add up to, while the plan is made. */
    static final class DayTally {

        private final Interval span;
        private final List<Interval> holes = new ArrayList<>();
        private double expectedSec;
        private double unplacedSec;
        private boolean spillInDoubt;

        private DayTally(Interval span) {
            this.span = span;
        }

        DayCoverage coverage(List<Interval> uncovered) {
            List<Interval> all = new ArrayList<>(holes);
            uncovered.stream()
                    .filter(hole ->
                            !hole.from().isBefore(span.from()) && hole.from().isBefore(span.to()))
                    .forEach(all::add);
            return new DayCoverage(expectedSec, all, unplacedSec, spillInDoubt);
        }
    }

    private static List<Piece> pieces(
            ShiftCalendar calendar,
            ShiftSpans spans,
            ProductionWindow window,
            Interval expected,
            Map<ShiftSlot, SlotTotals> bySlot,
            SlotTotals last,
            List<KnownDays> known) {
        List<Piece> pieces = new ArrayList<>();
        int next = 0;
        LocalDate date = window.from();
        while (!date.isAfter(window.to())) {
            while (next < known.size() && known.get(next).to().isBefore(date)) {
                next++;
            }
            KnownDays run = next < known.size() && known.get(next).contains(date) ? known.get(next) : null;
            for (var shift : run != null ? calendar.shifts().subList(0, 1) : calendar.shifts()) {
                var slot = new ShiftSlot(date, shift.name());
                var span = spans.shift(slot);
                Interval part = span.clip(expected.from(), expected.to());
                if (part.isEmpty()) {
                    continue;
                }
                SlotTotals row = bySlot.get(slot);
                Instant checkTo = part.to();
                if (row != null && row == last) {
                    Instant lastEnd = lastEnd(row, span);
                    if (lastEnd.isBefore(checkTo)) {
                        checkTo = lastEnd.isAfter(part.from()) ? lastEnd : part.from();
                    }
                }
                pieces.add(new Piece(slot, span, part, row, checkTo, run));
            }
            date = run != null ? run.to().plusDays(1) : date.plusDays(1);
        }
        return pieces;
    }

    /**
     * Where the newest records end: a collector record at its poll instant. Records that cover more
     * than the time up to the last poll and the spill before the shift (a manual record, stamped with
     * the shift's start, covers its whole shift) end where their time runs out, at most at the shift's end.
     */
    private static Instant lastEnd(SlotTotals row, Interval shift) {
        double upToLastSeen = new Interval(shift.from(), max(shift.from(), row.lastSeen())).seconds();
        if (row.plannedSec() <= upToLastSeen + CompletenessPlan.SPILL + CompletenessPlan.TOLERANCE) {
            return row.lastSeen();
        }
        Instant byPlanned = shift.from().plusNanos((long) (Math.min(row.plannedSec(), shift.seconds()) * 1e9));
        return max(byPlanned, row.lastSeen());
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Whether the next shift's first record may reach back over all of a shift without records. */
    private static boolean reachableBy(Piece next, Piece piece) {
        return next != null
                && next.row() != null
                && piece.part().seconds() <= CompletenessPlan.SPILL + CompletenessPlan.TOLERANCE;
    }

    /** What a shift's records cover beyond its own expected time: at most the spill over the shift change. */
    private static double spill(Piece next) {
        if (next.row() == null) {
            return 0;
        }
        return Math.min(CompletenessPlan.SPILL, Math.max(0, next.row().plannedSec() - next.checkedSec()));
    }

    /**
     * How far a shift's first record reaches back over the change into the shift before, from where the rollup
     * says it starts: exact where the raw records are gone, where {@link #spill} can only guess.
     */
    private static double spillOut(Piece piece) {
        if (piece == null || piece.row() == null || piece.row().firstStart() == null) {
            return 0;
        }
        double before = new Interval(
                        min(piece.row().firstStart(), piece.shift().from()),
                        piece.shift().from())
                .seconds();
        return Math.min(CompletenessPlan.SPILL, before);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Duration interval(ShiftCalendar calendar, SlotTotals last) {
        if (last == null || last.recordCount() == 0) {
            return Duration.ZERO;
        }
        double length =
                calendar.length(last.slot().productionDate(), last.slot().shift())
                                .toNanos()
                        / 1e9;
        double mean = Math.min(last.plannedSec(), length) / last.recordCount();
        return Duration.ofNanos((long) (mean * 1e9));
    }
}
