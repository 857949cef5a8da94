package com.amrs.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants read as microseconds since the epoch, a number, where a query returns many of them: the driver's
 * {@code getTimestamp} builds a calendar and a {@code Timestamp} for each, the larger part of reading a year of
 * rollup rows and stops.
 */
public final class EpochMicros {

    private EpochMicros() {}

    /** The SQL of a {@code timestamptz} expression as microseconds since the epoch. */
    public static String of(String expression) {
        return "cast(extract(epoch from " + expression + ") * 1000000 as bigint)";
    }

    public static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
