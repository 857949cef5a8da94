package com.amrs.core.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.core.shift.Interval;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.shift.ShiftSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CompletenessPlanTests {

    static final ShiftCalendar CALENDAR = ShiftCalendar.defaults(ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 1, 26);
    static final ProductionWindow TODAY_ONLY = new ProductionWindow(TODAY, TODAY);

    private static Instant at(String time) {
        return Instant.parse("2026-01-26T" + time + "Z");
    }

    /** Polls every 5 s from 06:00 until now, without those from 06:30 to 06:42. */
    private static Records everyFiveSecondsWithAHole(Instant now) {
        int polls = (int) ((now.getEpochSecond() - at("06:00:00").getEpochSecond()) / 5);
        List<Boolean> kept = IntStream.range(0, polls)
                .mapToObj(i -> {
                    Instant end = at("06:00:00").plusSeconds(5L * (i + 1));
                    return !end.isAfter(at("06:30:00")) || end.isAfter(at("06:42:00"));
                })
                .toList();
        return Records.polls(CALENDAR, "M1", at("06:00:00"), 5, kept);
    }

    private static List<MachineCoverage> coverage(
            Records records, ProductionWindow window, Instant now, Instant first) {
        var plan =
                CompletenessPlan.of(CALENDAR, window, now, Map.of(records.machineId(), first), records.rollup(window));
        return plan.complete(Map.of(records.machineId(), records.uncovered(plan.queries())));
    }

    @Test
    void findsAHoleOfTwelveMinutesInTheMorning() {
        Instant now = at("10:00:00");
        Records records = everyFiveSecondsWithAHole(now);
        var plan = CompletenessPlan.of(
                CALENDAR, TODAY_ONLY, now, Map.of("M1", at("06:00:00")), records.rollup(TODAY_ONLY));

        assertThat(plan.queries()).extracting(SlotQuery::slot).containsExactly(new ShiftSlot(TODAY, "A"));
        var machine =
                plan.complete(Map.of("M1", records.uncovered(plan.queries()))).getFirst();
        assertThat(machine.expectedSec()).isEqualTo(4 * 3_600.0);
        assertThat(machine.coveredSec()).isEqualTo(4 * 3_600.0 - 12 * 60);
        assertThat(machine.gaps()).containsExactly(new Interval(at("06:30:00"), at("06:42:00")));
    }

    @Test
    void aHoleInRecordsThatRetentionDroppedStillCountsButHasNoPlace() {
        Instant now = at("10:00:00");
        Records records = everyFiveSecondsWithAHole(now);
        var plan = CompletenessPlan.of(
                CALENDAR, TODAY_ONLY, now, Map.of("M1", at("06:00:00")), records.rollup(TODAY_ONLY), TODAY.plusDays(1));

        assertThat(plan.queries()).isEmpty();
        var machine = plan.complete(Map.of()).getFirst();
        assertThat(machine.expectedSec()).isEqualTo(4 * 3_600.0);
        assertThat(machine.coveredSec()).isCloseTo(4 * 3_600.0 - 12 * 60, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(machine.gaps()).isEmpty();
    }

    @Test
    void asksNothingOfTheDatabaseWhenTheRecordsTile() {
        Instant now = at("15:00:03");
        // polls every 7 s from 06:00: the first record after 14:00 reaches back over the shift change
        Records records = Records.polls(
                CALENDAR, "M1", at("06:00:00"), 7, new ArrayList<>(java.util.Collections.nCopies(32_400 / 7, true)));
        var plan = CompletenessPlan.of(
                CALENDAR, TODAY_ONLY, now, Map.of("M1", at("06:00:00")), records.rollup(TODAY_ONLY));

        assertThat(plan.queries()).isEmpty();
        var machine = plan.complete(Map.of()).getFirst();
        // the last poll was at 14:59:59 (4,628 x 7 s), 4 s ago: not due yet, so not missing
        assertThat(machine.gaps()).isEmpty();
        assertThat(machine.coveredSec()).isEqualTo(machine.expectedSec());
    }

    @Test
    void aMachineSilentSinceTheMorningHasATrailingGapToNow() {
        Instant now = at("10:00:00");
        Records records = Records.polls(CALENDAR, "M1", at("06:00:00"), 5, java.util.Collections.nCopies(720, true));

        var machine = coverage(records, TODAY_ONLY, now, at("06:00:00")).getFirst();

        assertThat(machine.gaps()).containsExactly(new Interval(at("07:00:00"), now));
        assertThat(machine.coveredSec()).isEqualTo(3_600.0);
    }

    @Test
    void aManualRecordCoversItsWholeShift() {
        Instant now = at("16:00:00");
        // shift A posted by hand (stamped 06:00, 8 h), then the collector from 14:00 on
        Records records = Records.polls(CALENDAR, "M1", at("14:00:00"), 5, java.util.Collections.nCopies(1_440, true))
                .with(new Records.Row(new ShiftSlot(TODAY, "A"), at("06:00:00"), 28_800, true));

        var machine = coverage(records, TODAY_ONLY, now, at("06:00:00")).getFirst();

        assertThat(machine.expectedSec()).isEqualTo(10 * 3_600.0);
        assertThat(machine.coveredSec()).isEqualTo(10 * 3_600.0);
        assertThat(machine.gaps()).isEmpty();
    }

    @Test
    void aManualAndACollectorRecordOfTheSameShiftCountOnce() {
        Instant now = at("14:00:00");
        Records records = Records.polls(CALENDAR, "M1", at("06:00:00"), 5, java.util.Collections.nCopies(5_760, true))
                .with(new Records.Row(new ShiftSlot(TODAY, "A"), at("06:00:00"), 28_800, true));

        var machine = coverage(records, TODAY_ONLY, now, at("06:00:00")).getFirst();

        assertThat(machine.coveredSec()).isEqualTo(machine.expectedSec()).isEqualTo(8 * 3_600.0);
    }

    @Test
    void countsOnlyTheTimeSinceTheMachineWasFirstSeen() {
        Instant now = at("10:00:00");
        Records records = Records.polls(CALENDAR, "M1", at("09:00:00"), 5, java.util.Collections.nCopies(720, true));

        var machine = coverage(records, new ProductionWindow(TODAY.minusDays(6), TODAY), now, at("09:00:00"))
                .getFirst();

        assertThat(machine.expectedSec()).isEqualTo(3_600.0);
        assertThat(machine.coveredSec()).isEqualTo(3_600.0);
    }

    @Test
    void aMachineSeenBeforeTheWindowButSilentInItMissesTheWholeWindow() {
        Instant now = at("10:00:00");
        var plan = CompletenessPlan.of(
                CALENDAR, TODAY_ONLY, now, Map.of("M1", at("06:00:00").minusSeconds(86_400)), List.of());

        var machine = plan.complete(Map.of()).getFirst();

        assertThat(plan.queries()).isEmpty();
        assertThat(machine.expectedSec()).isEqualTo(4 * 3_600.0);
        assertThat(machine.coveredSec()).isZero();
        assertThat(machine.gaps()).containsExactly(new Interval(at("06:00:00"), now));
        assertThat(plan.reachesNow(machine.gaps().getFirst())).isTrue();
    }
}
