package com.amrs.core.shift;

import static com.amrs.core.Arguments.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The production dates from {@code from} through {@code to}, both included (DESIGN §7). */
public record ProductionWindow(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    public ProductionWindow {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") must not be after to (" + to + ")");
        }
    }

    /** Today's calendar date in the plant zone and the {@code days − 1} dates before it. */
    public static ProductionWindow lastDays(int days, Clock clock, ZoneId zone) {
        requireNonNull(zone, "zone");
        return endingOn(LocalDate.ofInstant(requireNonNull(clock, "clock").instant(), zone), days);
    }

    /**
     * Like {@link #lastDays(int, Clock, ZoneId)}, but "today" is the production date of the shift
     * running now: at 03:00 during the night shift that started yesterday, today is yesterday.
     */
    public static ProductionWindow lastDays(int days, Clock clock, ShiftCalendar calendar) {
        requireNonNull(calendar, "calendar");
        return endingOn(
                calendar.slotOf(requireNonNull(clock, "clock").instant()).productionDate(), days);
    }

    private static ProductionWindow endingOn(LocalDate today, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS + ", was " + days);
        }
        return new ProductionWindow(today.minusDays(days - 1L), today);
    }

    public int days() {
        return Math.toIntExact(ChronoUnit.DAYS.between(from, to) + 1);
    }

    public boolean contains(LocalDate productionDate) {
        return !productionDate.isBefore(from) && !productionDate.isAfter(to);
    }

    public List<LocalDate> dates() {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    /** The start of the first shift of {@code from}. */
    public Instant startInstant(ShiftCalendar calendar) {
        return calendar.dayStart(from);
    }

    /** The start of the first shift after {@code to}: the window's exclusive end. */
    public Instant endInstant(ShiftCalendar calendar) {
        return calendar.dayEnd(to);
    }
}
