package com.amrs.core.shift;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Europe/Berlin changes at 01:00 UTC (2026-03-29 to CEST, 2026-10-25 to CET); New York at 02:00 local. */
class ShiftCalendarDstTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ShiftCalendar DEFAULTS_BERLIN = ShiftCalendar.defaults(BERLIN);
    private static final ShiftCalendar DEFAULTS_NEW_YORK = ShiftCalendar.defaults(ZoneId.of("America/New_York"));

    // N starts at 02:30, inside Berlin's spring gap (02:00-03:00) and autumn overlap (02:00-03:00)
    static final List<ShiftDefinition> STARTS_AT_HALF_PAST_TWO = List.of(
            new ShiftDefinition("N", LocalTime.of(2, 30)),
            new ShiftDefinition("D", LocalTime.of(10, 30)),
            new ShiftDefinition("S", LocalTime.of(18, 30)));

    @Test
    void shortensTheNightShiftAcrossTheSpringChange() {
        var march28 = LocalDate.of(2026, 3, 28);

        // 22:00 CET = 21:00Z until 06:00 CEST = 04:00Z
        assertThat(DEFAULTS_BERLIN.start(march28, "C")).isEqualTo(Instant.parse("2026-03-28T21:00:00Z"));
        assertThat(DEFAULTS_BERLIN.end(march28, "C")).isEqualTo(Instant.parse("2026-03-29T04:00:00Z"));
        assertThat(DEFAULTS_BERLIN.length(march28, "C")).isEqualTo(Duration.ofHours(7));
        assertThat(DEFAULTS_BERLIN.length(march28.plusDays(1), "A")).isEqualTo(Duration.ofHours(8));
        assertThat(Duration.between(DEFAULTS_BERLIN.dayStart(march28), DEFAULTS_BERLIN.dayEnd(march28)))
                .isEqualTo(Duration.ofHours(23));
    }

    @Test
    void lengthensTheNightShiftAcrossTheAutumnChange() {
        var october24 = LocalDate.of(2026, 10, 24);

        // 22:00 CEST = 20:00Z until 06:00 CET = 05:00Z
        assertThat(DEFAULTS_BERLIN.length(october24, "C")).isEqualTo(Duration.ofHours(9));
        assertThat(Duration.between(DEFAULTS_BERLIN.dayStart(october24), DEFAULTS_BERLIN.dayEnd(october24)))
                .isEqualTo(Duration.ofHours(25));
    }

    @Test
    void keepsTheNightAcrossAChangeInTheShiftThatStartedIt() {
        // 03:30 CEST on March 29 and the second 02:30 (CET) on October 25
        assertThat(DEFAULTS_BERLIN.slotOf(Instant.parse("2026-03-29T01:30:00Z")))
                .isEqualTo(new ShiftSlot(LocalDate.of(2026, 3, 28), "C"));
        assertThat(DEFAULTS_BERLIN.slotOf(Instant.parse("2026-10-25T01:30:00Z")))
                .isEqualTo(new ShiftSlot(LocalDate.of(2026, 10, 24), "C"));
    }

    @Test
    void followsNewYorkChanges() {
        // 22:00 EST = 03:00Z until 06:00 EDT = 10:00Z; 22:00 EDT = 02:00Z until 06:00 EST = 11:00Z
        assertThat(DEFAULTS_NEW_YORK.length(LocalDate.of(2026, 3, 7), "C")).isEqualTo(Duration.ofHours(7));
        assertThat(DEFAULTS_NEW_YORK.end(LocalDate.of(2026, 3, 7), "C"))
                .isEqualTo(Instant.parse("2026-03-08T10:00:00Z"));
        assertThat(DEFAULTS_NEW_YORK.length(LocalDate.of(2026, 10, 31), "C")).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void movesAShiftStartInTheSpringGapForwardByTheGap() {
        var calendar = new ShiftCalendar(BERLIN, STARTS_AT_HALF_PAST_TWO);
        var march29 = LocalDate.of(2026, 3, 29);

        // 02:30 does not exist on March 29: it becomes 03:30 CEST = 01:30Z
        assertThat(calendar.start(march29, "N")).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(calendar.length(march29.minusDays(1), "S")).isEqualTo(Duration.ofHours(8)); // 17:30Z-01:30Z
        assertThat(calendar.length(march29, "N")).isEqualTo(Duration.ofHours(7)); // 03:30-10:30 CEST
        assertThat(calendar.slotOf(Instant.parse("2026-03-29T01:29:59Z")))
                .isEqualTo(new ShiftSlot(march29.minusDays(1), "S"));
    }

    @Test
    void startsAShiftInTheAutumnOverlapAtItsFirstOccurrence() {
        var calendar = new ShiftCalendar(BERLIN, STARTS_AT_HALF_PAST_TWO);
        var october25 = LocalDate.of(2026, 10, 25);

        // 02:30 happens twice; the first is 02:30 CEST = 00:30Z
        assertThat(calendar.start(october25, "N")).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(calendar.length(october25, "N")).isEqualTo(Duration.ofHours(9)); // until 10:30 CET = 09:30Z
        assertThat(calendar.slotOf(Instant.parse("2026-10-25T01:30:00Z"))) // the second 02:30
                .isEqualTo(new ShiftSlot(october25, "N"));
    }
}
