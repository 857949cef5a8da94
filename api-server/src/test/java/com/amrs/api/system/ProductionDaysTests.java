package com.amrs.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.core.shift.ShiftCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** {@code days=N} windows follow the shift running now, as the live view does. */
class ProductionDaysTests {

    private static final ShiftCalendar SHIFTS_AT_6_14_22 = ShiftCalendar.defaults(ZoneId.of("UTC"));

    @Test
    void duringTheNightShiftTodayIsTheDayItBegan() {
        var days = new ProductionDays(at("2026-01-26T03:00:00Z"), SHIFTS_AT_6_14_22);

        assertThat(days.last(1).from()).isEqualTo(LocalDate.of(2026, 1, 25));
        assertThat(days.last(1).to()).isEqualTo(LocalDate.of(2026, 1, 25));
        assertThat(days.last(7).from()).isEqualTo(LocalDate.of(2026, 1, 19));
    }

    @Test
    void fromTheFirstShiftOnTodayIsTheCalendarDay() {
        var days = new ProductionDays(at("2026-01-26T06:00:00Z"), SHIFTS_AT_6_14_22);

        assertThat(days.last(1).to()).isEqualTo(LocalDate.of(2026, 1, 26));
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
