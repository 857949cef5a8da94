package com.amrs.core.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShiftCalendarTests {

    private static final LocalDate JAN_26 = LocalDate.of(2026, 1, 26);
    private static final ShiftCalendar UTC = ShiftCalendar.defaults(ZoneOffset.UTC);

    private static ShiftDefinition shift(String name, int hour) {
        return new ShiftDefinition(name, LocalTime.of(hour, 0));
    }

    @Test
    void definesShiftsAtSixFourteenAndTwentyTwoByDefault() {
        assertThat(UTC.shifts()).containsExactly(shift("A", 6), shift("B", 14), shift("C", 22));
        assertThat(UTC.zone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void findsTheShiftThatStartedLastAtOrBeforeTheInstant() {
        assertThat(UTC.slotOf(Instant.parse("2026-01-26T08:00:00Z"))).isEqualTo(new ShiftSlot(JAN_26, "A"));
        assertThat(UTC.slotOf(Instant.parse("2026-01-26T13:59:59.999Z"))).isEqualTo(new ShiftSlot(JAN_26, "A"));
        assertThat(UTC.slotOf(Instant.parse("2026-01-26T14:00:00Z"))).isEqualTo(new ShiftSlot(JAN_26, "B"));
        assertThat(UTC.slotOf(Instant.parse("2026-01-26T22:00:00Z"))).isEqualTo(new ShiftSlot(JAN_26, "C"));
    }

    @Test
    void givesTheNightShiftTheDateItStartedOn() {
        assertThat(UTC.slotOf(Instant.parse("2026-01-27T03:00:00Z"))).isEqualTo(new ShiftSlot(JAN_26, "C"));
        assertThat(UTC.slotOf(Instant.parse("2026-01-27T05:59:59Z"))).isEqualTo(new ShiftSlot(JAN_26, "C"));
        assertThat(UTC.slotOf(Instant.parse("2026-01-27T06:00:00Z"))).isEqualTo(new ShiftSlot(JAN_26.plusDays(1), "A"));
    }

    @Test
    void readsShiftStartsInPlantTime() {
        var berlin = ShiftCalendar.defaults(ZoneId.of("Europe/Berlin")); // UTC+1 in January

        assertThat(berlin.slotOf(Instant.parse("2026-01-26T05:30:00Z"))).isEqualTo(new ShiftSlot(JAN_26, "A"));
        assertThat(berlin.slotOf(Instant.parse("2026-01-26T04:59:00Z")))
                .isEqualTo(new ShiftSlot(JAN_26.minusDays(1), "C"));
        assertThat(berlin.start(JAN_26, "A")).isEqualTo(Instant.parse("2026-01-26T05:00:00Z"));
    }

    @Test
    void endsAShiftWhenTheNextOneStarts() {
        assertThat(UTC.start(JAN_26, "C")).isEqualTo(Instant.parse("2026-01-26T22:00:00Z"));
        assertThat(UTC.end(JAN_26, "C")).isEqualTo(Instant.parse("2026-01-27T06:00:00Z"));
        assertThat(UTC.end(JAN_26, "A")).isEqualTo(Instant.parse("2026-01-26T14:00:00Z"));
        assertThat(UTC.length(JAN_26, "B")).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void boundsAProductionDateByItsFirstShift() {
        assertThat(UTC.dayStart(JAN_26)).isEqualTo(Instant.parse("2026-01-26T06:00:00Z"));
        assertThat(UTC.dayEnd(JAN_26)).isEqualTo(Instant.parse("2026-01-27T06:00:00Z"));
    }

    @Test
    void sortsShiftsByStartTime() {
        var calendar =
                new ShiftCalendar(ZoneOffset.UTC, List.of(shift("Night", 22), shift("Early", 6), shift("Late", 14)));

        assertThat(calendar.shifts()).extracting(ShiftDefinition::name).containsExactly("Early", "Late", "Night");
        assertThat(calendar.end(JAN_26, "Early")).isEqualTo(Instant.parse("2026-01-26T14:00:00Z"));
    }

    @Test
    void runsASingleShiftAroundTheClock() {
        var calendar = new ShiftCalendar(ZoneOffset.UTC, List.of(shift("Day", 7)));

        assertThat(calendar.length(JAN_26, "Day")).isEqualTo(Duration.ofHours(24));
        assertThat(calendar.slotOf(Instant.parse("2026-01-26T06:59:00Z")))
                .isEqualTo(new ShiftSlot(JAN_26.minusDays(1), "Day"));
    }

    @Test
    void knowsItsShiftNames() {
        assertThat(UTC.hasShift("B")).isTrue();
        assertThat(UTC.hasShift("D")).isFalse();
        assertThat(UTC.hasShift(null)).isFalse();
    }

    @Test
    void refusesAnUnknownShiftNamingTheKnownOnes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> UTC.start(JAN_26, "D"))
                .withMessage("unknown shift 'D', the calendar has A, B, C");
    }

    @Test
    void refusesACalendarWithoutShifts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ShiftCalendar(ZoneOffset.UTC, List.of()))
                .withMessageContaining("at least one shift");
    }

    @Test
    void refusesDuplicateShiftNames() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ShiftCalendar(ZoneOffset.UTC, List.of(shift("A", 6), shift("A", 14))))
                .withMessage("shift name 'A' is used twice");
    }

    @Test
    void refusesTwoShiftsStartingAtTheSameTime() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ShiftCalendar(ZoneOffset.UTC, List.of(shift("A", 6), shift("B", 6))))
                .withMessage("shifts 'A' and 'B' both start at 06:00");
    }

    @Test
    void refusesBlankShiftNamesAndMissingZone() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ShiftDefinition(" ", LocalTime.NOON))
                .withMessageContaining("shift name");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ShiftCalendar(null, List.of(shift("A", 6))))
                .withMessageContaining("zone");
    }
}
