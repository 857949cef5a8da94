package com.amrs.core.completeness;

import static com.amrs.core.Arguments.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** A stretch of time {@code [from, to)}; empty when {@code from} equals {@code to}. */
public record Span(Instant from, Instant to) {

    public Span {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
        }
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    public double seconds() {
        return length().toNanos() / 1e9;
    }

    public boolean isEmpty() {
        return from.equals(to);
    }

    /** The part of this span inside {@code [from, to)}, or empty when they do not overlap. */
    public Span clip(Instant clipFrom, Instant clipTo) {
        Instant start = from.isAfter(clipFrom) ? from : clipFrom;
        Instant end = to.isBefore(clipTo) ? to : clipTo;
        return end.isAfter(start) ? new Span(start, end) : new Span(start, start);
    }

    /**
     * The spans sorted and merged where they overlap or touch (a gap that runs over a shift change
     * is one gap), empty spans dropped.
     */
    public static List<Span> merge(Collection<Span> spans) {
        List<Span> sorted = spans.stream()
                .filter(span -> !span.isEmpty())
                .sorted(Comparator.comparing(Span::from).thenComparing(Span::to))
                .toList();
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            if (!merged.isEmpty() && !span.from().isAfter(merged.getLast().to())) {
                Span last = merged.removeLast();
                merged.add(new Span(last.from(), last.to().isAfter(span.to()) ? last.to() : span.to()));
            } else {
                merged.add(span);
            }
        }
        return List.copyOf(merged);
    }

    /** The seconds the spans cover together, each instant counted once. */
    public static double unionSeconds(Collection<Span> spans) {
        return merge(spans).stream().mapToDouble(Span::seconds).sum();
    }
}
