package com.amrs.core.completeness;

import com.amrs.core.shift.Interval;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.shift.ShiftSlot;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The instants of a calendar's shifts and dates, worked out once per plan rather than once per machine. */
final class ShiftSpans {

    private final ShiftCalendar calendar;
    private final Map<ShiftSlot, Interval> shifts = new HashMap<>();
    private final Map<LocalDate, Interval> days = new HashMap<>();

    ShiftSpans(ShiftCalendar calendar) {
        this.calendar = calendar;
    }

    Interval shift(ShiftSlot slot) {
        return shifts.computeIfAbsent(slot, s -> new Interval(calendar.start(s), calendar.end(s)));
    }

    Interval day(LocalDate date) {
        return days.computeIfAbsent(date, d -> new Interval(calendar.dayStart(d), calendar.dayEnd(d)));
    }
}
