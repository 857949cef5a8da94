package com.amrs.core.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalUnionTests {

    private static Interval span(String from, String to) {
        return new Interval(Instant.parse("2026-01-26T" + from + "Z"), Instant.parse("2026-01-26T" + to + "Z"));
    }

    @Test
    void mergesTouchingSpansAcrossAShiftChange() {
        assertThat(Intervals.union(List.of(span("14:00:00", "14:05:00"), span("13:50:00", "14:00:00"))))
                .containsExactly(span("13:50:00", "14:05:00"));
    }

    @Test
    void keepsSeparateSpansApartAndDropsEmptyOnes() {
        assertThat(Intervals.union(List.of(
                        span("10:00:00", "10:01:00"),
                        span("09:00:00", "09:30:00"),
                        span("09:10:00", "09:20:00"),
                        span("11:00:00", "11:00:00"))))
                .containsExactly(span("09:00:00", "09:30:00"), span("10:00:00", "10:01:00"));
    }

    @Test
    void countsOverlappingTimeOnce() {
        assertThat(Intervals.unionSeconds(List.of(span("06:00:00", "07:00:00"), span("06:30:00", "07:30:00"))))
                .isEqualTo(5_400.0);
    }

    @Test
    void clipsToAStretch() {
        assertThat(span("05:00:00", "07:00:00")
                        .clip(Instant.parse("2026-01-26T06:00:00Z"), Instant.parse("2026-01-26T08:00:00Z")))
                .isEqualTo(span("06:00:00", "07:00:00"));
        assertThat(span("05:00:00", "05:30:00")
                        .clip(Instant.parse("2026-01-26T06:00:00Z"), Instant.parse("2026-01-26T08:00:00Z"))
                        .isEmpty())
                .isTrue();
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> span("07:00:00", "06:00:00"));
    }
}
