package com.amrs.api.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ulong;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ushort;

import com.amrs.api.plc.MachineTags;
import com.amrs.api.plc.Signal;
import com.amrs.api.plc.StateMap;
import com.amrs.api.production.CounterBaselineRow;
import com.amrs.core.machine.MachineState;
import com.amrs.core.shift.ShiftCalendar;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterTrackerTests {

    private static final Instant T0 = Instant.parse("2026-01-26T13:59:58Z");
    private static final Instant STARTED = Instant.parse("2026-01-20T00:00:00Z");
    private static final MachineTags SIM = Polls.simulatorMachine("OPC-UA-M1");
    private static final MachineTags FILLER =
            Polls.machine("FILLER-1", StateMap.packml(), Signal.GOOD_COUNT, Signal.REJECT_COUNT, Signal.STATE);

    private final CounterTracker tracker = new CounterTracker(ShiftCalendar.defaults(ZoneId.of("UTC")));

    @Test
    void firstPollOnlySetsTheBaseline() {
        assertThat(tracker.next(sim(100L, 5L, 60.0), T0, STARTED)).isEmpty();
    }

    @Test
    void givesCounterDeltasSinceThePreviousPoll() {
        tracker.next(sim(100L, 5L, 60.0), T0, STARTED);

        var delta =
                tracker.next(sim(112L, 6L, 63.0), T0.plusSeconds(5), STARTED).getFirst();

        assertThat(delta.sample().unitsProduced()).isEqualTo(12);
        assertThat(delta.sample().defectiveUnits()).isEqualTo(1);
        assertThat(delta.sample().downtimeMin()).isEqualTo(3.0 / 60);
        assertThat(delta.sample().source()).isEqualTo("opcua");
        assertThat(delta.sample().state()).isEqualTo(MachineState.RUNNING);
        assertThat(delta.interval()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void takesShiftAndProductionDateFromThePollInstant() {
        tracker.next(sim(100L, 5L, 60.0), T0, STARTED);

        var sample = tracker.next(sim(112L, 6L, 63.0), T0.plusSeconds(5), STARTED)
                .getFirst()
                .sample();

        assertThat(sample.productionDate()).isEqualTo(LocalDate.of(2026, 1, 26));
        assertThat(sample.shift()).isEqualTo("B");
    }

    @Test
    void aCounterThatWentBackwardsFromTheMiddleOfItsRangeMeansThePlcRestarted() {
        tracker.next(sim(5000L, 100L, 600.0), T0, STARTED);

        var sample = tracker.next(sim(7L, 0L, 2.0), T0.plusSeconds(5), STARTED)
                .getFirst()
                .sample();

        assertThat(sample.unitsProduced()).isEqualTo(7);
        assertThat(sample.defectiveUnits()).isZero();
        assertThat(sample.downtimeMin()).isEqualTo(2.0 / 60);
    }

    @Test
    void aChangedServerStartTimeIsARestartEvenWhenTheCountersGrew() {
        tracker.next(sim(5L, 0L, 0.0), T0, STARTED);

        var sample = tracker.next(sim(40L, 2L, 3.0), T0.plusSeconds(60), STARTED.plusSeconds(3600))
                .getFirst()
                .sample();

        assertThat(sample.unitsProduced()).isEqualTo(40);
        assertThat(sample.defectiveUnits()).isEqualTo(2);
        assertThat(sample.downtimeMin()).isEqualTo(3.0 / 60);
    }

    @Test
    void aUInt16CounterThatWrapsCountsAcrossTheTop() {
        tracker.next(filler(ushort(65_530), ushort(65_535), 6), T0, STARTED);

        var sample = tracker.next(filler(ushort(4), ushort(2), 6), T0.plusSeconds(5), STARTED)
                .getFirst()
                .sample();

        // good 65530 → 65535 → 0 → 4 is 10, rejects 65535 → 0 → 2 is 3
        assertThat(sample.defectiveUnits()).isEqualTo(3);
        assertThat(sample.unitsProduced()).isEqualTo(13);
    }

    @Test
    void aSignedInt16CounterWrapsToItsMinimum() {
        tracker.next(filler((short) 32_760, (short) 0, 6), T0, STARTED);

        var sample = tracker.next(filler((short) -32_760, (short) 0, 6), T0.plusSeconds(5), STARTED)
                .getFirst()
                .sample();

        assertThat(sample.unitsProduced()).isEqualTo(16);
    }

    @Test
    void aUInt64CounterAboveTheSignedRangeIsExact() {
        BigInteger high = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.valueOf(1_000));
        var sim = Polls.poll(
                SIM, Signal.TOTAL_COUNT, ulong(high), Signal.REJECT_COUNT, ulong(0L), Signal.STATE, "RUNNING");
        tracker.next(sim, T0, STARTED);

        var next = Polls.poll(
                SIM,
                Signal.TOTAL_COUNT,
                ulong(high.add(BigInteger.valueOf(25))),
                Signal.REJECT_COUNT,
                ulong(1L),
                Signal.STATE,
                "RUNNING");
        var sample = tracker.next(next, T0.plusSeconds(5), STARTED).getFirst().sample();

        assertThat(sample.unitsProduced()).isEqualTo(25);
        assertThat(sample.defectiveUnits()).isEqualTo(1);
    }

    @Test
    void goodAndRejectCountsAddUpToTheUnits() {
        tracker.next(filler(ushort(100), ushort(5), 6), T0, STARTED);

        var sample = tracker.next(filler(ushort(130), ushort(7), 6), T0.plusSeconds(5), STARTED)
                .getFirst()
                .sample();

        assertThat(sample.unitsProduced()).isEqualTo(32);
        assertThat(sample.defectiveUnits()).isEqualTo(2);
    }

    @Test
    void withoutADowntimeNodeDowntimeIsTheTimeInDownByTheStatesAtBothEnds() {
        tracker.next(filler(ushort(1), ushort(0), 6), T0, STARTED);
        var halfDown = tracker.next(filler(ushort(1), ushort(0), 11), T0.plusSeconds(60), STARTED)
                .getFirst();
        var allDown = tracker.next(filler(ushort(1), ushort(0), 11), T0.plusSeconds(120), STARTED)
                .getFirst();

        assertThat(halfDown.sample().downtimeMin()).isEqualTo(0.5);
        assertThat(halfDown.sample().state()).isEqualTo(MachineState.DOWN);
        assertThat(allDown.sample().downtimeMin()).isEqualTo(1.0);
    }

    @Test
    void aMissingCounterIsMissingAndKeepsItsBaseline() {
        tracker.next(sim(100L, 5L, 60.0), T0, STARTED);

        var missing =
                tracker.next(sim(null, 6L, 60.0), T0.plusSeconds(5), STARTED).getFirst();
        var after =
                tracker.next(sim(130L, 6L, 60.0), T0.plusSeconds(10), STARTED).getFirst();

        assertThat(missing.sample().unitsProduced()).isNull();
        assertThat(after.sample().unitsProduced()).isEqualTo(30);
    }

    @Test
    void anInfiniteDoubleCounterIsMissing() {
        tracker.next(sim(100L, 5L, 60.0), T0, STARTED);

        var sample = tracker.next(
                        Polls.poll(
                                SIM,
                                Signal.TOTAL_COUNT,
                                Double.POSITIVE_INFINITY,
                                Signal.REJECT_COUNT,
                                6L,
                                Signal.STATE,
                                "RUNNING"),
                        T0.plusSeconds(5),
                        STARTED)
                .getFirst()
                .sample();

        assertThat(sample.unitsProduced()).isNull();
        assertThat(sample.defectiveUnits()).isEqualTo(1);
    }

    @Test
    void countsOnFromAStoredBaselineAfterARestartSplittingTheGapOverTheShifts() {
        Instant stored = Instant.parse("2026-01-26T13:00:00Z");
        tracker.restore(List.of(new CounterBaselineRow(
                "line1",
                "FILLER-1",
                "good_count",
                BigInteger.valueOf(65_000),
                "UINT16",
                BigInteger.valueOf(10),
                "UINT16",
                null,
                "RUNNING",
                STARTED,
                stored)));

        // 13:00 → 15:00 spans shift A (until 14:00) and B; good 65,000 → 65,535 → 0 → 464 is 1,000
        var deltas = tracker.next(filler(ushort(464), ushort(110), 6), Instant.parse("2026-01-26T15:00:00Z"), STARTED);

        assertThat(deltas).extracting(delta -> delta.sample().shift()).containsExactly("A", "B");
        assertThat(deltas)
                .extracting(delta -> delta.interval())
                .containsExactly(Duration.ofHours(1), Duration.ofHours(1));
        assertThat(deltas)
                .extracting(delta -> delta.sample().timestamp())
                .containsExactly(Instant.parse("2026-01-26T14:00:00Z"), Instant.parse("2026-01-26T15:00:00Z"));
        assertThat(deltas.stream()
                        .mapToLong(delta -> delta.sample().unitsProduced())
                        .sum())
                .isEqualTo(1_100);
        assertThat(deltas.stream()
                        .mapToLong(delta -> delta.sample().defectiveUnits())
                        .sum())
                .isEqualTo(100);
        assertThat(deltas.getFirst().sample().unitsProduced()).isEqualTo(550);
    }

    @Test
    void exportsTheBaselineItCountsFromForTheStore() {
        tracker.next(filler(ushort(100), ushort(5), 6), T0, STARTED);

        assertThat(tracker.baselines("line1", List.of(filler(ushort(100), ushort(5), 6))))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.counted()).isEqualTo("good_count");
                    assertThat(row.totalCount()).isEqualTo(BigInteger.valueOf(100));
                    assertThat(row.totalType()).isEqualTo("UINT16");
                    assertThat(row.rejectCount()).isEqualTo(BigInteger.valueOf(5));
                    assertThat(row.readAt()).isEqualTo(T0);
                    assertThat(row.serverStartTime()).isEqualTo(STARTED);
                });
    }

    @Test
    void aStoredBaselineOfACounterTheTagMapNoLongerMapsIsIgnored() {
        tracker.restore(List.of(new CounterBaselineRow(
                "line1",
                "FILLER-1",
                "total_count",
                BigInteger.valueOf(999_999),
                "UINT32",
                BigInteger.ONE,
                "UINT16",
                null,
                "RUNNING",
                STARTED,
                T0)));

        assertThat(tracker.next(filler(ushort(5), ushort(1), 6), T0.plusSeconds(5), STARTED))
                .isEmpty();
    }

    private static com.amrs.api.plc.MachinePoll sim(Long total, Long rejects, Double downtimeSeconds) {
        return Polls.poll(
                SIM,
                Signal.STATE,
                "RUNNING",
                Signal.TOTAL_COUNT,
                total,
                Signal.REJECT_COUNT,
                rejects,
                Signal.DOWNTIME_SECONDS,
                downtimeSeconds,
                Signal.IDEAL_CYCLE_TIME_SECONDS,
                1.5);
    }

    private static com.amrs.api.plc.MachinePoll filler(Object good, Object rejects, int packmlState) {
        return Polls.poll(FILLER, Signal.GOOD_COUNT, good, Signal.REJECT_COUNT, rejects, Signal.STATE, packmlState);
    }
}
