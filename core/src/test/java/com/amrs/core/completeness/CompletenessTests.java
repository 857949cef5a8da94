package com.amrs.core.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.core.shift.Interval;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletenessTests {

    private static final Instant SIX = Instant.parse("2026-01-26T06:00:00Z");

    @Test
    void roundsThePercentageLikeTheKpis() {
        // 14,395 of 14,400 s: 99.965 % -> 99.97
        var completeness = Completeness.of(
                List.of(new MachineCoverage("M1", 14_400, 14_395, List.of())),
                (machine, gap) -> GapReason.NOT_COLLECTED);

        assertThat(completeness.percent()).isEqualTo(99.97);
        assertThat(completeness.coveredMin()).isEqualTo(239.92);
        assertThat(completeness.expectedMin()).isEqualTo(240.0);
    }

    @Test
    void neverShowsHundredWhileTimeIsMissing() {
        // one minute missing of a week: 99.990 % -> shown as 99.99, not rounded up to 100
        double week = 7 * 86_400;
        var oneMinute = new Interval(SIX, SIX.plusSeconds(60));
        var completeness = Completeness.of(
                List.of(new MachineCoverage("M1", week * 5, week * 5 - 60, List.of(oneMinute))),
                (machine, gap) -> GapReason.REJECTED);

        assertThat(completeness.percent()).isEqualTo(99.99);
        assertThat(completeness.gaps()).containsExactly(new Gap("M1", SIX, SIX.plusSeconds(60), GapReason.REJECTED));
    }

    @Test
    void isHundredWhenEverythingIsCovered() {
        var completeness = Completeness.of(
                List.of(new MachineCoverage("M1", 3_600, 3_600, List.of())), (machine, gap) -> GapReason.NOT_COLLECTED);

        assertThat(completeness.percent()).isEqualTo(100.0);
    }

    @Test
    void hasNoPercentageWhenNoTimeWasExpected() {
        assertThat(Completeness.of(List.of(), (machine, gap) -> GapReason.NOT_COLLECTED))
                .isEqualTo(new Completeness(null, 0, 0, List.of()))
                .isEqualTo(Completeness.none());
    }

    @Test
    void poolsMachinesAndListsTheirGapsOldestFirst() {
        var early = new Interval(SIX, SIX.plusSeconds(600));
        var late = new Interval(SIX.plusSeconds(3_000), SIX.plusSeconds(3_120));
        var completeness = Completeness.of(
                List.of(
                        new MachineCoverage("M2", 3_600, 3_480, List.of(late)),
                        new MachineCoverage("M1", 3_600, 3_000, List.of(early))),
                (machine, gap) -> machine.equals("M1") ? GapReason.PLC_UNREACHABLE : GapReason.NOT_COLLECTED);

        // 6,480 of 7,200 s = 90 %
        assertThat(completeness.percent()).isEqualTo(90.0);
        assertThat(completeness.gaps())
                .extracting(Gap::machineId, Gap::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("M1", GapReason.PLC_UNREACHABLE),
                        org.assertj.core.groups.Tuple.tuple("M2", GapReason.NOT_COLLECTED));
    }

    @Test
    void namesTheReasonOfAGap() {
        assertThat(GapReason.of(true, true).code()).isEqualTo("plc_unreachable");
        assertThat(GapReason.of(false, true).code()).isEqualTo("rejected");
        assertThat(GapReason.of(false, false).code()).isEqualTo("not_collected");
    }
}
