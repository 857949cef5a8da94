package com.amrs.api.bench;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** Percentiles of a set of durations, in milliseconds, as the live benchmarks print them. */
final class Latencies {

    private final List<Long> sortedMicros;

    private Latencies(List<Long> sortedMicros) {
        this.sortedMicros = sortedMicros;
    }

    static Latencies of(Stream<Duration> durations) {
        return new Latencies(
                durations.map(duration -> duration.toNanos() / 1_000).sorted().toList());
    }

    double millis(double quantile) {
        return sortedMicros.get((int) Math.ceil(quantile * sortedMicros.size()) - 1) / 1000.0;
    }

    double p99() {
        return millis(0.99);
    }

    @Override
    public String toString() {
        return "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms"
                .formatted(millis(0.50), millis(0.95), millis(0.99), sortedMicros.getLast() / 1000.0);
    }
}
