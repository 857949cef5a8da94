package com.amrs.core.oee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.amrs.core.downtime.StopCategory;
import com.amrs.core.shift.Interval;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class LossWaterfallPropertyTests {

    private static final Instant ORIGIN = Instant.parse("2026-01-26T06:00:00Z");

    /** A machine's window: planned time, stops and threshold; units are chosen per property. */
    record Window(PlannedTime planned, List<Stop> stops, Duration threshold) {

        OeeInput input(long total, long good, double idealSeconds) {
            return new OeeInput(
                    planned, stops, threshold, BigInteger.valueOf(total), BigInteger.valueOf(good), idealSeconds);
        }

        /** The most units the machine can make at its ideal cycle time in its run time less micro-stops. */
        long maxUnits(double idealSeconds) {
            var idle = LossWaterfall.of(input(0, 0, idealSeconds));
            return (long) Math.floor((idle.runMin() - idle.microStopsMin()) * 60 / idealSeconds);
        }
    }

    @Property
    void theWaterfallAddsUpToThePlannedTime(
            @ForAll("windows") Window window,
            @ForAll @DoubleRange(min = 0.1, max = 10) double idealSeconds,
            @ForAll @DoubleRange(min = 0, max = 1) double load,
            @ForAll @DoubleRange(min = 0, max = 1) double yield) {
        long total = (long) (window.maxUnits(idealSeconds) * load);
        var losses = LossWaterfall.of(window.input(total, (long) (total * yield), idealSeconds));

        double rest = losses.plannedMin()
                - losses.plannedStopsMin()
                - losses.unplannedStopsMin()
                - losses.microStopsMin()
                - losses.speedLossMin()
                - losses.qualityLossMin();
        assertThat(rest).isCloseTo(losses.fullyProductiveMin(), within(1e-9 * Math.max(1, losses.plannedMin())));
        assertThat(losses.oee())
                .isCloseTo(losses.availability() * losses.performance() * losses.quality(), within(1e-12));
    }

    @Property
    void availabilityAndQualityAreFractionsAndStopsFitThePlannedTime(
            @ForAll("windows") Window window,
            @ForAll @IntRange(min = 0, max = 1_000_000) int total,
            @ForAll @DoubleRange(min = 0, max = 1) double yield,
            @ForAll @DoubleRange(min = 0, max = 10) double idealSeconds) {
        var losses = LossWaterfall.of(window.input(total, (long) (total * yield), idealSeconds));

        assertThat(losses.availability()).isBetween(0.0, 1.0);
        assertThat(losses.quality()).isBetween(0.0, 1.0);
        assertThat(losses.plannedStopsMin() + losses.unplannedStopsMin() + losses.microStopsMin())
                .isLessThanOrEqualTo(losses.plannedMin() + 1e-9);
        assertThat(losses.plannedMin()).isCloseTo(window.planned().minutes(), within(1e-9));
    }

    @Property
    void theOrderOfTheStopsDoesNotMatter(@ForAll("windows") Window window, @ForAll long seed) {
        List<Stop> shuffled = new ArrayList<>(window.stops());
        Collections.shuffle(shuffled, new Random(seed));
        var reordered = new Window(window.planned(), shuffled, window.threshold());

        assertThat(LossWaterfall.of(reordered.input(5_000, 4_900, 2.5)))
                .isEqualTo(LossWaterfall.of(window.input(5_000, 4_900, 2.5)));
    }

    @Property
    void aStopReportedTwiceCountsOnce(@ForAll("windows") Window window) {
        List<Stop> twice = new ArrayList<>(window.stops());
        twice.addAll(window.stops());
        var doubled = new Window(window.planned(), twice, window.threshold());

        assertThat(LossWaterfall.of(doubled.input(5_000, 4_900, 2.5)))
                .isEqualTo(LossWaterfall.of(window.input(5_000, 4_900, 2.5)));
    }

    @Property
    void aMachineWithoutStopsAtItsIdealSpeedHasAnOeeOfItsQuality(
            @ForAll @IntRange(min = 1, max = 1_000_000) int total,
            @ForAll @DoubleRange(min = 0, max = 1) double yield,
            @ForAll @IntRange(min = 1, max = 10_000) int idealMillis) {
        var planned = PlannedTime.of(List.of(new Interval(ORIGIN, ORIGIN.plusMillis((long) total * idealMillis))));
        long good = (long) (total * yield);
        var losses = LossWaterfall.of(new OeeInput(
                planned,
                List.of(),
                Duration.ofMinutes(2),
                BigInteger.valueOf(total),
                BigInteger.valueOf(good),
                idealMillis / 1000.0));

        assertThat(losses.availability()).isEqualTo(1.0);
        assertThat(losses.performance()).isCloseTo(1.0, within(1e-9));
        assertThat(losses.speedLossMin()).isCloseTo(0, within(1e-9 * losses.plannedMin()));
        assertThat(losses.oee()).isCloseTo(losses.quality(), within(1e-9));
        assertThat(losses.quality()).isEqualTo((double) good / total);
    }

    @Property
    void poolingOneMachineGivesItsOwnWaterfallAndPoolingSeveralAddsTheirMinutes(
            @ForAll("windows") Window first, @ForAll("windows") Window second) {
        var a = LossWaterfall.of(first.input(first.maxUnits(2.0) / 2, first.maxUnits(2.0) / 3, 2.0));
        var b = LossWaterfall.of(second.input(second.maxUnits(1.0), second.maxUnits(1.0), 1.0));

        var alone = LossWaterfall.pooled(List.of(a));
        assertThat(alone.availability()).isCloseTo(a.availability(), within(1e-9));
        assertThat(alone.performance()).isCloseTo(a.performance(), within(1e-9));
        assertThat(alone.quality()).isCloseTo(a.quality(), within(1e-9));
        assertThat(alone.oee()).isCloseTo(a.oee(), within(1e-9));

        var both = LossWaterfall.pooled(List.of(a, b));
        assertThat(both.plannedMin()).isEqualTo(a.plannedMin() + b.plannedMin());
        assertThat(both.unplannedStops()).isEqualTo(a.unplannedStops() + b.unplannedStops());
        double busy = a.plannedBusyMin() + b.plannedBusyMin();
        assertThat(both.oee())
                .isCloseTo(busy > 0 ? (a.fullyProductiveMin() + b.fullyProductiveMin()) / busy : 0, within(1e-9));
    }

    @Provide
    Arbitrary<Window> windows() {
        Arbitrary<List<Interval>> planned = Combinators.combine(
                        Arbitraries.integers().between(0, 120),
                        Arbitraries.integers().between(1, 600))
                .as((gap, length) -> new int[] {gap, length})
                .list()
                .ofMinSize(1)
                .ofMaxSize(6)
                .map(LossWaterfallPropertyTests::intervals);
        Arbitrary<Stop> stop = Combinators.combine(
                        Arbitraries.integers().between(-60 * 60, 40 * 3600),
                        Arbitraries.frequencyOf(
                                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 180)),
                                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 4 * 3600))),
                        Arbitraries.of(StopCategory.class))
                .as((start, seconds, category) ->
                        new Stop(ORIGIN.plusSeconds(start), ORIGIN.plusSeconds(start + seconds), category));
        return Combinators.combine(
                        planned,
                        stop.list().ofMaxSize(40),
                        Arbitraries.integers().between(0, 600))
                .as((intervals, stops, threshold) ->
                        new Window(PlannedTime.of(intervals), stops, Duration.ofSeconds(threshold)));
    }

    private static List<Interval> intervals(List<int[]> gapsAndLengths) {
        List<Interval> intervals = new ArrayList<>();
        Instant cursor = ORIGIN;
        for (int[] gapAndLength : gapsAndLengths) {
            Instant from = cursor.plus(Duration.ofMinutes(gapAndLength[0]));
            cursor = from.plus(Duration.ofMinutes(gapAndLength[1]));
            intervals.add(new Interval(from, cursor));
        }
        return intervals;
    }
}
