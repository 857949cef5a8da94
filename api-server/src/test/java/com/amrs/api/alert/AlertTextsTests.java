package com.amrs.api.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertTextsTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void saysSinceWhenInThePlantsTimeWithTheDayOnlyWhenItIsNotToday() {
        var finding =
                new Finding("Filler3", Instant.parse("2026-03-10T09:02:30Z"), "is DOWN (fault 101: Jam)", Map.of());
        assertThat(AlertTexts.firing("filler-down", finding, Instant.parse("2026-03-10T09:07:30Z"), BERLIN))
                .isEqualTo("Filler3 is DOWN (fault 101: Jam) since 10:02 — rule filler-down");
        assertThat(AlertTexts.firing("filler-down", finding, Instant.parse("2026-03-11T06:00:00Z"), BERLIN))
                .isEqualTo("Filler3 is DOWN (fault 101: Jam) since 10 Mar 10:02 — rule filler-down");
    }

    @Test
    void resolvedAndReminderTextsSayHowLongItLasted() {
        assertThat(AlertTexts.resolved("M-3 is DOWN since 10:02 — rule r", Duration.ofSeconds(7 * 60 + 59)))
                .isEqualTo("Resolved after 7 min: M-3 is DOWN since 10:02 — rule r");
        assertThat(AlertTexts.reminder("M-3 is DOWN since 10:02 — rule r", Duration.ofMinutes(65)))
                .isEqualTo("Still firing after 1 h 5 min, not acknowledged: M-3 is DOWN since 10:02 — rule r");
    }

    @Test
    void durationsReadAsAShiftLeadSaysThem() {
        assertThat(AlertTexts.duration(Duration.ofSeconds(40))).isEqualTo("40 s");
        assertThat(AlertTexts.duration(Duration.ofMinutes(5))).isEqualTo("5 min");
        assertThat(AlertTexts.duration(Duration.ofHours(2))).isEqualTo("2 h");
        assertThat(AlertTexts.duration(Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
        assertThat(AlertTexts.duration(Duration.ofHours(76))).isEqualTo("3 d 4 h");
        assertThat(AlertTexts.duration(Duration.ofSeconds(-3))).isEqualTo("0 s");
        assertThat(AlertTexts.number(80.0)).isEqualTo("80");
        assertThat(AlertTexts.number(92.5)).isEqualTo("92.5");
    }
}
