package com.amrs.api.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.core.machine.MachineReading;
import com.amrs.core.machine.MachineState;
import com.amrs.core.shift.ShiftCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CounterTrackerTests {

    private static final Instant T0 = Instant.parse("2026-01-26T13:59:58Z");

    private final CounterTracker tracker = new CounterTracker(ShiftCalendar.defaults(ZoneId.of("UTC")));

    @Test
    void firstReadingOnlySetsTheBaseline() {
        assertThat(tracker.next(reading(T0, 100L, 5L, 60.0))).isEmpty();
    }

    @Test
    void givesCounterDeltasSinceThePreviousReading() {
        tracker.next(reading(T0, 100L, 5L, 60.0));

        var delta = tracker.next(reading(T0.plusSeconds(5), 112L, 6L, 63.0)).orElseThrow();

        assertThat(delta.sample().unitsProduced()).isEqualTo(12);
        assertThat(delta.sample().defectiveUnits()).isEqualTo(1);
        assertThat(delta.sample().downtimeMin()).isEqualTo(3.0 / 60);
        assertThat(delta.sample().source()).isEqualTo("opcua");
        assertThat(delta.interval()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void takesShiftAndProductionDateFromTheReadingInstant() {
        tracker.next(reading(T0, 100L, 5L, 60.0));

        var sample = tracker.next(reading(T0.plusSeconds(5), 112L, 6L, 63.0))
                .orElseThrow()
                .sample();

        assertThat(sample.productionDate()).isEqualTo(LocalDate.of(2026, 1, 26));
        assertThat(sample.shift()).isEqualTo("B");
    }

    @Test
    void aCounterThatWentBackwardsMeansThePlcRestarted() {
        tracker.next(reading(T0, 5000L, 100L, 600.0));

        var sample = tracker.next(reading(T0.plusSeconds(5), 7L, 0L, 2.0))
                .orElseThrow()
                .sample();

        assertThat(sample.unitsProduced()).isEqualTo(7);
        assertThat(sample.defectiveUnits()).isZero();
        assertThat(sample.downtimeMin()).isEqualTo(2.0 / 60);
    }

    @Test
    void aMissingCounterIsMissingAndKeepsItsBaseline() {
        tracker.next(reading(T0, 100L, 5L, 60.0));

        var missing = tracker.next(reading(T0.plusSeconds(5), null, 6L, 60.0)).orElseThrow();
        var after = tracker.next(reading(T0.plusSeconds(10), 130L, 6L, 60.0)).orElseThrow();

        assertThat(missing.sample().unitsProduced()).isNull();
        assertThat(after.sample().unitsProduced()).isEqualTo(30);
    }

    private static MachineReading reading(Instant at, Long total, Long rejects, Double downtimeSeconds) {
        return new MachineReading("OPC-UA-M1", at, MachineState.RUNNING, total, rejects, downtimeSeconds, 1.5, 0);
    }
}
