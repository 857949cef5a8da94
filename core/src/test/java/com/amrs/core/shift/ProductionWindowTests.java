package com.amrs.core.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductionWindowTests {

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void coversTodayAndTheSixDaysBeforeForSevenDays() {
        var window = ProductionWindow.lastDays(7, at("2026-01-26T10:00:00Z"), ZoneOffset.UTC);

        assertThat(window).isEqualTo(new ProductionWindow(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 26)));
        assertThat(window.days()).isEqualTo(7);
        assertThat(window.dates())
                .hasSize(7)
                .startsWith(LocalDate.of(2026, 1, 20))
                .endsWith(LocalDate.of(2026, 1, 26));
    }

    @Test
    void coversOnlyTodayForOneDay() {
        var window = ProductionWindow.lastDays(1, at("2026-01-26T10:00:00Z"), ZoneOffset.UTC);

        assertThat(window.from()).isEqualTo(LocalDate.of(2026, 1, 26));
        assertThat(window.to()).isEqualTo(LocalDate.of(2026, 1, 26));
    }

    @Test
    void takesTodayFromThePlantZone() {
        // 23:30Z on January 26 is already January 27 in Berlin
        var window = ProductionWindow.lastDays(1, at("2026-01-26T23:30:00Z"), ZoneId.of("Europe/Berlin"));

        assertThat(window.to()).isEqualTo(LocalDate.of(2026, 1, 27));
    }

    @Test
    void canTakeTodayFromTheRunningShift() {
        // 02:00 on January 27 is still shift C of January 26
        var calendar = ShiftCalendar.defaults(ZoneOffset.UTC);

        var window = ProductionWindow.lastDays(2, at("2026-01-27T02:00:00Z"), calendar);

        assertThat(window).isEqualTo(new ProductionWindow(LocalDate.of(2026, 1, 25), LocalDate.of(2026, 1, 26)));
    }

    @Test
    void allowsAFullLeapYear() {
        var window = ProductionWindow.lastDays(366, at("2028-12-31T12:00:00Z"), ZoneOffset.UTC);

        assertThat(window.from()).isEqualTo(LocalDate.of(2028, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 367, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void refusesDaysOutsideOneTo366(int days) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProductionWindow.lastDays(days, at("2026-01-26T10:00:00Z"), ZoneOffset.UTC))
                .withMessage("days must be between 1 and 366, was " + days);
    }

    @Test
    void startsAtTheFirstShiftOfItsFirstDateAndEndsAtTheFirstShiftAfterItsLast() {
        var window = new ProductionWindow(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 26));
        var calendar = ShiftCalendar.defaults(ZoneOffset.UTC);

        assertThat(window.startInstant(calendar)).isEqualTo(Instant.parse("2026-01-20T06:00:00Z"));
        assertThat(window.endInstant(calendar)).isEqualTo(Instant.parse("2026-01-27T06:00:00Z"));
    }

    @Test
    void containsItsBoundaryDates() {
        var window = new ProductionWindow(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 26));

        assertThat(window.contains(LocalDate.of(2026, 1, 20))).isTrue();
        assertThat(window.contains(LocalDate.of(2026, 1, 26))).isTrue();
        assertThat(window.contains(LocalDate.of(2026, 1, 27))).isFalse();
        assertThat(window.contains(LocalDate.of(2026, 1, 19))).isFalse();
    }

    @Test
    void refusesAWindowThatEndsBeforeItStarts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProductionWindow(LocalDate.of(2026, 1, 26), LocalDate.of(2026, 1, 20)))
                .withMessageContaining("from");
    }
}
