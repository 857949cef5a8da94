package com.amrs.api.downtime;

import com.amrs.api.downtime.TimelineView.Interval;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.shift.ShiftSlot;
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
    private final Clock clock;

    Timeline(JdbcClient jdbc, ShiftCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    TimelineView of(String machineId, LocalDate date) {
        List<ShiftSlot> slots = calendar.slots(date);
        Instant dayStart = calendar.start(slots.getFirst());
        Instant now = clock.instant();
        Instant dayEnd = min(calendar.end(slots.getLast()), now);
        List<Interval> intervals = new ArrayList<>();
        if (!dayEnd.isAfter(dayStart)) {
            return new TimelineView(machineId, date, intervals);
        }
        Instant[] covered = covered(machineId, date);
        Instant at = dayStart;
        for (StopSpan stop : stops(machineId, date, now)) {
            Instant from = max(stop.from(), dayStart);
            Instant to = min(stop.to(), dayEnd);
            if (!to.isAfter(from) || from.isBefore(at)) {
                continue;
            }
            running(intervals, at, from, covered);
            intervals.add(new Interval(from, to, stop.state(), stop.reasonCode(), stop.reason()));
            at = to;
        }
        running(intervals, at, dayEnd, covered);
        return new TimelineView(machineId, date, intervals);
    }

    /** RUNNING where the records cover [from, to), NO_DATA before and after them. */
    private static void running(List<Interval> intervals, Instant from, Instant to, Instant[] covered) {
        Instant runFrom = covered == null ? to : clamp(covered[0], from, to);
        Instant runTo = covered == null ? to : clamp(covered[1], runFrom, to);
        add(intervals, from, runFrom, "NO_DATA");
        add(intervals, runFrom, runTo, "RUNNING");
        add(intervals, runTo, to, "NO_DATA");
    }

    private static void add(List<Interval> intervals, Instant from, Instant to, String state) {
        if (to.isAfter(from)) {
            intervals.add(new Interval(from, to, state, null, null));
        }
    }

    private static Instant clamp(Instant value, Instant low, Instant high) {
        return max(low, min(value, high));
    }

    private List<StopSpan> stops(String machineId, LocalDate date, Instant now) {
        return jdbc.sql("""
                        select started_at, coalesce(ended_at, greatest(started_at, ?)), state, reason_code, reason
                        from machine_stops where machine_id = ? and production_date = ? order by started_at""")
                .params(Timestamp.from(now), machineId, date)
                .query((rs, i) -> new StopSpan(
                        rs.getTimestamp(1).toInstant(),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        (Integer) rs.getObject(4),
                        rs.getString(5)))
                .list();
    }

    /** From the start of the first record's interval to the last record's end; null without records. */
    private Instant[] covered(String machineId, LocalDate date) {
        return jdbc.sql("""
                        select min(recorded_at - interval_sec * interval '1 second'), max(recorded_at)
                        from live_production where production_date = ? and machine_id = ?""").params(date, machineId).query(rs -> {
            rs.next();
            Timestamp first = rs.getTimestamp(1);
            return first == null
                    ? null
                    : new Instant[] {first.toInstant(), rs.getTimestamp(2).toInstant()};
        });
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
