package com.amrs.core.shift;

import static java.util.Comparator.comparing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Sets of instants as sorted lists of disjoint intervals. */
public final class Intervals {

    private Intervals() {}

    /** The intervals sorted and merged where they overlap or touch, empty ones dropped. */
    public static List<Interval> union(Collection<Interval> intervals) {
        List<Interval> sorted = intervals.stream()
                .filter(interval -> !interval.isEmpty())
                .sorted(comparing(Interval::from))
                .toList();
        List<Interval> merged = new ArrayList<>();
        for (Interval interval : sorted) {
            if (!merged.isEmpty() && !interval.from().isAfter(merged.getLast().to())) {
                Interval last = merged.removeLast();
                merged.add(new Interval(last.from(), later(last.to(), interval.to())));
            } else {
                merged.add(interval);
            }
        }
        return List.copyOf(merged);
    }

    /** The part of {@code set} inside {@code within}; both sorted and disjoint. */
    public static List<Interval> intersect(List<Interval> set, List<Interval> within) {
        List<Interval> common = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < set.size() && j < within.size()) {
            Interval a = set.get(i);
            Interval b = within.get(j);
            Interval overlap = a.clip(b.from(), b.to());
            if (!overlap.isEmpty()) {
                common.add(overlap);
            }
            if (a.to().isBefore(b.to())) {
                i++;
            } else {
                j++;
            }
        }
        return List.copyOf(common);
    }

    /** {@code set} less {@code removed}; both sorted and disjoint. */
    public static List<Interval> subtract(List<Interval> set, List<Interval> removed) {
        List<Interval> rest = new ArrayList<>();
        int j = 0;
        for (Interval interval : set) {
            Instant cursor = interval.from();
            while (j < removed.size() && !removed.get(j).to().isAfter(cursor)) {
                j++;
            }
            for (int k = j; k < removed.size() && removed.get(k).from().isBefore(interval.to()); k++) {
                Interval cut = removed.get(k);
                if (cut.from().isAfter(cursor)) {
                    rest.add(new Interval(cursor, cut.from()));
                }
                cursor = later(cursor, cut.to());
            }
            if (interval.to().isAfter(cursor)) {
                rest.add(new Interval(cursor, interval.to()));
            }
        }
        return List.copyOf(rest);
    }

    /** How much of {@code interval} lies in {@code set} (sorted and disjoint). */
    public static Duration overlap(Interval interval, List<Interval> set) {
        int low = 0;
        int high = set.size();
        while (low < high) { // the first interval of the set that ends after the interval starts
            int middle = (low + high) >>> 1;
            if (set.get(middle).to().isAfter(interval.from())) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        Duration total = Duration.ZERO;
        for (int k = low; k < set.size() && set.get(k).from().isBefore(interval.to()); k++) {
            total = total.plus(interval.clip(set.get(k).from(), set.get(k).to()).length());
        }
        return total;
    }

    /** The seconds the intervals cover together, each instant counted once. */
    public static double unionSeconds(Collection<Interval> intervals) {
        return union(intervals).stream().mapToDouble(Interval::seconds).sum();
    }

    public static Duration length(List<Interval> intervals) {
        return intervals.stream().map(Interval::length).reduce(Duration.ZERO, Duration::plus);
    }

    public static double minutes(Duration duration) {
        return duration.toNanos() / 60e9;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
