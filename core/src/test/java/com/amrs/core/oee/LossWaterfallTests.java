package com.amrs.core.oee;

import static com.amrs.core.downtime.StopCategory.PLANNED;
import static com.amrs.core.downtime.StopCategory.UNPLANNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.amrs.core.downtime.StopCategory;
import com.amrs.core.shift.NonProductionDays;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftBreak;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.shift.ShiftDefinition;
import com.amrs.core.shift.ShiftSlot;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Hand-computed waterfalls on shift A of 2026-01-26, 06:00-14:00 UTC with a break 10:00-10:15. */
class LossWaterfallTests {

    private static final Offset<Double> EXACT = within(1e-9);
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 26);
    private static final ShiftCalendar CALENDAR = new ShiftCalendar(
            ZoneOffset.UTC,
            List.of(
                    new ShiftDefinition(
                            "A",
                            LocalTime.of(6, 0),
                            List.of(new ShiftBreak(LocalTime.of(10, 0), Duration.ofMinutes(15)))),
                    new ShiftDefinition("B", LocalTime.of(14, 0)),
                    new ShiftDefinition("C", LocalTime.of(22, 0))));
    private static final PlannedTime SHIFT_A = PlannedTime.of(CALENDAR.plannedIntervals(new ShiftSlot(MONDAY, "A")));
    private static final Duration TWO_MINUTES = Duration.ofMinutes(2);

    private static Stop stop(String from, String to, StopCategory category) {
        return new Stop(Instant.parse("2026-01-26T" + from + "Z"), Instant.parse("2026-01-26T" + to + "Z"), category);
    }

    private static LossWaterfall shiftA(List<Stop> stops, long total, long good) {
        return LossWaterfall.of(
                new OeeInput(SHIFT_A, stops, TWO_MINUTES, BigInteger.valueOf(total), BigInteger.valueOf(good), 2.5));
    }

    @Test
    void anEightHourShiftWithABreakAJamAMicroStopAndAChangeover() {
        var losses = shiftA(
                List.of(
                        stop("07:00:00", "07:03:00", UNPLANNED), // code 101, jam at infeed
                        stop("08:00:00", "08:00:40", UNPLANNED), // a micro-stop
                        stop("12:00:00", "12:20:00", PLANNED)), // code 801, changeover
                10_000,
                9_900);

        // planned 480 - 15 = 465; busy 445; run 442; net run 2.5 s x 10,000 = 416.667; good 412.5
        assertThat(losses.plannedMin()).isCloseTo(465, EXACT);
        assertThat(losses.plannedStopsMin()).isCloseTo(20, EXACT);
        assertThat(losses.unplannedStopsMin()).isCloseTo(3, EXACT);
        assertThat(losses.microStopsMin()).isCloseTo(40 / 60.0, EXACT);
        assertThat(losses.speedLossMin()).isCloseTo(442 - 40 / 60.0 - 25_000 / 60.0, EXACT);
        assertThat(losses.qualityLossMin()).isCloseTo(250 / 60.0, EXACT);
        assertThat(losses.fullyProductiveMin()).isCloseTo(412.5, EXACT);
        assertThat(losses.availability()).isCloseTo(442 / 445.0, EXACT);
        assertThat(losses.performance()).isCloseTo(25_000 / 60.0 / 442, EXACT);
        assertThat(losses.quality()).isCloseTo(0.99, EXACT);
        assertThat(losses.oee()).isCloseTo(412.5 / 445, EXACT);
        assertThat(losses.mtbfMin()).isCloseTo(442, EXACT);
        assertThat(losses.mttrMin()).isCloseTo(3, EXACT);
        assertThat(losses.unplannedStops()).isEqualTo(1);
    }

    @Test
    void stopTimeInsideABreakOrOutsideTheShiftDoesNotCount() {
        var losses = shiftA(
                List.of(
                        stop("10:02:00", "10:12:00", UNPLANNED), // inside the break
                        stop("09:55:00", "10:20:00", PLANNED), // 5 + 5 minutes outside the break
                        stop("05:00:00", "06:10:00", UNPLANNED), // 10 minutes in the shift
                        stop("14:00:00", "15:00:00", UNPLANNED)), // shift B
                0,
                0);

        assertThat(losses.plannedStopsMin()).isCloseTo(10, EXACT);
        assertThat(losses.unplannedStopsMin()).isCloseTo(10, EXACT);
        assertThat(losses.microStopsMin()).isZero();
        assertThat(losses.unplannedStops()).isEqualTo(1);
        assertThat(losses.availability()).isCloseTo(445.0 / 455, EXACT);
    }

    @Test
    void overlappingStopsCountOnceAndPlannedTimeWinsOverUnplanned() {
        var losses = shiftA(
                List.of(
                        stop("07:00:00", "07:10:00", UNPLANNED),
                        stop("07:05:00", "07:15:00", UNPLANNED), // the same stop, reported twice
                        stop("07:00:00", "07:10:00", UNPLANNED),
                        stop("08:00:00", "08:30:00", PLANNED),
                        stop("08:20:00", "08:40:00", UNPLANNED)), // 10 of its minutes are planned
                0,
                0);

        assertThat(losses.plannedStopsMin()).isCloseTo(30, EXACT);
        assertThat(losses.unplannedStopsMin()).isCloseTo(15 + 10, EXACT);
        assertThat(losses.unplannedStops()).isEqualTo(2);
        assertThat(losses.mttrMin()).isCloseTo(12.5, EXACT);
        assertThat(losses.mtbfMin()).isCloseTo((465 - 30 - 25) / 2.0, EXACT);
    }

    @Test
    void aStopSplitAtTheShiftChangeIsOneStopForTheMicroStopThreshold() {
        var twoShifts = PlannedTime.of(CALENDAR, new ProductionWindow(MONDAY, MONDAY));
        var losses = LossWaterfall.of(new OeeInput(
                twoShifts,
                List.of(stop("13:59:00", "14:00:00", UNPLANNED), stop("14:00:00", "14:01:30", UNPLANNED)),
                TWO_MINUTES,
                BigInteger.ZERO,
                BigInteger.ZERO,
                2.5));

        assertThat(losses.unplannedStopsMin()).isCloseTo(2.5, EXACT);
        assertThat(losses.microStopsMin()).isZero();
    }

    @Test
    void aNonProductionDayHasNoPlannedTimeAndItsStopsDoNotCount() {
        var sunday = LocalDate.of(2026, 2, 1);
        var weekend = CALENDAR.withNonProductionDays(NonProductionDays.parse(List.of("SUNDAY")));
        var planned = PlannedTime.of(weekend, new ProductionWindow(sunday.minusDays(1), sunday));
        var losses = LossWaterfall.of(new OeeInput(
                planned,
                List.of(new Stop(
                        Instant.parse("2026-02-01T08:00:00Z"), Instant.parse("2026-02-01T09:00:00Z"), UNPLANNED)),
                TWO_MINUTES,
                BigInteger.ZERO,
                BigInteger.ZERO,
                2.5));

        assertThat(losses.plannedMin()).isCloseTo(24 * 60 - 15, EXACT);
        assertThat(losses.unplannedStopsMin()).isZero();
        assertThat(losses.mtbfMin()).isNull();
        assertThat(losses.mttrMin()).isNull();
    }

    @Test
    void plannedTimeEndsNowForTheShiftRunningNow() {
        var planned = SHIFT_A.until(Instant.parse("2026-01-26T11:00:00Z"));

        assertThat(planned.minutes()).isCloseTo(5 * 60 - 15, EXACT);
        assertThat(SHIFT_A.until(Instant.parse("2026-01-26T05:00:00Z")).intervals())
                .isEmpty();
    }

    @Test
    void plannedTimeStartsWhenTheMachineWasFirstSeen() {
        // shift A 06:00-14:00 less its break: first seen at 09:30, 4.5 h of it remain, the break among them
        var planned = SHIFT_A.from(Instant.parse("2026-01-26T09:30:00Z"));

        assertThat(planned.minutes()).isCloseTo(SHIFT_A.minutes() - 210, EXACT);
        assertThat(SHIFT_A.from(Instant.parse("2026-01-26T14:00:00Z")).intervals())
                .isEmpty();
        assertThat(SHIFT_A.from(Instant.parse("2026-01-26T05:00:00Z"))).isEqualTo(SHIFT_A);
    }

    @Test
    void poolsMachinesBySummingMinutes() {
        var first = shiftA(List.of(stop("07:00:00", "07:30:00", UNPLANNED)), 10_000, 9_900);
        var second = shiftA(List.of(stop("09:00:00", "09:10:00", UNPLANNED)), 0, 0);

        var pooled = LossWaterfall.pooled(List.of(first, second));

        assertThat(pooled.plannedMin()).isCloseTo(930, EXACT);
        assertThat(pooled.unplannedStopsMin()).isCloseTo(40, EXACT);
        assertThat(pooled.availability()).isCloseTo(890 / 930.0, EXACT);
        assertThat(pooled.performance()).isCloseTo(25_000 / 60.0 / 890, EXACT);
        assertThat(pooled.quality()).isCloseTo(0.99, EXACT);
        assertThat(pooled.oee()).isCloseTo(412.5 / 930, EXACT);
        assertThat(pooled.mtbfMin()).isCloseTo(445, EXACT);
        assertThat(pooled.mttrMin()).isCloseTo(20, EXACT);
        assertThat(pooled.totalUnits()).isEqualTo(BigInteger.valueOf(10_000));
    }

    @Test
    void theQualityOfSumsBeyondTheLargestLongIsExactAndAFraction() {
        // 2^64 units, a quarter of them defective: quality 0.75 exactly, pooled too
        BigInteger units = BigInteger.ONE.shiftLeft(64);
        var huge = LossWaterfall.of(
                new OeeInput(SHIFT_A, List.of(), TWO_MINUTES, units, units.subtract(units.shiftRight(2)), 0));

        assertThat(huge.quality()).isEqualTo(0.75);
        assertThat(LossWaterfall.pooled(List.of(huge, shiftA(List.of(), 1_000, 990)))
                        .quality())
                .isBetween(0.0, 1.0);
    }

    @Test
    void nothingPlannedGivesZeroesNotDivisionByZero() {
        var losses = LossWaterfall.of(
                new OeeInput(PlannedTime.of(List.of()), List.of(), TWO_MINUTES, BigInteger.ZERO, BigInteger.ZERO, 0));

        assertThat(losses.plannedMin()).isZero();
        assertThat(losses.oee()).isZero();
        assertThat(losses.mtbfMin()).isNull();
        assertThat(LossWaterfall.pooled(List.of()).oee()).isZero();
    }
}
