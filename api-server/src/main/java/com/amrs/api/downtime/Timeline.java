package com.amrs.api.downtime;

import com.amrs.api.downtime.TimelineView.StateInterval;
import com.amrs.core.shift.Interval;
import com.amrs.core.shift.Intervals;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.shift.ShiftSlot;
import com.amrs.store.MachineFilter;
import com.amrs.store.completeness.CompletenessReader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A machine's production date as state intervals, from its stops and the time its records cover. */
@Component
class Timeline {

    private record StopSpan(Instant from, Instant to, String state, Integer reasonCode, String reason) {}

    private final JdbcClient jdbc;
    private final ShiftCalendar calendar;
    private final CompletenessReader completeness;
    private final Clock clock;

    Timeline(JdbcClient jdbc, ShiftCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.completeness = new CompletenessReader(jdbc, calendar);
        this.clock = clock;
    }

    /** The machine of the filter's plant (any plant of the site's own database when it names none). */
    TimelineView of(MachineFilter plant, String machineId, LocalDate date) {
        List<ShiftSlot> slots = calendar.slots(date);
        Instant dayStart = calendar.start(slots.getFirst());
        Instant now = clock.instant();
        Instant dayEnd = min(calendar.end(slots.getLast()), now);
        List<StateInterval> intervals = new ArrayList<>();
        if (!dayEnd.isAfter(dayStart)) {
            return new TimelineView(machineId, date, intervals);
        }
        List<Interval> covered = covered(plant, machineId, date, now);
        Instant at = dayStart;
        for (StopSpan stop : stops(plant, machineId, date, now)) {
            Instant from = max(max(stop.from(), dayStart), at);
            Instant to = min(stop.to(), dayEnd);
            if (!to.isAfter(from)) {
                continue;
            }
            running(intervals, at, from, covered);
            intervals.add(new StateInterval(from, to, stop.state(), stop.reasonCode(), stop.reason()));
            at = to;
        }
        running(intervals, at, dayEnd, covered);
        return new TimelineView(machineId, date, intervals);
    }

    /** RUNNING where the records cover [from, to), NO_DATA elsewhere. */
    private static void running(List<StateInterval> intervals, Instant from, Instant to, List<Interval> covered) {
        Instant at = from;
        for (Interval span : covered) {
            Instant runFrom = clamp(span.from(), at, to);
            Instant runTo = clamp(span.to(), runFrom, to);
            add(intervals, at, runFrom, "NO_DATA");
            add(intervals, runFrom, runTo, "RUNNING");
            at = max(at, runTo);
        }
        add(intervals, at, to, "NO_DATA");
    }

    private static void add(List<StateInterval> intervals, Instant from, Instant to, String state) {
        if (to.isAfter(from)) {
            intervals.add(new StateInterval(from, to, state, null, null));
        }
    }

    private static Instant clamp(Instant value, Instant low, Instant high) {
        return max(low, min(value, high));
    }

    private List<StopSpan> stops(MachineFilter plant, String machineId, LocalDate date, Instant now) {
        return jdbc.sql("""
                        select started_at, coalesce(ended_at, greatest(started_at, ?)), state, reason_code, reason
                        from machine_stops where machine_id = ? and production_date = ?
                          and (cast(? as text) is null or plant_id = cast(? as text))
                        order by started_at""")
                .params(Timestamp.from(now), machineId, date, plant.plantParameter(), plant.plantParameter())
                .query((rs, i) -> new StopSpan(
                        rs.getTimestamp(1).toInstant(),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        (Integer) rs.getObject(4),
                        rs.getString(5)))
                .list();
    }

    /**
     * What the records cover: from the start of the first record's interval to the last record's end, less
     * the gaps of a minute or more that completeness finds (DESIGN.md §13); sorted, disjoint. From the rollup,
     * which outlives the raw records.
     */
    private List<Interval> covered(MachineFilter plant, String machineId, LocalDate date, Instant now) {
        Interval records = jdbc.sql("""
                        select min(first_start), max(last_seen)
                        from production_shift_totals where production_date = ? and machine_id = ?
                          and (cast(? as text) is null or plant_id = cast(? as text))""")
                .params(date, machineId, plant.plantParameter(), plant.plantParameter())
                .query(rs -> {
                    rs.next();
                    Timestamp first = rs.getTimestamp(1);
                    return first == null
                            ? null
                            : new Interval(first.toInstant(), rs.getTimestamp(2).toInstant());
                });
        if (records == null) {
            return List.of();
        }
        List<Interval> gaps = completeness
                .read(
                        new ProductionWindow(date, date),
                        MachineFilter.of(List.of(machineId)).inPlant(plant.plantParameter()),
                        now,
                        id -> false)
                .machine(machineId)
                .gaps()
                .stream()
                .map(gap -> new Interval(gap.from(), gap.to()))
                .toList();
        return Intervals.subtract(List.of(records), gaps);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
