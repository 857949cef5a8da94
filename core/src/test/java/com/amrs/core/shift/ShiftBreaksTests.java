package com.amrs.core.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Breaks and non-production days: the planned time of a shift (DESIGN §14). */
class ShiftBreaksTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 26);

    private static ShiftBreak pause(String start, int minutes) {
        return new ShiftBreak(LocalTime.parse(start), Duration.ofMinutes(minutes));
    }

    private static ShiftCalendar calendar(ZoneId zone, List<ShiftBreak> a, List<ShiftBreak> c) {
        return new ShiftCalendar(
                zone,
                List.of(
                        new ShiftDefinition("A", LocalTime.of(6, 0), a),
                        new ShiftDefinition("B", LocalTime.of(14, 0)),
                        new ShiftDefinition("C", LocalTime.of(22, 0), c)));
    }

    private static final ShiftCalendar WITH_BREAKS =
            calendar(ZoneOffset.UTC, List.of(pause("12:00", 30), pause("10:00", 15)), List.of(pause("02:00", 20)));

    @Test
    void plannedTimeIsTheShiftLessItsBreaks() {
        assertThat(WITH_BREAKS.plannedTime(new ShiftSlot(MONDAY, "A"))).isEqualTo(Duration.ofMinutes(480 - 45));
        assertThat(WITH_BREAKS.plannedTime(new ShiftSlot(MONDAY, "B"))).isEqualTo(Duration.ofHours(8));
        assertThat(WITH_BREAKS.plannedTime(new ShiftSlot(MONDAY, "C"))).isEqualTo(Duration.ofMinutes(460));
    }

    @Test
    void givesTheBreaksAsInstantsInTimeOrder() {
        assertThat(WITH_BREAKS.breaks(new ShiftSlot(MONDAY, "A")))
                .containsExactly(
                        new Interval(Instant.parse("2026-01-26T10:00:00Z"), Instant.parse("2026-01-26T10:15:00Z")),
                        new Interval(Instant.parse("2026-01-26T12:00:00Z"), Instant.parse("2026-01-26T12:30:00Z")));
        assertThat(WITH_BREAKS.plannedIntervals(new ShiftSlot(MONDAY, "A")))
                .containsExactly(
                        new Interval(Instant.parse("2026-01-26T06:00:00Z"), Instant.parse("2026-01-26T10:00:00Z")),
                        new Interval(Instant.parse("2026-01-26T10:15:00Z"), Instant.parse("2026-01-26T12:00:00Z")),
                        new Interval(Instant.parse("2026-01-26T12:30:00Z"), Instant.parse("2026-01-26T14:00:00Z")));
    }

    @Test
    void putsANightShiftBreakAfterMidnightOnTheNextCalendarDay() {
        assertThat(WITH_BREAKS.breaks(new ShiftSlot(MONDAY, "C")))
                .containsExactly(
                        new Interval(Instant.parse("2026-01-27T02:00:00Z"), Instant.parse("2026-01-27T02:20:00Z")));
    }

    @Test
    void readsBreaksInPlantTimeAcrossTheSpringChange() {
        var berlin = calendar(ZoneId.of("Europe/Berlin"), List.of(), List.of(pause("04:00", 30)));
        var march28 = new ShiftSlot(LocalDate.of(2026, 3, 28), "C"); // 21:00Z to 04:00Z, 7 h

        assertThat(berlin.breaks(march28))
                .containsExactly(
                        new Interval(Instant.parse("2026-03-29T02:00:00Z"), Instant.parse("2026-03-29T02:30:00Z")));
        assertThat(berlin.plannedTime(march28)).isEqualTo(Duration.ofMinutes(7 * 60 - 30));
    }

    @Test
    void aNonProductionDayHasNoPlannedTimeButTheNightBeforeIt() {
        var weekend =
                WITH_BREAKS.withNonProductionDays(NonProductionDays.parse(List.of("SATURDAY", "sunday", "2026-12-25")));
        var friday = LocalDate.of(2026, 1, 30);

        assertThat(weekend.isProductionDay(friday)).isTrue();
        assertThat(weekend.isProductionDay(friday.plusDays(1))).isFalse();
        assertThat(weekend.isProductionDay(LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(weekend.plannedTime(new ShiftSlot(friday, "C"))).isEqualTo(Duration.ofMinutes(460));
        assertThat(weekend.plannedTime(new ShiftSlot(friday.plusDays(1), "A"))).isZero();
        assertThat(weekend.plannedIntervals(new ShiftSlot(friday.plusDays(2), "C")))
                .isEmpty();
        assertThat(weekend.breaks(new ShiftSlot(friday.plusDays(1), "A"))).hasSize(2);
    }

    @Test
    void keepsEveryDayAProductionDayAndNoBreaksByDefault() {
        var defaults = ShiftCalendar.defaults(ZoneOffset.UTC);

        assertThat(defaults.isProductionDay(LocalDate.of(2026, 1, 31))).isTrue();
        assertThat(defaults.breaks(new ShiftSlot(MONDAY, "A"))).isEmpty();
        assertThat(defaults.plannedTime(new ShiftSlot(MONDAY, "C"))).isEqualTo(Duration.ofHours(8));
        assertThat(new ShiftDefinition("A", LocalTime.of(6, 0)).breaks()).isEmpty();
    }

    @Test
    void readsWeekdayNamesInAnyCaseAndIsoDates() {
        var days = NonProductionDays.parse(List.of("Saturday", " SUNDAY ", "2026-12-25"));

        assertThat(days.weekdays()).containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(days.dates()).containsExactly(LocalDate.of(2026, 12, 25));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NonProductionDays.parse(List.of("SATURDAY", "Caturday")))
                .withMessage("[1] = \"Caturday\": neither a weekday name (MONDAY .. SUNDAY, any case)"
                        + " nor an ISO date (2026-12-25)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NonProductionDays.parse(List.of("2026-02-30")))
                .withMessageStartingWith("[0] = \"2026-02-30\": neither");
    }

    @Test
    void refusesABreakThatEndsAfterItsShift() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calendar(ZoneOffset.UTC, List.of(pause("13:50", 15)), List.of()))
                .withMessage(
                        "the break at 13:50 (15m) of shift A ends after the shift, which runs from 06:00 to 14:00");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calendar(ZoneOffset.UTC, List.of(pause("05:00", 15)), List.of()))
                .withMessageContaining("the break at 05:00 (15m) of shift A ends after the shift");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calendar(ZoneOffset.UTC, List.of(), List.of(pause("06:00", 5))))
                .withMessageContaining("of shift C ends after the shift, which runs from 22:00 to 06:00");
    }

    @Test
    void acceptsABreakThatEndsWithItsShift() {
        var calendar = calendar(ZoneOffset.UTC, List.of(pause("13:45", 15)), List.of(pause("05:30", 30)));

        assertThat(calendar.plannedTime(new ShiftSlot(MONDAY, "A"))).isEqualTo(Duration.ofMinutes(465));
        assertThat(calendar.plannedTime(new ShiftSlot(MONDAY, "C"))).isEqualTo(Duration.ofMinutes(450));
    }

    @Test
    void refusesOverlappingBreaks() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calendar(ZoneOffset.UTC, List.of(pause("10:10", 15), pause("10:00", 15)), List.of()))
                .withMessage("the breaks at 10:00 (15m) and 10:10 (15m) of shift A overlap");
    }

    @Test
    void refusesABreakOfNoTime() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> pause("10:00", 0))
                .withMessage("the break at 10:00 must last longer than 0, was PT0S");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ShiftBreak(LocalTime.NOON, Duration.ofMinutes(-5)))
                .withMessageContaining("must last longer than 0");
    }

    @Test
    void aSingleShiftRunsAllDayAndItsBreaksMayCrossMidnight() {
        var allDay = new ShiftCalendar(
                ZoneOffset.UTC, List.of(new ShiftDefinition("D", LocalTime.of(6, 0), List.of(pause("23:50", 20)))));

        assertThat(allDay.breaks(new ShiftSlot(MONDAY, "D")))
                .containsExactly(
                        new Interval(Instant.parse("2026-01-26T23:50:00Z"), Instant.parse("2026-01-27T00:10:00Z")));
        assertThat(allDay.plannedTime(new ShiftSlot(MONDAY, "D"))).isEqualTo(Duration.ofMinutes(24 * 60 - 20));
    }
}
