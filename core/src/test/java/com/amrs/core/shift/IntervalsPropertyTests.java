package com.amrs.core.shift;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The interval arithmetic against the plain truth: a flag per second. */
class IntervalsPropertyTests {

    private static final int SECONDS = 600;
    private static final Instant ORIGIN = Instant.parse("2026-01-26T06:00:00Z");

    @Property
    void unionIntersectionAndDifferenceCoverTheSecondsTheyShould(
            @ForAll("intervals") List<Interval> a, @ForAll("intervals") List<Interval> b) {
        List<Interval> setA = Intervals.union(a);
        List<Interval> setB = Intervals.union(b);

        assertThat(seconds(setA)).isEqualTo(flags(a));
        assertThat(seconds(Intervals.intersect(setA, setB))).isEqualTo(and(flags(a), flags(b), false));
        assertThat(seconds(Intervals.subtract(setA, setB))).isEqualTo(and(flags(a), flags(b), true));
        for (Interval interval : a) {
            long inside = 0;
            boolean[] inB = flags(b);
            for (long s = offset(interval.from()); s < offset(interval.to()); s++) {
                inside += inB[(int) s] ? 1 : 0;
            }
            assertThat(Intervals.overlap(interval, setB)).isEqualTo(Duration.ofSeconds(inside));
        }
    }

    @Property
    void aUnionIsSortedDisjointAndNotTouching(@ForAll("intervals") List<Interval> a) {
        List<Interval> set = Intervals.union(a);

        for (int i = 1; i < set.size(); i++) {
            assertThat(set.get(i).from()).isAfter(set.get(i - 1).to());
        }
        assertThat(set).noneMatch(Interval::isEmpty);
    }

    @Provide
    Arbitrary<List<Interval>> intervals() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, SECONDS - 1),
                        Arbitraries.integers().between(0, 120))
                .as((from, length) ->
                        new Interval(ORIGIN.plusSeconds(from), ORIGIN.plusSeconds(Math.min(SECONDS, from + length))))
                .list()
                .ofMaxSize(12);
    }

    private static boolean[] seconds(List<Interval> set) {
        return flags(set);
    }

    private static boolean[] flags(List<Interval> intervals) {
        boolean[] flags = new boolean[SECONDS];
        for (Interval interval : intervals) {
            for (long s = offset(interval.from()); s < offset(interval.to()); s++) {
                flags[(int) s] = true;
            }
        }
        return flags;
    }

    private static boolean[] and(boolean[] a, boolean[] b, boolean notB) {
        boolean[] both = new boolean[SECONDS];
        for (int s = 0; s < SECONDS; s++) {
            both[s] = a[s] && (notB ? !b[s] : b[s]);
        }
        return both;
    }

    private static long offset(Instant instant) {
        return Duration.between(ORIGIN, instant).toSeconds();
    }
}
