package com.amrs.core.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.amrs.core.shift.Interval;
import com.amrs.core.shift.Intervals;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The plan reads the rollup and asks the database only about short shifts; whatever the records,
 * it must come to what the union of all records' intervals gives.
 */
class CompletenessPlanPropertyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 29);

    /**
     * Found by the property: the first record of shift B reaches back over the change while the next record of B is
     * missing, so B's sum is its whole time and only A looked short.
     */
    @Example
    void aMissingRecordJustAfterAShiftChangeIsNotHiddenByTheSpillOfTheOneBefore() {
        agreesWithTheUnionOfAllRecords(11, 28657, 165, 1, 0, true, 2);
    }

    /** Found by the property: the same at the end of a shift with a long gap of its own before the change. */
    @Example
    void aMissingLastRecordOfAShiftIsNotHiddenByTheSpillOfItsFirst() {
        agreesWithTheUnionOfAllRecords(20, 3380, 90040, 4, 0, true, 18);
    }

    @Property(tries = 1000)
    void agreesWithTheUnionOfAllRecords(
            @ForAll @IntRange(min = 1, max = 60) int intervalSec,
            @ForAll @IntRange(min = 0, max = 40 * 3_600) int firstAfterSec,
            @ForAll @IntRange(min = 60, max = 30 * 3_600) int runSec,
            @ForAll @IntRange(min = 0, max = 6) int holes,
            @ForAll @IntRange(min = 0, max = 3_600) int silentSec,
            @ForAll boolean berlin,
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        ShiftCalendar calendar = ShiftCalendar.defaults(berlin ? ZoneId.of("Europe/Berlin") : ZoneId.of("UTC"));
        var window = new ProductionWindow(TODAY.minusDays(2), TODAY);
        Instant first = window.startInstant(calendar).plusSeconds(firstAfterSec);
        int polls = runSec / intervalSec;
        Instant now = first.plusSeconds((long) polls * intervalSec + silentSec);
        if (!now.isBefore(window.endInstant(calendar))) {
            return;
        }
        List<Boolean> kept = withHoles(polls, holes, polls / 10, seed);
        kept.set(0, true); // first seen: the machine's first record's start
        Records records = Records.polls(calendar, "M1", first, intervalSec, kept);
        var plan = CompletenessPlan.of(calendar, window, now, Map.of("M1", first), records.rollup(window));
        var machine =
                plan.complete(Map.of("M1", records.uncovered(plan.queries()))).getFirst();

        List<Interval> truth = new ArrayList<>(Intervals.union(records.holesIn(new Interval(first, now))));
        double expected = new Interval(first, now).seconds();
        if (!truth.isEmpty()
                && truth.getLast().to().equals(now)
                && truth.getLast().length().compareTo(Duration.ofSeconds(60 + intervalSec)) < 0) {
            expected -= truth.removeLast().seconds();
        }
        double missing = truth.stream().mapToDouble(Interval::seconds).sum();
        assertThat(machine.expectedSec()).isCloseTo(expected, within(1e-6));
        assertThat(machine.coveredSec()).isCloseTo(expected - missing, within(1e-6));
        assertThat(machine.gaps())
                .isEqualTo(truth.stream()
                        .filter(gap -> gap.length().compareTo(CompletenessPlan.MIN_GAP) >= 0)
                        .toList());

        var withoutRaw = CompletenessPlan.of(
                calendar,
                window,
                now,
                Map.of("M1", first),
                records.rollup(window),
                window.to().plusDays(1));
        assertThat(withoutRaw.queries())
                .as("retention dropped every raw record")
                .isEmpty();
        var fromRollup = withoutRaw.complete(Map.of()).getFirst();
        assertThat(fromRollup.expectedSec()).isCloseTo(machine.expectedSec(), within(1e-6));
        assertThat(fromRollup.coveredSec()).isCloseTo(machine.coveredSec(), within(1e-6));
    }

    /**
     * The records just before and just after the change into the date after the kept one are missing, the one across
     * the change is there: the kept date's last shift falls short and the next date's first shift is looked into.
     */
    @Example
    void aKeptDateWhoseLastShiftFellShort() {
        ShiftCalendar calendar = ShiftCalendar.defaults(ZoneId.of("UTC"));
        int intervalSec = 7;
        int polls = (int) ((3 * 86_400L + 2 * 3_600) / intervalSec);
        List<Boolean> recorded = new ArrayList<>(java.util.Collections.nCopies(polls, true));
        int change = 2 * 86_400 / intervalSec; // the poll that reaches over the change into the last date but one
        recorded.set(change - 1, false);
        recorded.set(change + 1, false);
        aKeptDateGivesWhatPlanningItsShifts(calendar, intervalSec, recorded, 0);
    }

    /**
     * A date's coverage kept from one plan and taken by the next gives what planning every shift gives: the middle
     * date of four, the machine seen from the first and recording into the last, whatever the holes.
     */
    @Property(tries = 300)
    void aKeptDateGivesWhatPlanningItsShiftsGives(
            @ForAll @IntRange(min = 20, max = 300) int intervalSec,
            @ForAll @IntRange(min = 0, max = 12) int holes,
            @ForAll @IntRange(min = 0, max = 3_600) int silentSec,
            @ForAll boolean berlin,
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        ShiftCalendar calendar = ShiftCalendar.defaults(berlin ? ZoneId.of("Europe/Berlin") : ZoneId.of("UTC"));
        Instant first = calendar.dayStart(TODAY.minusDays(3));
        Instant lastPoll = calendar.dayStart(TODAY).plusSeconds(2 * 3_600);
        int polls = (int) Duration.between(first, lastPoll).toSeconds() / intervalSec;
        aKeptDateGivesWhatPlanningItsShifts(
                calendar, intervalSec, withHoles(polls, holes, polls / 40, seed), silentSec);
    }

    /** Which of {@code polls} polls left a record: all but {@code holes} runs of up to {@code longest} at random. */
    private static List<Boolean> withHoles(int polls, int holes, int longest, long seed) {
        var random = new Random(seed);
        List<Boolean> recorded = new ArrayList<>(java.util.Collections.nCopies(polls, true));
        for (int h = 0; h < holes; h++) {
            int from = random.nextInt(polls);
            int length = 1 + random.nextInt(Math.max(1, longest));
            for (int i = from; i < Math.min(polls, from + length); i++) {
                recorded.set(i, false);
            }
        }
        return recorded;
    }

    private static void aKeptDateGivesWhatPlanningItsShifts(
            ShiftCalendar calendar, int intervalSec, List<Boolean> recorded, int silentSec) {
        var window = new ProductionWindow(TODAY.minusDays(3), TODAY);
        LocalDate kept = TODAY.minusDays(2);
        Instant first = window.startInstant(calendar);
        recorded.set(0, true);
        recorded.set(recorded.size() - 1, true); // the newest record lies in the last date
        Instant now = first.plusSeconds((long) recorded.size() * intervalSec + silentSec);
        Records records = Records.polls(calendar, "M1", first, intervalSec, recorded);
        var whole = CompletenessPlan.of(
                calendar,
                window,
                now,
                Map.of("M1", first),
                records.rollup(window),
                null,
                Map.of(),
                Map.of("M1", java.util.Set.of(kept)));
        var uncovered = Map.of("M1", records.uncovered(whole.queries()));
        var expected = whole.complete(uncovered).getFirst();

        var taken = CompletenessPlan.of(
                calendar,
                window,
                now,
                Map.of("M1", first),
                records.rollup(window),
                null,
                Map.of(
                        "M1",
                        List.of(new KnownDays(
                                kept, kept, whole.days(uncovered).get("M1").get(kept)))),
                Map.of());
        var machine =
                taken.complete(Map.of("M1", records.uncovered(taken.queries()))).getFirst();

        assertThat(machine.expectedSec()).isCloseTo(expected.expectedSec(), within(1e-6));
        assertThat(machine.coveredSec()).isCloseTo(expected.coveredSec(), within(1e-6));
        assertThat(machine.gaps()).isEqualTo(expected.gaps());
        assertThat(taken.queries())
                .noneMatch(query -> query.slot().productionDate().equals(kept));
    }
}
